package org.uncacworkbench.sampledata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.i18n.Language;
import org.uncacworkbench.i18n.Messages;

/** A malformed demo file stops the load with file, line and problem, and the database is untouched. */
class SampleDataErrorsTest {

    @TempDir
    Path dir;

    private Path copyOfSampleData() throws IOException {
        Path root = dir.resolve("sample-data");
        Path source = Path.of("sample-data");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : files.toList()) {
                Path target = root.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return root;
    }

    /** Replaces line {@code line} (1-based) of a file. */
    private static void replaceLine(Path file, int line, String replacement) throws IOException {
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        lines.set(line - 1, replacement);
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0}:{1} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            cycle-2/observations.csv   | 13 | 12,opinion,12,adopted,2022-09-02,Text,文字                                 | sample.unknownReference
            milestones.csv             | 4  | 2,drafting,2021-02-30,,標題,Title                                         | sample.notDate
            cycle-2/panel-sessions.csv | 4  | 3,article_review,2021-10-22T14:00,,室,Room,held,M99,,林雅婷,,            | sample.unknownReference
            cycle-2/followup.csv       | 3  | 6,MOJ,"AAC,ministry,under_review,研議,Study                               | sample.malformedCsv
            convention/articles.csv    | 5  | 72,I,Nonexistent,不存在,no                                                | sample.outOfRange
            cycle-2/observations.csv   | 14 | 12,finding,12,adopted,2022-09-02,Twelve again,再一次                      | sample.rejected
            cycle-3/sections.csv       | 9  | A6,drafting,applicable,,XYZ                                               | sample.unknownReference
            cycle-2/attendance.csv     | 2  | 1,M1,,,sleeping,                                                          | sample.notOneOf
            cycle-2/panel-sessions.csv | 2  | 1,report_format,2021-09-24T14:00,,室,Room,held,M1,,林雅婷,,               | sample.governmentChair
            cycles.csv                 | 3  | 3,第三次,Third,2026-01-01,2025-12-31,drafting,,,,                         | sample.endBeforeStart
            agencies.csv               | 5  | AAC,重複,Duplicate,,                                                      | sample.duplicate
            cycle-2/written-questions.csv | 3 | two,R5,13,2022-05-16,2022-06-20,sent,Q,問                                | sample.notInteger
            """)
    void namesFileLineAndProblemAndChangesNothing(String file, int line, String replacement, String problem) throws IOException {
        Path root = copyOfSampleData();
        replaceLine(root.resolve(file), line, replacement);
        try (App app = TestWorkbench.empty(dir.resolve("db"))) {
            var before = SampleDataLoaderTest.counts(app);

            assertThatThrownBy(() -> app.sampleLoader().load(SampleSource.folder(root), "tester"))
                    .isInstanceOfSatisfying(SampleDataException.class, e -> {
                        assertThat(e.file()).isEqualTo(root.resolve(file).toString());
                        assertThat(e.line()).isEqualTo(line);
                        assertThat(e.problem().key()).isEqualTo(problem);
                        String en = Messages.of(Language.EN).text(e.userMessage());
                        String zh = Messages.of(Language.ZH_TW).text(e.userMessage());
                        assertThat(en).startsWith(root.resolve(file) + ", line " + line + ": ");
                        assertThat(zh).startsWith(root.resolve(file) + "，第 " + line + " 行：");
                        assertThat(en).doesNotContain("!");
                        assertThat(zh).doesNotContain("!sample");
                    });

            assertThat(SampleDataLoaderTest.counts(app)).as("nothing written").isEqualTo(before);
        }
    }

    @Test
    void aProblemInTheLastFileStillLeavesNothingBehind() throws IOException {
        Path root = copyOfSampleData();
        Files.writeString(root.resolve("cycle-3/sections.en.md"), "\n<!-- section: A99 -->\nNo such article.\n", StandardCharsets.UTF_8);
        try (App app = TestWorkbench.empty(dir.resolve("db"))) {
            assertThatThrownBy(() -> app.sampleLoader().load(SampleSource.folder(root), "tester"))
                    .isInstanceOfSatisfying(SampleDataException.class, e -> {
                        assertThat(e.line()).isEqualTo(2);
                        assertThat(e.problem().key()).isEqualTo("sample.unknownSection");
                    });
            assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM cycle")).isZero();
            assertThat(TestWorkbench.number(app, "SELECT COUNT(*) FROM article")).isZero();
        }
    }

    @Test
    void aMissingColumnOrFileIsNamed() throws IOException {
        Path root = copyOfSampleData();
        replaceLine(root.resolve("agencies.csv"), 1, "code,name_zh,name_en,parent");
        try (App app = TestWorkbench.empty(dir.resolve("db"))) {
            assertThatThrownBy(() -> app.sampleLoader().load(SampleSource.folder(root), "tester"))
                    .isInstanceOfSatisfying(SampleDataException.class, e -> {
                        assertThat(e.line()).isEqualTo(1);
                        assertThat(Messages.of(Language.EN).text(e.userMessage())).contains("the column \"short_zh\" is missing");
                    });
            Files.delete(root.resolve("cycles.csv"));
            assertThatThrownBy(() -> app.sampleLoader().load(SampleSource.folder(root), "tester"))
                    .isInstanceOfSatisfying(SampleDataException.class, e ->
                            assertThat(Messages.of(Language.ZH_TW).text(e.userMessage())).contains("：").doesNotContain("第 0 行"));
        }
    }

    @Test
    void markdownSectionsMustBeMarkedAndNonEmpty() {
        assertThatThrownBy(() -> MarkdownSections.parse("f.md", "stray text\n<!-- section: A1 -->\nx"))
                .isInstanceOfSatisfying(SampleDataException.class, e -> assertThat(e.line()).isEqualTo(1));
        assertThatThrownBy(() -> MarkdownSections.parse("f.md", "<!-- section: A1 -->\n\n<!-- section: A2 -->\ntext"))
                .isInstanceOfSatisfying(SampleDataException.class, e -> assertThat(e.problem().key()).isEqualTo("sample.emptySection"));
        assertThat(MarkdownSections.parse("f.md", "<!-- section: A1 -->\n# Title\n\n| a | b |\n|---|---|\n<!-- section: A2 -->\nx\n"))
                .containsOnlyKeys("A1", "A2")
                .satisfies(m -> assertThat(m.get("A1").text()).isEqualTo("# Title\n\n| a | b |\n|---|---|"));
    }
}
