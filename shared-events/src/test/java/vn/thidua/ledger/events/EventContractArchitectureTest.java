package vn.thidua.ledger.events;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.axonframework.serialization.Revision;
import org.junit.jupiter.api.Test;

/** The contract module is read by both sides and by stored JSON: it must not drag in any framework. */
class EventContractArchitectureTest {

    private final JavaClasses contract = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("vn.thidua.ledger.events");

    @Test
    void theContractDependsOnlyOnTheJdkAndAxonRevision() {
        classes().should().onlyDependOnClassesThat(
                        resideInAnyPackage("java..", "vn.thidua.ledger.events..")
                                .or(belongToAnyOf(Revision.class)))
                .check(contract);
    }
}
