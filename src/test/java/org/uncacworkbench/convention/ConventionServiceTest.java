package org.uncacworkbench.convention;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;
import org.uncacworkbench.sampledata.SampleSource;

class ConventionServiceTest {

    @TempDir
    Path dir;

    @Test
    void aNewDatabaseHasNoConventionUntilTheDemoIsLoaded() {
        try (App app = TestWorkbench.empty(dir)) {
            assertThat(app.convention().isEmpty()).as("a new database: the window loads the demo").isTrue();
            assertThat(app.convention().articles()).isEmpty();
            assertThat(app.convention().isEmpty()).as("an empty read is not kept").isTrue();

            app.sampleLoader().load(SampleSource.bundled(), "lin");
            assertThat(app.convention().isEmpty()).as("asked again, not from what was read before").isFalse();
            assertThat(app.convention().articles()).hasSize(71);
            assertThat(app.convention().chapters()).hasSize(8);
            assertThat(app.convention().isEmpty()).isFalse();
        }
    }
}
