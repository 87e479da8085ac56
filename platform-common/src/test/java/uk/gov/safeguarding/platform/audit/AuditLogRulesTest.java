package uk.gov.safeguarding.platform.audit;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AuditLogRulesTest {

  @Test
  void acceptsAWellFormedRecord() {
    assertThatCode(() -> AuditLog.check("service-account-dfe-publisher", AuditActions.DATA_SET_PUBLISHED, "data-set-version", "safeguarding-indicators/1.2.0", "14 indicators, 153 areas"))
        .doesNotThrowAnyException();
    assertThatCode(() -> AuditLog.check(AuditActions.SYSTEM_ACTOR, AuditActions.RETURN_SUBMITTED, "cin-return", "0b7c4c1e-8d1f-4d53-9a39-3b1f8f1a0c11", null))
        .doesNotThrowAnyException();
  }

  @Test
  void refusesActionsThatAreNotUpperSnakeCase() {
    assertThatThrownBy(() -> AuditLog.check("a", "published", "data-set-version", "x", null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
    assertThatThrownBy(() -> AuditLog.check("a", "DROP TABLE;", "data-set-version", "x", null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void refusesMissingOrOversizedFields() {
    assertThatThrownBy(() -> AuditLog.check(" ", "X", "t", "x", null)).hasMessageContaining("actor");
    assertThatThrownBy(() -> AuditLog.check("a", "X", "Data Set", "x", null)).hasMessageContaining("subjectType");
    assertThatThrownBy(() -> AuditLog.check("a", "X", "t", "", null)).hasMessageContaining("subjectId");
    assertThatThrownBy(() -> AuditLog.check("a", "X", "t", "x", "d".repeat(2001))).hasMessageContaining("detail");
  }

  @Test
  void refusesAUpnShapedValueAnywhere() {
    // synthetic UPN shape: letter, 11 digits, check character
    assertThatThrownBy(() -> AuditLog.check("a", "RETURN_SUBMITTED", "cin-return", "r1", "child A12345678901B rejected"))
        .hasMessageContaining("child-level");
    assertThatThrownBy(() -> AuditLog.check("a", "RETURN_SUBMITTED", "cin-return", "A123456789012", null))
        .hasMessageContaining("child-level");
    assertThatCode(() -> AuditLog.check("a", "RETURN_SUBMITTED", "cin-return", "r1", "LA 886, 2025, 1200 children"))
        .doesNotThrowAnyException();
  }
}
