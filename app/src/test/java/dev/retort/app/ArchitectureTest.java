package dev.retort.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;
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

    /**
     * Classes allowed to use the network, by fully qualified name. Empty, and meant to stay so: Retort runs in
     * air-gapped rooms (ADR 0071; NoNetworkTest checks the same at run time).
     */
    private static final Set<String> NETWORK_ALLOW_LIST = Set.of();

    @Test
    void noRetortClassOpensANetworkConnection() {
        check(noNetwork());
    }

    @Test
    void theNetworkRuleCatchesSocketsHttpClientsAndLookups() {
        JavaClasses offenders = new ClassFileImporter().importClasses(NetworkingOffender.class);
        AssertionError e = assertThrows(AssertionError.class, () -> noNetwork().check(offenders));
        assertTrue(e.getMessage().contains("java.net.http.HttpClient"), e.getMessage());
        assertTrue(e.getMessage().contains("java.net.Socket"), e.getMessage());
        assertTrue(e.getMessage().contains("InetAddress.getByName"), e.getMessage());
    }

    /** Test-only class that does what the rule forbids (never called). */
    static final class NetworkingOffender {
        void fetch() throws Exception {
            java.net.http.HttpClient.newHttpClient();
            try (java.net.Socket s = new java.net.Socket()) {
                s.connect(new java.net.InetSocketAddress(java.net.InetAddress.getByName("example.org"), 443));
            }
        }
    }

    private static ArchRule noNetwork() {
        DescribedPredicate<JavaClass> allowListed = DescribedPredicate.describe("on the network allow-list",
                c -> NETWORK_ALLOW_LIST.contains(c.getName()));
        return noClasses().that(DescribedPredicate.not(allowListed))
                .should().dependOnClassesThat().resideInAnyPackage("java.net.http..", "javax.net..", "java.rmi..",
                        "jdk.net..", "com.sun.net.httpserver..")
                .orShould().callMethod(java.net.URL.class, "openConnection")
                .orShould().callMethod(java.net.URL.class, "openStream")
                .orShould().callMethod(java.net.InetAddress.class, "getByName", String.class)
                .orShould().callMethod(java.net.InetAddress.class, "getAllByName", String.class)
                .orShould().callConstructor(java.net.Socket.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.net.Socket.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.net.ServerSocket.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.net.URLConnection.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.net.DatagramSocket.class)
                .orShould().dependOnClassesThat().areAssignableTo(java.nio.channels.NetworkChannel.class)
                .because("Retort runs in air-gapped rooms: no network at run time, ever (allow-list: empty)");
    }
}
