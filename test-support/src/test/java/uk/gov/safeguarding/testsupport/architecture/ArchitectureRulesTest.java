package uk.gov.safeguarding.testsupport.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.testsupport.architecture.fixture.bad.NestedHelperResource;
import uk.gov.safeguarding.testsupport.architecture.fixture.bad.ReportEndpoint;
import uk.gov.safeguarding.testsupport.architecture.fixture.bad.ReportQueries;
import uk.gov.safeguarding.testsupport.architecture.fixture.bad.RowEndpoint;
import uk.gov.safeguarding.testsupport.architecture.fixture.bad.Shelf;
import uk.gov.safeguarding.testsupport.architecture.fixture.bad.StockHandler;
import uk.gov.safeguarding.testsupport.architecture.fixture.layered.store.ItemStore;

/** Each rule passes on a well-layered fixture and reports each deliberately bad one. */
class ArchitectureRulesTest {
  private static final String FIXTURE = "uk.gov.safeguarding.testsupport.architecture.fixture";

  /** The rule this one replaces: it compared simple names only. */
  private static final ArchRule BY_NAME_ONLY =
      noClasses().that().haveSimpleNameEndingWith("Resource").should().dependOnClassesThat().haveSimpleNameEndingWith("Repository").allowEmptyShould(true);

  @Test
  void packagesThatDependOnEachOtherBothWaysAreACycle() {
    EvaluationResult result = ArchitectureRules.featurePackagesAreFreeOfCycles(FIXTURE + ".cycle").evaluate(packages(FIXTURE + ".cycle"));

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().toString()).contains("a", "b", "Alpha", "Beta");
  }

  @Test
  void oneWayPackagesAreFreeOfCycles() {
    assertThat(ArchitectureRules.featurePackagesAreFreeOfCycles(FIXTURE + ".layered").evaluate(packages(FIXTURE + ".layered")).hasViolation()).isFalse();
  }

  @Test
  void aResourceThatCallsAServiceThatCallsARepositoryPasses() {
    assertThat(ArchitectureRules.resourcesDoNotReachDataAccess().evaluate(packages(FIXTURE + ".layered")).hasViolation()).isFalse();
  }

  @Test
  void aNestedHelperOfAResourceReachingANestedRepositoryIsReported() throws ClassNotFoundException {
    JavaClasses classes = classes(NestedHelperResource.class, Class.forName(NestedHelperResource.class.getName() + "$Rows"), Shelf.class, Shelf.Repository.class);

    assertViolation(classes, "NestedHelperResource$Rows", "Shelf$Repository");
  }

  @Test
  void aResourceCallingABeanThatRunsSqlThroughAnEntityManagerIsReported() {
    JavaClasses classes = classes(ReportEndpoint.class, ReportQueries.class);

    assertViolation(classes, "ReportEndpoint", "ReportQueries");
    assertThat(BY_NAME_ONLY.evaluate(classes).hasViolation()).as("the name-only rule missed it").isFalse();
  }

  @Test
  void aSubResourceUsingAPanacheRepositoryUnderAnotherNameIsReported() {
    JavaClasses classes = classes(StockHandler.class, ItemStore.class);

    assertViolation(classes, "StockHandler", "ItemStore");
    assertThat(BY_NAME_ONLY.evaluate(classes).hasViolation()).as("the name-only rule missed it").isFalse();
  }

  @Test
  void aResourceAnsweringWithATypeNestedInARepositoryIsReported() {
    JavaClasses classes = classes(RowEndpoint.class, ItemStore.class, ItemStore.Row.class);

    assertViolation(classes, "RowEndpoint", "ItemStore$Row");
    assertThat(BY_NAME_ONLY.evaluate(classes).hasViolation()).as("the name-only rule missed it").isFalse();
  }

  @Test
  void theSqlCheckLooksAtTheClassItselfNotAtWhatItCalls() {
    JavaClasses classes = classes(ReportEndpoint.class, ReportQueries.class);

    assertThat(ArchitectureRules.DataAccess.runsSql(classes.get(ReportQueries.class))).isTrue();
    assertThat(ArchitectureRules.DataAccess.runsSql(classes.get(ReportEndpoint.class))).isFalse();
  }

  private static void assertViolation(JavaClasses classes, String origin, String target) {
    EvaluationResult result = ArchitectureRules.resourcesDoNotReachDataAccess().evaluate(classes);
    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line).contains(origin).contains(target));
  }

  private static JavaClasses packages(String name) {
    return new ClassFileImporter().importPackages(name);
  }

  private static JavaClasses classes(Class<?>... types) {
    return new ClassFileImporter().importClasses(types);
  }
}
