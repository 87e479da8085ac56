package uk.gov.safeguarding.publication;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.FeaturePackagesWithoutCycles;
import uk.gov.safeguarding.testsupport.architecture.NoIngestionTypes;
import uk.gov.safeguarding.testsupport.architecture.ResourcesWithoutDataAccess;

class ArchitectureTest implements FeaturePackagesWithoutCycles, ResourcesWithoutDataAccess, NoIngestionTypes {
  @Override
  public String rootPackage() {
    return "uk.gov.safeguarding.publication";
  }

  @Test
  void disclosureControlAndContentArePureJava() {
    noClasses().that().resideInAnyPackage("..publication.disclosure..", "..publication.content..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..", "io.quarkus..")
        .check(classes());
  }

  @Test
  void onlyTheConsumersReadEventsFromKafka() {
    noClasses().that().haveSimpleNameNotEndingWith("Consumer")
        .should().dependOnClassesThat().haveFullyQualifiedName("org.eclipse.microprofile.reactive.messaging.Incoming")
        .check(classes());
  }
}
