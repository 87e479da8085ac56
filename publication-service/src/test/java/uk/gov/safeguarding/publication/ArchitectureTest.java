package uk.gov.safeguarding.publication;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {
  static final JavaClasses CLASSES =
      new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("uk.gov.safeguarding.publication");

  @Test
  void resourcesDoNotReachRepositories() {
    noClasses().that().haveSimpleNameEndingWith("Resource")
        .should().dependOnClassesThat().haveSimpleNameEndingWith("Repository")
        .check(CLASSES);
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
