package org.uncacworkbench.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.uncacworkbench.TestWorkbench;
import picocli.CommandLine;

/**
 * Where the command line refuses: it says why in the user's language, and leaves no folder, file or
 * database behind that the user did not ask for.
 */
class CommandLineRefusalsTest {

    @TempDir
    Path dir;

    record Result(int exit, String out, String err) {
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = WorkbenchCommand.run(args, a -> { }, new PrintWriter(out), new PrintWriter(err), TestWorkbench.CLOCK);
        return new Result(exit, out.toString(), err.toString());
    }

    private String loaded() {
        String d = dir.resolve("data").toString();
        assertThat(run("--data-dir", d, "load-sample").exit()).isZero();
        return d;
    }

    private static String[] lines(String text) {
        return text.lines().toArray(String[]::new);
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'Error: the folder', 'does not exist; nothing was written.'",
        "zh, '錯誤：資料夾', '不存在，未寫入任何檔案。'"})
    void anExportIntoAFolderThatDoesNotExistIsRefusedAndCreatesNothing(String lang, String start, String end) {
        String d = loaded();
        Path missing = dir.resolve("no-such-folder").resolve("deeper");
        for (String kind : new String[] {"report", "review-pack"}) {
            Result r = run("--data-dir", d, "--lang", lang, "export", kind, "--cycle", "3", "--lang", lang, "--articles", "5-14",
                    "--out", missing.resolve("x.docx").toString());
            assertThat(r.exit()).as(r.err()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
            assertThat(r.err()).startsWith(start).contains(missing.toString(), end);
            assertThat(lines(r.err())).as(r.err()).hasSize(1);
        }
        Result minutes = run("--data-dir", d, "--lang", lang, "export", "minutes", "--cycle", "2", "--session", "1", "--lang", lang,
                "--out", missing.resolve("m.docx").toString());
        assertThat(minutes.err()).contains(end);
        assertThat(dir.resolve("no-such-folder")).doesNotExist();
    }

    @Test
    void anExportIntoAMissingFolderOfAMissingDataFolderCreatesNeither() {
        Result r = run("--data-dir", dir.resolve("typo").toString(), "--lang", "en", "export", "report", "--cycle", "3", "--lang", "en",
                "--out", dir.resolve("nope").resolve("r.docx").toString());
        assertThat(r.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(dir.resolve("typo")).doesNotExist();
        assertThat(dir.resolve("nope")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'Error: There is no workbench database in', 'nothing was created.'",
        "zh, '錯誤：', '中沒有工作臺資料庫，未建立任何檔案。'"})
    void checkAndBackupOnAFolderWithoutADatabaseSaySoAndCreateNothing(String lang, String start, String end) throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path missing = dir.resolve("missing");
        for (Path folder : new Path[] {empty, missing}) {
            Result check = run("--data-dir", folder.toString(), "--lang", lang, "check");
            assertThat(check.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
            assertThat(check.err()).startsWith(start).contains(folder.toString(), end);
            assertThat(check.out()).isEmpty();
            Result backup = run("--data-dir", folder.toString(), "--lang", lang, "backup", "--to", dir.resolve("b.zip").toString());
            assertThat(backup.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
            assertThat(backup.err()).contains(end);
        }
        try (Stream<Path> left = Files.list(empty)) {
            assertThat(left).isEmpty();
        }
        assertThat(missing).doesNotExist();
        assertThat(dir.resolve("b.zip")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({
        "en, 'already exists; nothing was written. Add --overwrite to replace it'",
        "zh, '已存在，未寫入任何檔案。若要取代請加上 --overwrite'"})
    void backupOverAnExistingFileIsRefusedUnlessOverwriteIsGiven(String lang, String refusal) throws Exception {
        String d = loaded();
        Path target = Files.writeString(dir.resolve("precious.zip"), "not to be lost");
        Result refused = run("--data-dir", d, "--lang", lang, "backup", "--to", target.toString());
        assertThat(refused.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(refused.err()).contains(target.toString(), refusal);
        assertThat(Files.readString(target)).isEqualTo("not to be lost");

        Result replaced = run("--data-dir", d, "--lang", lang, "backup", "--to", target.toString(), "--overwrite");
        assertThat(replaced.exit()).as(replaced.err()).isZero();
        assertThat(Files.size(target)).isGreaterThan(1000);

        Result intoNowhere = run("--data-dir", d, "--lang", lang, "backup", "--to", dir.resolve("nowhere").resolve("b.zip").toString());
        assertThat(intoNowhere.exit()).isEqualTo(WorkbenchCommand.EXIT_FAILED);
        assertThat(dir.resolve("nowhere")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|chek|Error: this program knows no command or option \"chek\".|Did you mean: check, search?|Run \"uncac-workbench --help\"",
        "zh|chek|錯誤：本程式沒有「chek」這個指令或選項。|您是否要輸入：check, search？|執行「uncac-workbench --help」可查看用法。"})
    void aMistypedCommandIsAnsweredInTheUsersLanguage(String lang, String typed, String first, String second, String third) {
        Result r = run("--lang", lang, typed);
        assertThat(r.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(lines(r.err())).containsExactly(first, second, lines(r.err())[2]);
        assertThat(lines(r.err())[2]).startsWith(third);
        assertThat(r.err()).doesNotContain("Unmatched argument", "Usage");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "en|Error: this program knows no command or option \"--bogus\".|\"x\" is not a value the option --cycle takes.|the option --cycle is required.",
        "zh|錯誤：本程式沒有「--bogus」這個指令或選項。|選項 --cycle 不接受「x」這個值。|缺少必要的選項 --cycle。"})
    void aMistypedOptionOrValueIsAnsweredInTheUsersLanguage(String lang, String unknown, String badValue, String missing) {
        String d = loaded();
        Result bogus = run("--data-dir", d, "--lang", lang, "check", "--bogus");
        assertThat(bogus.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(lines(bogus.err())[0]).isEqualTo(unknown);
        assertThat(bogus.err()).contains("uncac-workbench check --help").doesNotContain("Unknown option");

        Result value = run("--data-dir", d, "--lang", lang, "export", "report", "--cycle", "x", "--lang", lang, "--out", "r.docx");
        assertThat(value.err()).contains(badValue).doesNotContain("Invalid value");
        Result absent = run("--data-dir", d, "--lang", lang, "export", "report", "--lang", lang, "--out", "r.docx");
        assertThat(absent.err()).contains(missing).doesNotContain("Missing required");
    }

    @ParameterizedTest
    @CsvSource({"en, 'Unknown language \"fr\": use zh or en.'", "zh, '無法辨識的語言「fr」：請使用 zh 或 en。'"})
    void anUnknownLanguageIsRefusedAtTheTopLevelAsInSubCommands(String shown, String refusal) {
        String d = loaded();
        // the data folder's saved language speaks when the one asked for is unknown
        new org.uncacworkbench.shell.SettingsStore(Path.of(d), java.util.Locale.ROOT).save(
                new org.uncacworkbench.shell.SettingsStore(Path.of(d), java.util.Locale.ROOT).load()
                        .withLanguage(org.uncacworkbench.i18n.Language.fromTag(shown).orElseThrow()));
        Result top = run("--data-dir", d, "--lang", "fr", "check");
        assertThat(top.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(top.err().strip()).isEqualTo(refusal);
        assertThat(top.out()).isEmpty();

        Result window = run("--data-dir", d, "--lang", "fr");
        assertThat(window.exit()).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(window.err().strip()).isEqualTo(refusal);

        Result sub = run("--data-dir", d, "export", "report", "--cycle", "3", "--lang", "fr", "--out", dir.resolve("r.docx").toString());
        assertThat(sub.exit()).isNotZero();
        assertThat(sub.err()).contains("fr");
    }
}
