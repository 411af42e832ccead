package com.empathycoach.web.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the module arrows of DESIGN.md: data, content and web point at core; nothing points at web. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.empathycoach");
    }

    @Test
    void coreUsesNoPersistenceJdbcOrUi() {
        noClasses().that().resideInAPackage("com.empathycoach.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "jakarta.persistence..", "org.springframework.data..", "java.sql..", "javax.sql..",
                        "org.springframework.jdbc..", "com.vaadin..", "org.hibernate..")
                .check(classes);
    }

    @Test
    void corePointsAtNothingOfOurs() {
        noClasses().that().resideInAPackage("com.empathycoach.core..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.empathycoach.data..", "com.empathycoach.content..", "com.empathycoach.web..")
                .check(classes);
    }

    @Test
    void nothingOutsideWebDependsOnWeb() {
        noClasses().that().resideOutsideOfPackages("com.empathycoach.web..", "com.empathycoach")
                .should().dependOnClassesThat().resideInAnyPackage("com.empathycoach.web..", "com.empathycoach")
                .check(classes);
    }

    @Test
    void dataAndContentDoNotDependOnEachOther() {
        noClasses().that().resideInAPackage("com.empathycoach.data..")
                .should().dependOnClassesThat().resideInAPackage("com.empathycoach.content..")
                .check(classes);
        noClasses().that().resideInAPackage("com.empathycoach.content..")
                .should().dependOnClassesThat().resideInAPackage("com.empathycoach.data..")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void viewsTalkToFacadesNotToPersistence() {
        noClasses().that().resideInAPackage("com.empathycoach.web..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "com.empathycoach.data..", "jakarta.persistence..", "org.springframework.data..")
                .check(classes);
    }

    @Test
    void everyRouteStatesWhoMayOpenIt() {
        classes().that().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .should().beAnnotatedWith(jakarta.annotation.security.RolesAllowed.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.PermitAll.class)
                .orShould().beAnnotatedWith(jakarta.annotation.security.DenyAll.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .because("a view reachable by accident is a hole; say who may open it")
                .check(classes);
    }

    @Test
    void everyHttpEndpointLivesWhereTheSecurityChainsExpectIt() {
        classes().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().resideInAnyPackage("com.empathycoach.web.feedback..", "com.empathycoach.web.reporting..")
                .because("EndpointMatrixTest lists every endpoint; a new controller must be added there too")
                .check(classes);
    }
}
