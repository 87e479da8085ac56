package uk.gov.safeguarding.ingestion.returns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.ArchitectureRules;
import uk.gov.safeguarding.testsupport.architecture.FeaturePackagesWithoutCycles;

/** Layering of ingestion-service: resources stay thin. */
class ArchitectureTest implements FeaturePackagesWithoutCycles {
  @Override
  public String rootPackage() {
    return "uk.gov.safeguarding.ingestion";
  }

  /**
   * Still by simple name: the type-based {@link ArchitectureRules#resourcesDoNotReachDataAccess()}
   * (implement {@code ResourcesWithoutDataAccess} instead) reports ReturnResource -> ReturnService,
   * which runs SQL itself (AgroalDataSource, JDBC), and SourceDataResource -> the record
   * SourceDataRepository.Upload; switch once those live behind a service.
   */
  @Test
  void resourcesDoNotAccessRepositories() {
    noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat().haveSimpleNameEndingWith("Repository").check(classes());
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
