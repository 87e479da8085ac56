package uk.gov.safeguarding.ingestion.cin.rules;

import uk.gov.safeguarding.ingestion.cin.model.CinChild;

/** A validation rule's implementation: either per child, or over the whole return. */
public sealed interface CinRule permits CinRule.ChildRule, CinRule.ReturnRule {
  String code();

  /** Checks one child on its own. */
  record ChildRule(String code, Check check) implements CinRule {}

  /**
   * Sees every child of one return (keeping only aggregates) and reports at the end; a new
   * instance is made per return by {@code factory}.
   */
  record ReturnRule(String code, java.util.function.Supplier<ReturnCheck> factory) implements CinRule {}

  @FunctionalInterface
  interface Check {
    void check(CinChild child, RuleContext ctx, Flags flags);
  }

  /** State of one whole-return rule during one return. */
  interface ReturnCheck {
    /** Sees one child; may flag it (e.g. a duplicate identifier). */
    void visit(CinChild child, RuleContext ctx, Flags flags);

    /** After the last child: whole-return findings. */
    void finish(RuleContext ctx, ReturnFlags flags);
  }

  /** Flags for whole-return findings. */
  @FunctionalInterface
  interface ReturnFlags {
    void flag(String field, Object value);
  }

  static ChildRule child(String code, Check check) {
    return new ChildRule(code, check);
  }

  static ReturnRule wholeReturn(String code, java.util.function.Supplier<ReturnCheck> factory) {
    return new ReturnRule(code, factory);
  }
}
