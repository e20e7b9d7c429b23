package org.uncacworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.Main;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.storage.ChildProcess;

/**
 * The program as a user runs it (its own main, its own logging, no test configuration on the class
 * path): whatever the libraries say about a hostile document or a refused database goes to the log
 * file, and the terminal shows one sentence in the user's language.
 */
class OneSentenceTest {

    @TempDir
    Path dir;
    Path data;

    record Output(int exit, String out, String err) {
    }

    @BeforeEach
    void demo() {
        data = dir.resolve("data");
        TestWorkbench.withDemo(data).close();
    }

    /** Runs the program's main in a JVM of its own, on the program's class path without the tests'. */
    private Output program(String... args) throws Exception {
        ProcessBuilder builder = ChildProcess.withClassPath(ChildProcess.java(List.of("-Duser.home=" + dir.resolve("home")), Main.class, args),
                entries -> entries.stream().filter(e -> !e.contains("test-classes")).toList()); // home: no default data folder of the machine's user
        Process p = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(p.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(p.getErrorStream()));
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Output(p.exitValue(), out.get(), err.get());
    }

    private static String read(InputStream in) {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void hostileDocumentsAreRefusedInOneSentenceWithTheDetailsInTheLogFile() throws Exception {
        Path word = Path.of("src/test/resources/docx/word2007-footnotes.docx");
        List<Path> hostile = List.of(
                rewritten(word, "fuzzed-part-name.docx", (name, bytes) -> name.equals("[Content_Types].xml") || name.equals("_rels/.rels")
                        ? replace(bytes, "word/document.xml", "word/docu%ZZment.xml") : bytes,
                        name -> name.equals("word/document.xml") ? "word/docu%ZZment.xml" : name),
                rewritten(word, "no-content-types.docx", (name, bytes) -> name.equals("[Content_Types].xml") ? null : bytes, name -> name),
                rewritten(word, "malformed-xml.docx", (name, bytes) -> name.equals("word/document.xml")
                        ? java.util.Arrays.copyOf(bytes, bytes.length / 2) : bytes, name -> name),
                Files.write(dir.resolve("truncated.docx"), java.util.Arrays.copyOf(Files.readAllBytes(word), 6000)),
                Files.writeString(dir.resolve("not-a-zip.docx"), "plain text dressed up as Word"));
        int before = revisionsOfA5();
        for (int i = 0; i < hostile.size(); i++) {
            Path file = hostile.get(i);
            String lang = i % 2 == 0 ? "zh" : "en"; // the languages take turns, each seen with several kinds of damage
            Output o = program("--lang", lang, "--data-dir", data.toString(), "import", "section", "--cycle", "3", "--article", "5",
                    "--lang", lang, file.toString());
            assertThat(o.exit()).as("%s: %s", file.getFileName(), o.err()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
            assertThat(o.out()).as("%s: standard output", file.getFileName()).isEmpty();
            assertThat(o.err().lines().toList()).as("%s: standard error", file.getFileName()).singleElement().asString()
                    .startsWith(lang.equals("zh") ? "錯誤：" : "Error: ").contains(file.toString())
                    .doesNotContain("Exception", "org.apache", "\tat ");
        }
        assertThat(Files.readString(data.resolve("logs").resolve("workbench.log")))
                .as("what POI said is kept for whoever investigates").contains("OPCPackage", "Exception");
        assertThat(revisionsOfA5()).as("nothing was imported").isEqualTo(before);
    }

    @Test
    void aNewFolderAndARefusedSecondOpenLeaveNoTraceFileAndSayOneSentence() throws Exception {
        Path fresh = dir.resolve("fresh");
        Output load = program("--lang", "en", "--data-dir", fresh.toString(), "load-sample");
        assertThat(load.exit()).as(load.err()).isZero();
        assertThat(load.err()).isEmpty();
        assertThat(load.out().lines().toList()).singleElement().asString().startsWith("Sample data loaded");

        try (App holding = TestWorkbench.withDemo(fresh)) {
            Output refused = program("--lang", "zh", "--data-dir", fresh.toString(), "check");
            assertThat(refused.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
            assertThat(refused.out()).isEmpty();
            assertThat(refused.err().lines().toList()).singleElement().asString().startsWith("錯誤：資料庫").contains("已由另一個工作臺");
        }
        try (Stream<Path> files = Files.list(fresh)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".trace.db"));
        }
    }

    private int revisionsOfA5() {
        try (App app = TestWorkbench.withDemo(data)) {
            long cycle = app.cycles().cycleByNumber(3).orElseThrow().id();
            long a5 = app.sections().sectionId(cycle, "A5").orElseThrow();
            return app.revisions().history(a5, org.uncacworkbench.i18n.Language.EN).size()
                    + app.revisions().history(a5, org.uncacworkbench.i18n.Language.ZH_TW).size();
        }
    }

    interface Content {
        byte[] change(String name, byte[] bytes);
    }

    /** A copy of a Word file with some entries changed, renamed or (content null) left out. */
    private Path rewritten(Path source, String name, Content content, java.util.function.UnaryOperator<String> rename) throws IOException {
        Path target = dir.resolve(name);
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source)); ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] bytes = content.change(e.getName(), in.readAllBytes());
                if (bytes != null) {
                    out.putNextEntry(new ZipEntry(rename.apply(e.getName())));
                    out.write(bytes);
                    out.closeEntry();
                }
            }
        }
        return target;
    }

    private static byte[] replace(byte[] bytes, String from, String to) {
        return new String(bytes, StandardCharsets.UTF_8).replace(from, to).getBytes(StandardCharsets.UTF_8);
    }

}
