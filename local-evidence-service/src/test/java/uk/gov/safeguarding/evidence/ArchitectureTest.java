package uk.gov.safeguarding.evidence;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.FeaturePackagesWithoutCycles;
import uk.gov.safeguarding.testsupport.architecture.NoIngestionTypes;
import uk.gov.safeguarding.testsupport.architecture.ResourcesWithoutDataAccess;

class ArchitectureTest implements FeaturePackagesWithoutCycles, ResourcesWithoutDataAccess, NoIngestionTypes {
  @Override
  public String rootPackage() {
    return "uk.gov.safeguarding.evidence";
  }

  @Test
  void resourcesDoNotTouchEntitiesManagerOrTransactionsDirectly() {
    noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat().resideInAPackage("jakarta.persistence..").check(classes());
  }
}
