package vn.thidua.ledger.app.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module edges of docs/architecture.md, checked on the compiled classes of every module. */
@AnalyzeClasses(packages = "vn.thidua.ledger", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule theQuerySideNeverUsesTheCommandSide = noClasses()
            .that().resideInAPackage("vn.thidua.ledger.query..")
            .should().dependOnClassesThat().resideInAPackage("vn.thidua.ledger.command..");

    @ArchTest
    static final ArchRule theCommandSideNeverUsesTheQuerySide = noClasses()
            .that().resideInAPackage("vn.thidua.ledger.command..")
            .should().dependOnClassesThat().resideInAPackage("vn.thidua.ledger.query..");

    @ArchTest
    static final ArchRule theEventContractDependsOnNothingOfOurs = noClasses()
            .that().resideInAPackage("vn.thidua.ledger.events..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.thidua.ledger.command..", "vn.thidua.ledger.query..", "vn.thidua.ledger.app..");

    @ArchTest
    static final ArchRule theEventStoreDependsOnlyOnTheEventContract = noClasses()
            .that().resideInAPackage("vn.thidua.ledger.eventstore..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.thidua.ledger.command..", "vn.thidua.ledger.query..", "vn.thidua.ledger.app..",
                    "org.springframework..");

    /** Command and query code see the store only through Axon's EventStore; the app (and the benchmarks) wire it. */
    @ArchTest
    static final ArchRule onlyTheAppWiresTheEventStore = noClasses()
            .that().resideOutsideOfPackages("vn.thidua.ledger.eventstore..", "vn.thidua.ledger.app..",
                                            "vn.thidua.ledger.benchmark..")
            .and().resideInAPackage("vn.thidua.ledger..")
            .should().dependOnClassesThat().resideInAPackage("vn.thidua.ledger.eventstore..");

    @ArchTest
    static final ArchRule onlyTheAppComposes = noClasses()
            .that().resideInAnyPackage("vn.thidua.ledger.command..", "vn.thidua.ledger.query..",
                                       "vn.thidua.ledger.eventstore..")
            .should().dependOnClassesThat().resideInAPackage("vn.thidua.ledger.app..");

    /** The demo year's facts are made of the event contract only, so that every module's tests may use them. */
    @ArchTest
    static final ArchRule theDemoYearsFactsDependOnlyOnTheEventContract = noClasses()
            .that().resideInAPackage("vn.thidua.ledger.fixtures..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "vn.thidua.ledger.command..", "vn.thidua.ledger.query..", "vn.thidua.ledger.app..",
                    "vn.thidua.ledger.eventstore..", "org.springframework..");

    /** Only the demo tells the demo year in main code; command and query code never know it. */
    @ArchTest
    static final ArchRule onlyTheDemoUsesTheDemoYearsFacts = noClasses()
            .that().resideInAPackage("vn.thidua.ledger..")
            .and().resideOutsideOfPackages("vn.thidua.ledger.fixtures..", "vn.thidua.ledger.app.demo..")
            .should().dependOnClassesThat().resideInAPackage("vn.thidua.ledger.fixtures..");

    @ArchTest
    static final ArchRule theDomainKnowsNoSpring = noClasses()
            .that().resideInAPackage("vn.thidua.ledger.command..")
            .and().haveSimpleNameNotEndingWith("Controller")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..");
}
