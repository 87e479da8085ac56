package uk.gov.safeguarding.ingestion.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.platform.security.Caller;

class ListScopeTest {
  private static ListScope scopeFor(boolean national, String laCode) {
    ListScope scope = new ListScope();
    scope.caller = new Caller() {
      @Override
      public boolean isNational() {
        return national;
      }

      @Override
      public Optional<String> laCode() {
        return Optional.ofNullable(laCode);
      }
    };
    return scope;
  }

  @Test
  void aNationalRoleListsTheLaItAsksForOrEveryLa() {
    assertThat(scopeFor(true, null).of("301", "no LA")).isEqualTo("301");
    assertThat(scopeFor(true, null).of(null, "no LA")).isNull();
  }

  @Test
  void anLaTokenListsItsOwnLaWhetherOrNotItNamesIt() {
    assertThat(scopeFor(false, "301").of(null, "no LA")).isEqualTo("301");
    assertThat(scopeFor(false, "301").of("301", "no LA")).isEqualTo("301");
  }

  @Test
  void anLaTokenAskingForAnotherLaIsForbidden() {
    assertThatThrownBy(() -> scopeFor(false, "301").of("302", "no LA"))
        .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(403));
  }

  @Test
  void aTokenThatIsNeitherNationalNorAnLasIsForbiddenWithTheCallersDetail() {
    assertThatThrownBy(() -> scopeFor(false, null).of(null, "This token cannot read returns"))
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.getMessage()).isEqualTo("This token cannot read returns");
        });
  }
}
