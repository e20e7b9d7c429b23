package org.uncacworkbench.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private final Path home = Path.of("/home/lin");

    @Test
    void optionWinsOverEnvironmentWinsOverPlatform() {
        Map<String, String> env = Map.of(DataDirectory.ENV_VARIABLE, "/srv/uncac");
        assertThat(DataDirectory.resolve(Path.of("/data/x"), env, "Linux", home)).isEqualTo(Path.of("/data/x"));
        assertThat(DataDirectory.resolve(null, env, "Linux", home)).isEqualTo(Path.of("/srv/uncac"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Linux", home)).isEqualTo(Path.of("/home/lin/.local/share/uncac-workbench"));
    }

    @Test
    void followsEachPlatformsConvention() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/x/data"), "Linux", home))
                .isEqualTo(Path.of("/x/data/uncac-workbench"));
        assertThat(DataDirectory.resolve(null, Map.of(), "Mac OS X", home))
                .isEqualTo(Path.of("/home/lin/Library/Application Support/UNCAC Workbench"));
        assertThat(DataDirectory.resolve(null, Map.of("APPDATA", "/c/Users/lin/AppData/Roaming"), "Windows 11", home))
                .isEqualTo(Path.of("/c/Users/lin/AppData/Roaming/UNCAC Workbench"));
    }
}
