package org.uncacworkbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The installer's training start also exports, so the start-up cache covers the command line's exports. */
class MainTrainingTest {

    @TempDir
    Path dir;

    @Test
    void theTrainingExportsTheDemosReportMinutesAndPack() throws Exception {
        TestWorkbench.withDemo(dir.resolve("data")).close();
        Path folder = Files.createDirectories(dir.resolve("exports"));
        StringWriter err = new StringWriter();
        int code = Main.trainExports(dir.resolve("data"), folder, new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertThat(code).as(err.toString()).isZero();
        assertThat(folder.resolve("report-zh.docx")).isNotEmptyFile();
        assertThat(folder.resolve("report-en.docx")).isNotEmptyFile();
        assertThat(folder.resolve("minutes-zh.docx")).isNotEmptyFile();
        assertThat(folder.resolve("pack-zh.docx")).isNotEmptyFile();
    }
}
