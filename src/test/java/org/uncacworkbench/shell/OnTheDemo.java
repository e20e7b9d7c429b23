package org.uncacworkbench.shell;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.uncacworkbench.App;
import org.uncacworkbench.TestWorkbench;

/** Window tests that share one demo database per test class, opened before the first test and closed after the last. */
abstract class OnTheDemo {

    @TempDir
    static Path dataDir;
    static App app;

    @BeforeAll
    static void openDemo() {
        app = TestWorkbench.withDemo(dataDir);
    }

    @AfterAll
    static void closeDemo() {
        app.close();
    }
}
