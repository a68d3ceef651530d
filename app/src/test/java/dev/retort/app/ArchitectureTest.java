package dev.retort.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module layering, checked on the compiled classes: store at the bottom; importers and analysis on it; dossier
 * on analysis; views on dossier and importers; app on everything. Only views and app touch JavaFX. No Retort class
 * opens a network connection (the allow-list is empty).
 */
class ArchitectureTest {

    private static JavaClasses retort;

    @BeforeAll
    static void importClasses() {
        retort = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.retort");
    }

    private static void check(ArchRule rule) {
        rule.check(retort);
    }

    @Test
    void storeDependsOnNoOtherModule() {
        check(noClasses().that().resideInAPackage("dev.retort.store..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.retort.importers..", "dev.retort.analysis..", "dev.retort.dossier..",
                        "dev.retort.views..", "dev.retort.app..", "dev.retort.generator.."));
    }

    @Test
    void importersDependOnlyOnStore() {
        check(noClasses().that().resideInAPackage("dev.retort.importers..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.retort.analysis..", "dev.retort.dossier..", "dev.retort.views..",
                        "dev.retort.app..", "dev.retort.generator.."));
    }

    @Test
    void analysisDependsOnlyOnStore() {
        check(noClasses().that().resideInAPackage("dev.retort.analysis..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.retort.importers..", "dev.retort.dossier..", "dev.retort.views..",
                        "dev.retort.app..", "dev.retort.generator.."));
    }

    @Test
    void dossierDependsOnlyOnAnalysisAndStore() {
        check(noClasses().that().resideInAPackage("dev.retort.dossier..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.retort.importers..", "dev.retort.views..", "dev.retort.app..",
                        "dev.retort.generator.."));
    }

    @Test
    void viewsDoNotReachTheApp() {
        check(noClasses().that().resideInAPackage("dev.retort.views..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.retort.app..", "dev.retort.generator.."));
    }

    @Test
    void generatorStandsAlone() {
        check(noClasses().that().resideInAPackage("dev.retort.generator..").should().dependOnClassesThat()
                .resideInAnyPackage("dev.retort.importers..", "dev.retort.analysis..", "dev.retort.dossier..",
                        "dev.retort.views..", "dev.retort.app.."));
    }

    @Test
    void onlyViewsAndAppTouchJavaFx() {
        check(noClasses().that().resideOutsideOfPackages("dev.retort.views..", "dev.retort.app..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx.."));
    }

    @Test
    void noRetortClassOpensANetworkConnection() {
        check(noClasses().should().dependOnClassesThat().resideInAnyPackage("java.net.http..")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .orShould().callConstructor(java.net.Socket.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.net.Socket.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.net.URLConnection.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.nio.channels.SocketChannel.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.net.DatagramSocket.class)
                .because("Retort runs in air-gapped rooms: no network at run time, ever (allow-list: empty)"));
    }
}
