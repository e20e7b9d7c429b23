package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.storage.ChildProcess;

/**
 * How quickly each page opens, from the shortcut to the page drawn with its data: the first time
 * at most 300 ms, later at most 100 ms (median of five). Measured in a JVM of its own with the
 * program's JVM options, on the demo, at 1280×800. Run with
 * {@code ./mvnw -Pbench test -Dtest=PageSpeedBenchmarkTest}; with {@code -Dpagespeed.jfr=/tmp/pages-} each
 * child also writes a flight recording sampled every millisecond ({@code /tmp/pages-en.jfr}) to see where time goes.
 */
@Tag("bench")
class PageSpeedBenchmarkTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"zh-TW", "en"})
    void everyPageOpensWithinItsTarget(String language) throws Exception {
        TestWorkbench.withDemo(dir).close();
        List<String> options = new ArrayList<>(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"));
        options.addAll(ChildProcess.headlessOptions());
        String profile = System.getProperty("pagespeed.jfr"); // a file name prefix: the child records itself with JFR
        if (profile != null) {
            options.add("-XX:StartFlightRecording:jdk.ExecutionSample#period=1ms,filename=" + profile + language + ".jfr");
        }
        Process child = ChildProcess.java(options, PageSpeedChild.class, dir.toString(), language).redirectErrorStream(true).start();
        List<String> output = ChildProcess.readUntil(child, "DONE");
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        List<String> pages = output.stream().filter(l -> l.startsWith("PAGE ")).toList();
        assertThat(pages).as(String.join("\n", output)).hasSize(org.uncacworkbench.shell.ui.Page.values().length);
        List<String> missed = new ArrayList<>();
        StringBuilder report = new StringBuilder("BENCH page openings (" + language + "), first / median of five later, ms:");
        for (String line : pages) {
            String[] parts = line.split(" ");
            double first = Long.parseLong(parts[2]) / 1000.0;
            double[] later = Arrays.stream(parts, 3, parts.length).mapToDouble(p -> Long.parseLong(p) / 1000.0).sorted().toArray();
            double median = later[later.length / 2];
            report.append(String.format(" %s %.0f / %.0f;", parts[1], first, median));
            if (first > 300) {
                missed.add(parts[1] + " first " + Math.round(first) + " ms");
            }
            if (median > 100) {
                missed.add(parts[1] + " later " + Math.round(median) + " ms");
            }
        }
        System.out.println(report);
        assertThat(missed).as("pages over their target (first ≤ 300 ms, later ≤ 100 ms)").isEmpty();
    }
}
