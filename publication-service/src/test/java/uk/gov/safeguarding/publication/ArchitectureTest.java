package uk.gov.safeguarding.publication;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.ArchitectureRules;

class ArchitectureTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.gov.safeguarding.publication");

  @Test
  void featurePackagesAreFreeOfCycles() {
    ArchitectureRules.featurePackagesAreFreeOfCycles("uk.gov.safeguarding.publication").check(CLASSES);
  }

  @Test
  void resourcesDoNotReachDataAccess() {
    ArchitectureRules.resourcesDoNotReachDataAccess().check(CLASSES);
  }

  @Test
  void nothingDependsOnIngestionTypes() {
    noClasses().should().dependOnClassesThat().resideInAPackage("uk.gov.safeguarding.ingestion..").check(CLASSES);
  }

  @Test
  void disclosureControlAndContentArePureJava() {
    noClasses().that().resideInAnyPackage("..publication.disclosure..", "..publication.content..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..", "io.quarkus..")
        .check(CLASSES);
  }

  @Test
  void onlyTheConsumersReadEventsFromKafka() {
    noClasses().that().haveSimpleNameNotEndingWith("Consumer")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.reactive.messaging.Incoming")
        .check(CLASSES);
  }
}
