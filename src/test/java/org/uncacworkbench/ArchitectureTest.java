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

    @Test
    void aFeatureUsesAnotherFeaturesServicesNeverItsViews() {
        for (String feature : new String[] {"cycle", "convention", "drafting", "agency", "panel", "export", "shell", "sampledata", "storage", "cli", "user"}) {
            noClasses().that().resideInAPackage("org.uncacworkbench." + feature + "..")
                    .and().resideOutsideOfPackage("org.uncacworkbench.shell.ui..")
                    .should().dependOnClassesThat().resideInAnyPackage(uiPackagesExcept(feature))
                    .because("views compose inside the shell; features meet through services and records")
                    .check(classes);
        }
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

    private static String[] uiPackagesExcept(String feature) {
        return java.util.Arrays.stream(new String[] {"cycle", "convention", "drafting", "agency", "panel", "export", "shell"})
                .filter(f -> !f.equals(feature))
                .map(f -> "org.uncacworkbench." + f + ".ui..")
                .toArray(String[]::new);
    }
}
