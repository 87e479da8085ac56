package uk.gov.safeguarding.ingestion.cin.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.safeguarding.ingestion.cin.ChildVisitor;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinHeader;

/**
 * Applies the rules in force for the return's collection year to each child as it is parsed and,
 * at the end, the whole-return rules. Findings go straight to a {@link FindingSink}; only counts
 * stay here.
 */
public final class CinValidator implements ChildVisitor {
  /** Counts per rule and in total. */
  public record Summary(long errors, long queries, long returnLevelErrors, long returnLevelQueries, Map<String, Long> byRule) {}

  private final RuleContext ctx;
  private final FindingSink sink;
  private final List<Bound<CinRule.ChildRule>> childRules = new ArrayList<>();
  private final List<Bound<CinRule.ReturnCheck>> returnChecks = new ArrayList<>();
  private final Map<String, Long> byRule = new TreeMap<>();
  private long errors;
  private long queries;
  private long returnErrors;
  private long returnQueries;
  private boolean finished;

  private record Bound<T>(RuleInfo info, T rule) {}

  public CinValidator(CinHeader header, FindingSink sink) {
    this(RuleCatalog.standard(), header, sink);
  }

  public CinValidator(RuleCatalog catalog, CinHeader header, FindingSink sink) {
    this.ctx = RuleContext.of(header);
    this.sink = sink;
    for (RuleInfo info : catalog.forYear(header.collectionYear())) {
      CinRule rule = catalog.implementation(info.code());
      if (rule instanceof CinRule.ChildRule c) {
        childRules.add(new Bound<>(info, c));
      } else if (rule instanceof CinRule.ReturnRule r) {
        returnChecks.add(new Bound<>(info, r.factory().get()));
      }
    }
  }

  @Override
  public void visit(CinChild child) {
    for (Bound<CinRule.ChildRule> b : childRules) {
      b.rule().check().check(child, ctx, new ChildFlags(b.info(), child));
    }
    for (Bound<CinRule.ReturnCheck> b : returnChecks) {
      b.rule().visit(child, ctx, new ChildFlags(b.info(), child));
    }
  }

  /** Runs the whole-return rules (once) and answers the counts. */
  public Summary finish() {
    if (!finished) {
      finished = true;
      for (Bound<CinRule.ReturnCheck> b : returnChecks) {
        b.rule().finish(ctx, (field, value) -> {
          count(b.info(), true);
          sink.accept(new Finding(b.info().code(), null, null, b.info().module(), field, text(value)));
        });
      }
    }
    return new Summary(errors, queries, returnErrors, returnQueries, Map.copyOf(byRule));
  }

  private void count(RuleInfo info, boolean returnLevel) {
    byRule.merge(info.code(), 1L, Long::sum);
    if (info.type() == RuleType.ERROR) {
      errors++;
      if (returnLevel) {
        returnErrors++;
      }
    } else {
      queries++;
      if (returnLevel) {
        returnQueries++;
      }
    }
  }

  static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof LocalDate d) {
      return d.toString();
    }
    String s = value.toString();
    return s.length() > 200 ? s.substring(0, 200) : s;
  }

  /** Binds a rule's flags to the rule and the current child. */
  final class ChildFlags implements Flags {
    private final RuleInfo info;
    private final CinChild child;

    ChildFlags(RuleInfo info, CinChild child) {
      this.info = info;
      this.child = child;
    }

    @Override
    public void flag(String path, String field, Object value) {
      count(info, false);
      sink.accept(new Finding(info.code(), child.laChildId(), child.line(), path, field, text(value)));
    }

    /** Flags another (earlier) child, known by its LAchildID and line. */
    void flagOther(String laChildId, int line, String path, String field, Object value) {
      count(info, false);
      sink.accept(new Finding(info.code(), laChildId, line, path, field, text(value)));
    }
  }
}
