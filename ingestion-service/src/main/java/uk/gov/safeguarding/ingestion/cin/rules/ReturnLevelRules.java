package uk.gov.safeguarding.ingestion.cin.rules;

import static uk.gov.safeguarding.ingestion.cin.rules.CinRule.wholeReturn;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.Sex;

/**
 * Rules over the whole return: the header, duplicate identifiers across children, and the
 * LA-level checks (2883, 2886Q, 2887Q, 2888Q), which are reported apart from child findings.
 * Each keeps only counts or identifiers, never children.
 */
final class ReturnLevelRules {
  private ReturnLevelRules() {}

  static List<CinRule> rules() {
    return List.of(
        wholeReturn("100", () -> new CinRule.ReturnCheck() {
          @Override
          public void visit(CinChild child, RuleContext ctx, Flags flags) {}

          @Override
          public void finish(RuleContext ctx, CinRule.ReturnFlags flags) {
            if (ctx.header().referenceDate() == null || !ctx.header().referenceDate().equals(ctx.periodEnd())) {
              flags.flag("ReferenceDate", ctx.header().referenceDate());
            }
          }
        }),
        wholeReturn("1520", () -> new Duplicates(CinChild::upn, "UPN")),
        wholeReturn("8510", () -> new Duplicates(CinChild::laChildId, "LAchildID")),
        wholeReturn("2883", () -> new CinRule.ReturnCheck() {
          long plans;
          long conferences;

          @Override
          public void visit(CinChild child, RuleContext ctx, Flags flags) {
            for (CinDetails d : child.cinDetails()) {
              plans += d.childProtectionPlans().stream().filter(p -> ctx.inPeriod(p.startDate())).count();
              if (ctx.inPeriod(d.dateOfInitialCpc())) {
                conferences++;
              }
              conferences += d.section47s().stream().filter(s -> ctx.inPeriod(s.dateOfInitialCpc())).count();
            }
          }

          @Override
          public void finish(RuleContext ctx, CinRule.ReturnFlags flags) {
            if (plans > conferences) {
              flags.flag("CPPstartDate", plans + " plans starting, " + conferences + " initial conferences");
            }
          }
        }),
        wholeReturn("2886Q", () -> new CinRule.ReturnCheck() {
          long born;
          long noSex;

          @Override
          public void visit(CinChild child, RuleContext ctx, Flags flags) {
            if (!child.unborn()) {
              born++;
              if (child.sex() == null || child.sex() == Sex.UNKNOWN) {
                noSex++;
              }
            }
          }

          @Override
          public void finish(RuleContext ctx, CinRule.ReturnFlags flags) {
            if (born > 0 && noSex * 100 > born * 2) {
              flags.flag("Sex", String.format(java.util.Locale.ROOT, "%.1f%% (%d of %d)", 100.0 * noSex / born, noSex, born));
            }
          }
        }),
        wholeReturn("2887Q", () -> new CinRule.ReturnCheck() {
          final Set<String> used = new HashSet<>();

          @Override
          public void visit(CinChild child, RuleContext ctx, Flags flags) {
            for (String d : child.disabilities()) {
              if (!"NONE".equals(d) && Codes.isCode(Codes.DISABILITY, d)) {
                used.add(d);
              }
            }
          }

          @Override
          public void finish(RuleContext ctx, CinRule.ReturnFlags flags) {
            if (used.size() < 8) {
              flags.flag("Disability", used.size() + " codes used");
            }
          }
        }),
        wholeReturn("2888Q", () -> new CinRule.ReturnCheck() {
          long withDisability;
          long withSeveral;

          @Override
          public void visit(CinChild child, RuleContext ctx, Flags flags) {
            long codes = child.disabilities().stream().filter(d -> d != null && !"NONE".equals(d)).distinct().count();
            if (codes > 0) {
              withDisability++;
            }
            if (codes > 1) {
              withSeveral++;
            }
          }

          @Override
          public void finish(RuleContext ctx, CinRule.ReturnFlags flags) {
            if (withDisability > 0 && withSeveral == 0) {
              flags.flag("Disability", withDisability + " children with a disability, none with more than one code");
            }
          }
        }));
  }

  /** Flags every child sharing a value with another child (both the first and later ones). */
  private static final class Duplicates implements CinRule.ReturnCheck {
    private final Function<CinChild, String> key;
    private final String field;
    /** value -> line of the first child with it, or -1 once the first has been flagged. */
    private final Map<String, Integer> firstLine = new HashMap<>();
    private final Map<String, String> firstChild = new HashMap<>();

    Duplicates(Function<CinChild, String> key, String field) {
      this.key = key;
      this.field = field;
    }

    @Override
    public void visit(CinChild child, RuleContext ctx, Flags flags) {
      String v = key.apply(child);
      if (v == null) {
        return;
      }
      Integer first = firstLine.putIfAbsent(v, child.line());
      if (first == null) {
        firstChild.put(v, child.laChildId());
        return;
      }
      if (first >= 0) {
        ((CinValidator.ChildFlags) flags).flagOther(firstChild.remove(v), first, "ChildIdentifiers", field, v);
        firstLine.put(v, -1);
      }
      flags.flag("ChildIdentifiers", field, v);
    }

    @Override
    public void finish(RuleContext ctx, CinRule.ReturnFlags flags) {}
  }
}
