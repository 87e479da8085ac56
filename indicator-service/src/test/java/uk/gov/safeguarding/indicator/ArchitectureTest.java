package uk.gov.safeguarding.indicator;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.FeaturePackagesWithoutCycles;
import uk.gov.safeguarding.testsupport.architecture.NoIngestionTypes;
import uk.gov.safeguarding.testsupport.architecture.ResourcesWithoutDataAccess;

class ArchitectureTest implements FeaturePackagesWithoutCycles, ResourcesWithoutDataAccess, NoIngestionTypes {
  @Override
  public String rootPackage() {
    return "uk.gov.safeguarding.indicator";
  }

  @Test
  void computationIsPureJavaWithoutFrameworkOrDatabase() {
    noClasses().that().resideInAPackage("..indicator.computation..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta..", "io.quarkus..", "org.hibernate..", "..indicator.snapshot..", "..indicator.measures..")
        .check(classes());
  }
}
