package org.uncacworkbench.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.i18n.Language;

class SettingsStoreTest {

    @TempDir
    Path dir;

    @Test
    void remembersLanguageWindowAndLastCycle() {
        SettingsStore store = new SettingsStore(dir, Locale.TRADITIONAL_CHINESE);
        Settings s = store.load().withLanguage(Language.EN)
                .withWindow(new Settings.WindowBounds(40, 60, 1280, 800, false)).withLastCycle(2);
        store.save(s);

        Settings back = new SettingsStore(dir, Locale.TRADITIONAL_CHINESE).load();
        assertThat(back).isEqualTo(s);
    }

    @Test
    void aFreshFolderFollowsTheSystemLanguage() {
        assertThat(new SettingsStore(dir, Locale.TAIWAN).load().language()).isEqualTo(Language.ZH_TW);
        assertThat(new SettingsStore(dir, Locale.US).load().language()).isEqualTo(Language.EN);
        assertThat(new SettingsStore(dir, Locale.US).load().window()).isEmpty();
    }

    @Test
    void aDamagedFileGivesDefaultsInsteadOfStoppingTheProgram() throws Exception {
        Files.writeString(dir.resolve(SettingsStore.FILE_NAME), "language=klingon\nwindow.width=wide\ncycle.last=three\n\\u12",
                StandardCharsets.UTF_8);
        Settings s = new SettingsStore(dir, Locale.TAIWAN).load();
        assertThat(s.language()).isEqualTo(Language.ZH_TW);
        assertThat(s.window()).isEmpty();
        assertThat(s.lastCycleNumber()).isEmpty();
    }
}
