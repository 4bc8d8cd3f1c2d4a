package ua.hromada.architecture;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boundaries of ARCHITECTURE.md §3–4, checked on the compiled classes of every module: services talk to each
 * other only through their {@code api} modules, {@code api} modules are plain message contracts, the platform
 * knows no service, and aggregates stay inside their feature package.
 */
class ModuleBoundariesTest {

    static final List<String> SERVICES = List.of("registry", "events", "awards", "media", "reporting");

    private static JavaClasses classes;

    @BeforeAll
    static void importEveryModule() throws Exception {
        Path root = Path.of(System.getProperty("hromada.root", "../.."));
        List<Path> outputs;
        try (Stream<Path> paths = Files.walk(root, 4)) {
            outputs = paths.filter(path -> path.endsWith(Path.of("target", "classes")))
                    .filter(path -> !path.startsWith(root.resolve(".hromada")))
                    .toList();
        }
        for (String service : SERVICES) {
            assertThat(outputs).as("compiled classes of %s-service (build the reactor first)", service)
                    .anyMatch(path -> path.startsWith(root.resolve(service + "-service").resolve("app")));
            assertThat(outputs).as("compiled classes of %s-service api", service)
                    .anyMatch(path -> path.startsWith(root.resolve(service + "-service").resolve("api")));
        }
        classes = new ClassFileImporter().importPaths(outputs);
        assertThat(classes).as("imported project classes").hasSizeGreaterThan(20);
    }

    @Test
    void servicesUseEachOthersApiOnly() {
        for (String service : SERVICES) {
            String internals = "ua.hromada." + service + "..";
            String api = "ua.hromada." + service + ".api..";
            String[] otherServices = SERVICES.stream().filter(other -> !other.equals(service))
                    .map(other -> "ua.hromada." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAnyPackage(otherServices).and().resideOutsideOfPackage("..api..")
                    .should().dependOnClassesThat(resideIn(internals).and(resideOutside(api)))
                    .because("a service reaches another only through commands, events and queries of its api module")
                    .check(classes);
        }
    }

    @Test
    void apiModulesHoldOnlyMessageContracts() {
        classes().that().resideInAPackage("ua.hromada.*.api..")
                .and().doNotHaveSimpleName("package-info")
                .should(beARecordOrEnum())
                .because("api modules are thin message contracts (ARCHITECTURE §4)")
                .check(classes);
        classes().that().resideInAPackage("ua.hromada.*.api..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(
                        "java..", "ua.hromada.*.api..",
                        "org.axonframework.modelling.command..", "org.axonframework.serialization..",
                        "org.axonframework.commandhandling.." /* @RoutingKey */, "com.fasterxml.jackson.annotation..")
                .because("an api module depends on nothing but Axon and Jackson annotations")
                .check(classes);
    }

    @Test
    void thePlatformKnowsNoService() {
        String[] servicePackages = SERVICES.stream().map(service -> "ua.hromada." + service + "..").toArray(String[]::new);
        noClasses().that().resideInAnyPackage("ua.hromada.eventstore..", "ua.hromada.web..", "ua.hromada.testing..", "ua.hromada.tenancy..",
                                              "ua.hromada.embeddedmongo..", "ua.hromada.gateway..")
                .should().dependOnClassesThat().resideInAnyPackage(servicePackages)
                .check(classes);
    }

    @Test
    void aggregatesArePackagePrivate() {
        classes().that().areAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .and().resideInAnyPackage(SERVICES.stream().map(s -> "ua.hromada." + s + "..").toArray(String[]::new))
                .should().notBePublic()
                .because("only the aggregate's own feature package may touch it; others send commands")
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void reportingProjectsAndHandlesNoCommands() {
        noClasses().that().resideInAPackage("ua.hromada.reporting..")
                .should().beAnnotatedWith("org.axonframework.spring.stereotype.Aggregate")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("org.axonframework.commandhandling.CommandHandler")
                .because("reporting-service owns no records: it projects every service's events (ARCHITECTURE §1)")
                .check(classes);
    }

    @Test
    void metricFamiliesMapEventsToFactsAndKnowNothingElse() {
        classes().that().resideInAPackage("ua.hromada.reporting.metric..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "ua.hromada.reporting.metric..",
                        "ua.hromada.*.api..", "org.springframework.stereotype..")
                .because("adding a metric family is adding one class that maps api events to facts; the ledger, "
                        + "reports and rebuilds find it")
                .check(classes);
    }

    private static DescribedPredicate<JavaClass> resideIn(String packageIdentifier) {
        return JavaClass.Predicates.resideInAPackage(packageIdentifier);
    }

    private static DescribedPredicate<JavaClass> resideOutside(String packageIdentifier) {
        return JavaClass.Predicates.resideOutsideOfPackage(packageIdentifier);
    }

    private static ArchCondition<JavaClass> beARecordOrEnum() {
        return new ArchCondition<>("be a record or an enum") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                boolean record = javaClass.getRawSuperclass().map(s -> s.isEquivalentTo(Record.class)).orElse(false);
                boolean allowed = record || javaClass.isEnum() || javaClass.isNestedClass() && javaClass.getEnclosingClass()
                        .map(enclosing -> enclosing.isEnum()).orElse(false);
                events.add(new SimpleConditionEvent(javaClass, allowed,
                                                    javaClass.getName() + (allowed ? " is" : " is not") + " a record or an enum"));
            }
        };
    }
}
