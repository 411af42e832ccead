package com.empathycoach.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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
    void coreFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("com.empathycoach.core.(*)..").should().beFreeOfCycles()
                .because("features meet through facades and events, one way; a cycle means no feature can change alone")
                .check(classes);
    }

    @Test
    void webFeaturesDependOnEachOtherWithoutCycles() {
        slices().matching("com.empathycoach.web.(*)..").should().beFreeOfCycles()
                .because("the layout and the views must not import each other; the menu comes from @Menu entries")
                .check(classes);
    }

    @Test
    void dataAdaptersDependOnEachOtherWithoutCycles() {
        slices().matching("com.empathycoach.data.(*)..").should().beFreeOfCycles().check(classes);
    }

    /** A Spring bean of core that is not a facade: a feature's internals, or a port the data module implements. */
    private static final DescribedPredicate<JavaClass> CORE_INTERNAL_BEAN = new DescribedPredicate<>(
            "a core bean that is not a facade") {
        @Override
        public boolean test(JavaClass c) {
            return c.getPackageName().startsWith("com.empathycoach.core.")
                    && (c.isAnnotatedWith(Component.class) || c.isAnnotatedWith(Service.class))
                    && !c.getSimpleName().endsWith("Facade");
        }
    };

    @Test
    void webReachesCoreThroughFacadesOnly() {
        noClasses().that().resideInAPackage("com.empathycoach.web..")
                .should().dependOnClassesThat(CORE_INTERNAL_BEAN)
                .because("a feature's services and listeners are its own; others call its facade")
                .check(classes);
    }

    @Test
    void coreFeaturesReachEachOtherThroughFacadesOrEvents() {
        for (JavaClass bean : classes.that(CORE_INTERNAL_BEAN)) {
            String feature = bean.getPackageName();
            noClasses().that().resideInAPackage("com.empathycoach.core..").and().resideOutsideOfPackage(feature)
                    .should().dependOnClassesThat().belongToAnyOf(bean.reflect())
                    .because(bean.getSimpleName() + " is internal to " + feature)
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void coreBeansOtherThanFacadesArePackagePrivate() {
        classes().that(CORE_INTERNAL_BEAN).should().notBePublic()
                .because("each feature shows its facade and records; the rest stays inside the package")
                .check(classes);
    }

    @Test
    void theMainLayoutImportsNoView() {
        noClasses().that().haveSimpleName("MainLayout")
                .should().dependOnClassesThat().areAnnotatedWith(com.vaadin.flow.router.Route.class)
                .because("the menu is built from @Menu entries, so a new view needs no change to the layout")
                .check(classes);
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
                .should().resideInAnyPackage("com.empathycoach.web.feedback..", "com.empathycoach.web.reporting..",
                        "com.empathycoach.web.interaction..", "com.empathycoach.web.authoring..")
                .because("EndpointMatrixTest lists every endpoint; a new controller must be added there too")
                .check(classes);
    }
}
