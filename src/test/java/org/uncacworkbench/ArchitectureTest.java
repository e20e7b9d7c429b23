package org.uncacworkbench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The boundaries of docs/architecture.md, checked on every build. */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.uncacworkbench");
    }

    @Test
    void domainAndServicesKnowNothingOfJavaFx() {
        noClasses().that().resideOutsideOfPackages("..ui..")
                .should().dependOnClassesThat().resideInAPackage("javafx..")
                .because("rules live in services that run the same in a window, a command and a test")
                .check(classes);
    }

    @Test
    void onlyRepositoriesAndStorageTouchTheDatabaseApi() {
        noClasses().that().resideOutsideOfPackages("..storage..")
                .and().haveSimpleNameNotEndingWith("Repository")
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "org.uncacworkbench.storage.jooq..")
                .because("repositories return records, never jOOQ objects that can hold a connection")
                .check(classes);
    }

    @Test
    void viewModelsDoNotBuildNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAPackage("javafx.scene..")
                .because("view models hold state and commands; views draw them")
                .check(classes);
    }

    /** The floors of docs/architecture.md, lowest first; the root package (App, Main) composes them all. */
    static final String[] BASE = {"storage", "i18n", "user", "ui", "markdown", "export"};
    static final String[] KERNEL = {"cycle", "convention", "agency"};
    static final String[] FEATURES = {"drafting", "requests", "panel", "review", "followup"};
    static final String[] VIEWS = {"views", "shell", "cli", "sampledata"};

    @Test
    void noFloorDependsOnAFloorAboveIt() {
        String[][] floors = {BASE, KERNEL, FEATURES, VIEWS};
        String[] because = {
            "the base (storage, languages, shared screen parts, Markdown and the document engine) serves every module and knows none",
            "the kernel (cycles, the Convention, the agencies) is what every feature builds on; it cannot know them",
            "features sit beside each other on the kernel; only views and the shell gather several of them",
        };
        for (int floor = 0; floor < floors.length - 1; floor++) {
            java.util.List<String> above = new java.util.ArrayList<>();
            for (int higher = floor + 1; higher < floors.length; higher++) {
                for (String p : floors[higher]) {
                    above.add("org.uncacworkbench." + p + "..");
                }
            }
            noClasses().that().resideInAnyPackage(packages(floors[floor]))
                    .should().dependOnClassesThat().resideInAnyPackage(above.toArray(String[]::new))
                    .because(because[floor])
                    .check(classes);
        }
    }

    @Test
    void modulesDependOnEachOtherOneWayOnly() {
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("org.uncacworkbench.(*)..")
                .should().beFreeOfCycles()
                .because("two modules that need each other can be neither understood, tested nor replaced one at a time;"
                        + " what both need belongs a floor lower, what needs both a floor higher")
                .check(classes);
        com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices().matching("org.uncacworkbench.views.(*)..")
                .should().beFreeOfCycles()
                .because("each view gathers features; views do not lean on each other both ways")
                .check(classes);
    }

    @Test
    void aModulesScreensAreItsOwnUsedOnlyByTheViewsAndTheShellAbove() {
        for (String module : concat(KERNEL, FEATURES)) {
            noClasses().that().resideOutsideOfPackages("org.uncacworkbench." + module + "..", "org.uncacworkbench.views..",
                            "org.uncacworkbench.shell.ui..")
                    .should().dependOnClassesThat().resideInAPackage("org.uncacworkbench." + module + ".ui..")
                    .because("features meet through services and records; views and the shell compose screens")
                    .check(classes);
        }
        noClasses().that().resideOutsideOfPackages("org.uncacworkbench.views..", "org.uncacworkbench.shell.ui..", "org.uncacworkbench.cli..",
                        "org.uncacworkbench")
                .should().dependOnClassesThat().resideInAPackage("org.uncacworkbench.views..")
                .because("views are the top floor below the window and the command line (App, the composition root, makes their services)")
                .check(classes);
    }

    @Test
    void onlyTheBackgroundHelperHandsWorkToTheFxThread() {
        noClasses().that().doNotHaveFullyQualifiedName("org.uncacworkbench.ui.BackgroundTasks")
                .should().callMethod(javafx.application.Platform.class, "runLater", Runnable.class)
                .because("every background result goes through one helper that tests can run in place")
                .check(classes);
    }

    @Test
    void onlyTheDialogServiceShowsAlerts() {
        noClasses().that().doNotHaveFullyQualifiedName("org.uncacworkbench.ui.FxDialogService")
                .should().dependOnClassesThat().haveFullyQualifiedName("javafx.scene.control.Alert")
                .because("view models and tests talk to the user through DialogService")
                .check(classes);
    }

    private static String[] packages(String[] modules) {
        return java.util.Arrays.stream(modules).map(m -> "org.uncacworkbench." + m + "..").toArray(String[]::new);
    }

    private static String[] concat(String[] a, String[] b) {
        return java.util.stream.Stream.concat(java.util.Arrays.stream(a), java.util.Arrays.stream(b)).toArray(String[]::new);
    }
}
