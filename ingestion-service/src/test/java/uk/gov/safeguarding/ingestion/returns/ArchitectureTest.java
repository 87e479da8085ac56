package uk.gov.safeguarding.ingestion.returns;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.ArchitectureRules;

/** Layering of ingestion-service: resources stay thin. */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.gov.safeguarding.ingestion");

  @Test
  void featurePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("uk.gov.safeguarding.ingestion").check(CLASSES);
  }

  /**
   * Still by simple name: the type-based {@link ArchitectureRules#resourcesDoNotReachDataAccess()}
   * reports ReturnResource -> ReturnService, which runs SQL itself (AgroalDataSource, JDBC);
   * switch to it once that SQL lives in a repository.
   */
  @Test
  void resourcesDoNotAccessRepositories() {
    noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat().haveSimpleNameEndingWith("Repository").check(CLASSES);
  }

  @Test
  void theCinModelParserAndRulesDependOnNoFrameworkOrPersistence() {
    noClasses().that().resideInAnyPackage("uk.gov.safeguarding.ingestion.cin.model..", "uk.gov.safeguarding.ingestion.cin.parse..", "uk.gov.safeguarding.ingestion.cin.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..", "io.quarkus..", "uk.gov.safeguarding.ingestion.returns..", "uk.gov.safeguarding.ingestion.measures..")
        .check(CLASSES);
  }

  @Test
  void childLevelModelIsNotPartOfAnyEvent() {
    noClasses().that().resideInAPackage("uk.gov.safeguarding.events..").should().dependOnClassesThat().resideInAPackage("uk.gov.safeguarding.ingestion..")
        .check(new ClassFileImporter().importPackages("uk.gov.safeguarding.events", "uk.gov.safeguarding.ingestion"));
  }
}
