package uk.gov.safeguarding.ingestion.returns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.FeaturePackagesWithoutCycles;
import uk.gov.safeguarding.testsupport.architecture.ResourcesWithoutDataAccess;

/**
 * Layering of ingestion-service: resources stay thin (they reach no repository, no class that runs
 * SQL, by type: see {@code ArchitectureRules}), the CIN core is pure Java, events carry no child-level type.
 */
class ArchitectureTest implements FeaturePackagesWithoutCycles, ResourcesWithoutDataAccess {
  @Override
  public String rootPackage() {
    return "uk.gov.safeguarding.ingestion";
  }

  @Test
  void theCinModelParserAndRulesDependOnNoFrameworkOrPersistence() {
    noClasses().that().resideInAnyPackage("uk.gov.safeguarding.ingestion.cin.model..", "uk.gov.safeguarding.ingestion.cin.parse..", "uk.gov.safeguarding.ingestion.cin.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..", "io.quarkus..", "uk.gov.safeguarding.ingestion.returns..", "uk.gov.safeguarding.ingestion.measures..")
        .check(classes());
  }

  @Test
  void childLevelModelIsNotPartOfAnyEvent() {
    noClasses().that().resideInAPackage("uk.gov.safeguarding.events..").should().dependOnClassesThat().resideInAPackage("uk.gov.safeguarding.ingestion..")
        .check(new ClassFileImporter().importPackages("uk.gov.safeguarding.events", "uk.gov.safeguarding.ingestion"));
  }
}
