package org.chronicle.launcher;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The module boundaries, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static final List<String> SERVICES = List.of("article", "entity", "timeline", "gateway", "launcher");
    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.chronicle");
    }

    @Test
    void everyModuleIsImported() {
        for (String service : SERVICES) {
            String pkg = "org.chronicle." + service;
            org.assertj.core.api.Assertions.assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith(pkg)))
                    .as("classes of %s on the test classpath", pkg).isTrue();
        }
    }

    @Test
    void servicesDoNotDependOnEachOther() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream().filter(s -> !s.equals(service))
                    .map(s -> "org.chronicle." + s + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.chronicle." + service + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .because("services talk through events and HTTP, never through each other's classes")
                    .check(classes);
        }
    }

    @Test
    void sharedMessagesDependOnNothingButTheJdkAndAxonAnnotations() {
        classes().that().resideInAPackage("org.chronicle.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "org.chronicle.api..",
                        "org.axonframework.modelling.command..", "org.axonframework.serialization..")
                .check(classes);
    }

    @Test
    void sharedMessagesAreRecordsOrEnumsOrSealedInterfaces() {
        classes().that().resideInAPackage("org.chronicle.api..").and().areTopLevelClasses()
                .should().beRecords().orShould().beEnums().orShould().beInterfaces()
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoService() {
        noClasses().that().resideInAPackage("org.chronicle.platform..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        SERVICES.stream().map(s -> "org.chronicle." + s + "..").toArray(String[]::new))
                .check(classes);
    }

    @Test
    void commandSideDoesNotReachIntoWebOrQuery() {
        noClasses().that().resideInAPackage("org.chronicle.*.command..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chronicle.*.web..", "org.chronicle.*.query..")
                .check(classes);
        noClasses().that().resideInAPackage("org.chronicle.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.chronicle.*.web..", "org.chronicle.*.query..",
                        "org.chronicle.*.command..")
                .check(classes);
    }
}
