package org.uncacworkbench.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;

/**
 * Issue 4's speed target: exporting a 300-page report in the running application takes at most half
 * as long as pandoc (Debian's) turning the same Markdown into .docx; memory stays under 500 MB.
 * Run with {@code ./mvnw -Pbench test}; needs {@code pandoc} on the PATH.
 */
@Tag("bench")
class ExportBenchmarkTest {

    @TempDir
    Path dir;

    @Test
    void threeHundredPagesAtLeastTwiceAsFastAsPandoc() throws Exception {
        try (App app = TestWorkbench.withDemo(dir.resolve("data"))) {
            DocContent one = new ReportExporter(app.cycles(), app.convention(), app.sections(), TestWorkbench.CLOCK)
                    .content(2, Language.ZH_TW, Set.of());
            int copies = 23; // the demo report is 13 pages in Chinese: 23 copies ≈ 300 pages
            List<DocContent.Block> blocks = new ArrayList<>();
            StringBuilder markdown = new StringBuilder();
            for (int i = 0; i < copies; i++) {
                for (DocContent.Block b : one.blocks()) {
                    blocks.add(b);
                    switch (b) {
                        case DocContent.Heading h -> markdown.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
                        case DocContent.MarkdownText t -> markdown.append(t.markdown().replace("[^", "[^c" + i + "-")).append("\n\n");
                        case DocContent.Title t -> markdown.append("% ").append(t.text()).append("\n\n");
                        case DocContent.PageBreak ignored -> { }
                    }
                }
            }
            DocContent big = new DocContent(Language.ZH_TW, Audience.PUBLIC, one.title(), one.cover(), true, one.footerLabel(), blocks);
            Path md = Files.writeString(dir.resolve("report.md"), markdown, StandardCharsets.UTF_8);

            List<Long> pandoc = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder("pandoc", "-f", "markdown", "-t", "docx", "-o", dir.resolve("pandoc.docx").toString(), md.toString())
                        .redirectErrorStream(true).start();
                p.getInputStream().readAllBytes();
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(p.exitValue()).isZero();
                pandoc.add(System.nanoTime() - t0);
            }

            DocxEngine engine = new DocxEngine(Fonts.defaults(Language.ZH_TW));
            AtomicLong peak = new AtomicLong();
            Thread sampler = Thread.ofPlatform().daemon().start(() -> {
                var memory = ManagementFactory.getMemoryMXBean();
                while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                    try {
                        Thread.sleep(5);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            List<Long> ours = new ArrayList<>();
            byte[] last = null;
            for (int i = 0; i < 7; i++) {
                System.gc();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                long t0 = System.nanoTime();
                engine.write(big, out, DocxEngine.Progress.NONE);
                long t = System.nanoTime() - t0;
                if (i >= 2) {
                    ours.add(t); // the first two runs warm the JIT, as a running application is warm
                }
                last = out.toByteArray();
            }
            sampler.interrupt();
            Files.write(dir.resolve("ours.docx"), last);

            double pandocMs = median(pandoc) / 1e6;
            double oursMs = median(ours) / 1e6;
            int paragraphs;
            try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(last))) {
                paragraphs = doc.getParagraphs().size();
            }
            System.out.printf("BENCH export %,d characters of Markdown, %,d paragraphs: pandoc median %.0f ms, workbench median %.0f ms, "
                    + "ratio %.2f (target <= 0.50); peak heap %d MB (target < 500 MB)%n",
                    markdown.length(), paragraphs, pandocMs, oursMs, oursMs / pandocMs, peak.get() / (1024 * 1024));
            assertThat(oursMs / pandocMs).isLessThanOrEqualTo(0.5);
            assertThat(peak.get()).isLessThan(500L * 1024 * 1024);
            assertThat(Optional.ofNullable(last)).isPresent();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
