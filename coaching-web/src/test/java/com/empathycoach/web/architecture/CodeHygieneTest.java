package com.empathycoach.web.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.constructors;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/** House rules that keep the code easy to read and to upgrade: small methods, few collaborators, public API only. */
class CodeHygieneTest {

    static final int MAX_PARAMETERS = 6;
    static final int MAX_METHOD_LINES = 40;

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("com.empathycoach");
    }

    @Test
    void nothingUsesVaadinInternals() {
        // One exception, kept to one class: CompactLastResponse reads and writes the last answer Flow keeps per page
        // (UIInternals), which no public API reaches; its two tests fail if an upgrade changes what it relies on.
        noClasses().that().resideInAPackage("com.empathycoach..")
                .and().doNotHaveFullyQualifiedName("com.empathycoach.web.config.CompactLastResponse")
                .should().dependOnClassesThat().resideInAnyPackage("com.vaadin..internal..", "elemental..")
                .because("Vaadin's internal packages change without notice between versions; only its public API is kept")
                .check(classes);
    }

    @Test
    void noConstructorTakesMoreThanSixParameters() {
        constructors().that().areDeclaredInClassesThat().resideInAPackage("com.empathycoach..")
                .and(DescribedPredicate.not(RECORD_DATA))
                .should(haveAtMost(MAX_PARAMETERS))
                .because("a class that needs more collaborators does too much, or its collaborators belong together in a record")
                .check(classes);
    }

    @Test
    void noMethodIsLongerThanFortyLines() {
        List<String> tooLong = new ArrayList<>();
        for (Path sources : mainSourceFolders(projectRoot())) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(file ->
                        MethodLengths.of(read(file)).stream().filter(m -> m.lines() > MAX_METHOD_LINES)
                                .forEach(m -> tooLong.add(projectRoot().relativize(file) + ":" + m.line() + " "
                                        + m.name() + " has " + m.lines() + " lines")));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(tooLong).as("methods over %d lines (comments not counted); split them into well-named steps",
                MAX_METHOD_LINES).isEmpty();
    }

    @Test
    void theMethodScannerCountsFromSignatureToClosingBraceWithoutComments() {
        List<String> source = List.of(
                "class Sample {",
                "    /** Javadoc is not counted. */",
                "    @Override",
                "    public String toString() {",
                "        // neither is this",
                "        String brace = \"{ not a block\";",
                "        char open = '{';",
                "        String sql = \"\"\"",
                "                select '}' from t",
                "                \"\"\";",
                "",
                "        return brace + open + sql;",
                "    }",
                "",
                "    Sample(int a,",
                "           int b) { this.a = a; }",
                "",
                "    abstract void declaredOnly();",
                "",
                "    record Row(int a) {",
                "        Row {",
                "            check(a);",
                "        }",
                "    }",
                "}");

        assertThat(MethodLengths.of(source)).containsExactly(
                new MethodLengths.Method("toString", 4, 9),
                new MethodLengths.Method("Sample", 15, 2),
                new MethodLengths.Method("Row", 21, 3));
    }

    /** A record that is not a Spring bean: its canonical constructor lists its data, not collaborators. */
    private static final DescribedPredicate<JavaConstructor> RECORD_DATA = new DescribedPredicate<>(
            "the canonical constructor of a record that is not a Spring bean") {
        @Override
        public boolean test(JavaConstructor constructor) {
            JavaClass owner = constructor.getOwner();
            if (!owner.isRecord() || owner.isAnnotatedWith(Component.class) || owner.isAnnotatedWith(Service.class)
                    || owner.isAnnotatedWith(Repository.class)) {
                return false;
            }
            Class<?>[] components = Arrays.stream(owner.reflect().getRecordComponents())
                    .map(RecordComponent::getType).toArray(Class<?>[]::new);
            Class<?>[] parameters = constructor.getRawParameterTypes().stream().map(JavaClass::reflect)
                    .toArray(Class<?>[]::new);
            return Arrays.equals(components, parameters);
        }
    };

    private static ArchCondition<JavaConstructor> haveAtMost(int max) {
        return new ArchCondition<>("take at most " + max + " parameters") {
            @Override
            public void check(JavaConstructor constructor, ConditionEvents events) {
                int count = constructor.getRawParameterTypes().size();
                if (count > max) {
                    events.add(SimpleConditionEvent.violated(constructor,
                            constructor.getFullName() + " takes " + count + " parameters"));
                }
            }
        };
    }

    /** The build runs the tests in coaching-web; an IDE may run them from the project root. */
    private static Path projectRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("coaching-web")) ? here : here.getParent();
    }

    private static List<Path> mainSourceFolders(Path root) {
        try (Stream<Path> modules = Files.list(root)) {
            List<Path> folders = modules.map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).sorted().toList();
            assertThat(folders).as("main source folders under %s", root).isNotEmpty();
            return folders;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
