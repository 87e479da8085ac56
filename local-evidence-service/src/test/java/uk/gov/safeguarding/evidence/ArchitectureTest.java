package uk.gov.safeguarding.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.ArchitectureRules;

class ArchitectureTest {
  private final JavaClasses classes =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.gov.safeguarding.evidence");

  @Test
  void featurePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("uk.gov.safeguarding.evidence").check(classes);
  }

  @Test
  void resourcesDoNotReachDataAccess() {
    ArchitectureRules.resourcesDoNotReachDataAccess().check(classes);
  }

  @Test
  void nothingDependsOnIngestionTypes() {
    noClasses().should().dependOnClassesThat().resideInAPackage("uk.gov.safeguarding.ingestion..").check(classes);
  }

  @Test
  void resourcesDoNotTouchEntitiesManagerOrTransactionsDirectly() {
    noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(classes);
  }
}
