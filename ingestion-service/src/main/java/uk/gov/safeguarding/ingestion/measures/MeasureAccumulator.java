package uk.gov.safeguarding.ingestion.measures;

import static uk.gov.safeguarding.events.MeasureCodes.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import uk.gov.safeguarding.ingestion.cin.ChildVisitor;
import uk.gov.safeguarding.ingestion.cin.model.Assessment;
import uk.gov.safeguarding.ingestion.cin.model.ChildProtectionPlan;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.Section47;
import uk.gov.safeguarding.reference.calendar.WorkingDays;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * Derives the aggregate measures of one CIN census return while the parser streams its children.
 * It keeps counts and day histograms, plus a compact timeline per child (a salted key, referral
 * dates and plan periods, no identifiers) that {@link MeasuresService} needs for re-referrals and
 * repeat plans across returns. Definitions: docs/measures.md.
 *
 * <p>Not thread-safe: one accumulator per return, fed by one parser.
 */
public class MeasureAccumulator implements ChildVisitor {
  /** Codes always present in the event, zero when nothing was counted. */
  static final List<String> FIXED_CODES =
      List.of(
          REFERRALS, REREFERRALS_WITHIN_12_MONTHS, REFERRALS_NFA, REFERRALS_OPEN_CASE,
          REFERRALS_ASSESSED_NOT_IN_NEED, ASSESSMENTS_COMPLETED, ASSESSMENTS_WITHIN_45_DAYS,
          S47_ENQUIRIES, ICPCS, S47_LEADING_TO_ICPC, ICPC_WITHIN_15_DAYS, CPP_STARTS, CPP_AT_31_MARCH,
          CPP_ENDED, CPP_ENDED_2_YEARS_PLUS, CPP_OPEN_2_YEARS_PLUS_AT_31_MARCH,
          CPP_SECOND_OR_SUBSEQUENT, CPP_SECOND_WITHIN_2_YEARS, CPP_REVIEWS_DUE, CPP_REVIEWS_ON_TIME,
          CIN_AT_31_MARCH, CIN_EPISODES_IN_YEAR, CIN_CHILDREN_IN_YEAR, CIN_EPISODES_ENDED);

  static final List<String> SOURCE_GROUPS =
      List.of("POLICE", "HEALTH", "SCHOOLS_EARLY_YEARS", "LA_SERVICES", "VOLUNTARY", "INDIVIDUAL", "OTHER", "UNKNOWN");

  static final Map<String, String> CATEGORIES =
      Map.of("NEG", "NEGLECT", "PHY", "PHYSICAL_ABUSE", "EMO", "EMOTIONAL_ABUSE", "SAB", "SEXUAL_ABUSE", "MUL", "MULTIPLE");

  private final String laOldCode;
  private final int collectionYear;
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final WorkingDays workingDays;
  private final Function<String, String> childKeys;

  private final Map<String, Long> counts = new TreeMap<>();
  private final Map<String, Map<Integer, Long>> distributions = new TreeMap<>();
  private final List<ChildTimeline> timelines = new ArrayList<>();
  private final Set<String> seenKeys = new HashSet<>();
  private long children;

  /**
   * @param childKeys maps an LAchildID to its salted key (never the ID itself)
   */
  public MeasureAccumulator(String laOldCode, int collectionYear, WorkingDays workingDays, Function<String, String> childKeys) {
    this.laOldCode = laOldCode;
    this.collectionYear = collectionYear;
    this.periodStart = CollectionYear.of(collectionYear).start();
    this.periodEnd = CollectionYear.of(collectionYear).censusDate();
    this.workingDays = workingDays;
    this.childKeys = childKeys;
    FIXED_CODES.forEach(c -> counts.put(c, 0L));
    SOURCE_GROUPS.forEach(g -> counts.put(REFERRALS_SOURCE_PREFIX + g, 0L));
    CATEGORIES.values().forEach(c -> counts.put(CPP_STARTS_CATEGORY_PREFIX + c, 0L));
  }

  public String laOldCode() {
    return laOldCode;
  }

  public int collectionYear() {
    return collectionYear;
  }

  /** Children seen so far. */
  public long children() {
    return children;
  }

  @Override
  public void visit(CinChild child) {
    children++;
    String key = childKeys.apply(child.laChildId() == null ? "" : child.laChildId().trim());
    if (!seenKeys.add(key)) {
      // A duplicate LAchildID (rule 8510) would double count; the return is rejected anyway.
      return;
    }
    List<LocalDate> referralDates = new ArrayList<>();
    List<PlanFact> plans = new ArrayList<>();
    boolean cinAt31March = false;
    boolean cinInYear = false;
    for (CinDetails episode : child.cinDetails()) {
      LocalDate referral = episode.cinReferralDate();
      if (referral != null) {
        referralDates.add(referral);
      }
      boolean nfa = episode.nfa();
      if (referral != null && inPeriod(referral)) {
        add(REFERRALS);
        add(REFERRALS_SOURCE_PREFIX + sourceGroup(episode.referralSource()));
        add(nfa ? REFERRALS_NFA : REFERRALS_OPEN_CASE);
        if (!nfa && "RC8".equals(episode.reasonForClosure())) {
          add(REFERRALS_ASSESSED_NOT_IN_NEED);
        }
      }
      if (!nfa && referral != null && !referral.isAfter(periodEnd)) {
        LocalDate closure = episode.cinClosureDate();
        boolean openInYear = closure == null || !closure.isBefore(periodStart);
        if (openInYear) {
          add(CIN_EPISODES_IN_YEAR);
          cinInYear = true;
        }
        if (closure != null && inPeriod(closure)) {
          add(CIN_EPISODES_ENDED);
        }
        if (closure == null || closure.isAfter(periodEnd)) {
          cinAt31March = true;
          addDays(DAYS_CIN_EPISODE_OPEN, (int) ChronoUnit.DAYS.between(referral, periodEnd));
        }
      }
      for (Assessment a : episode.assessments()) {
        LocalDate done = a.authorisationDate();
        if (done != null && inPeriod(done)) {
          add(ASSESSMENTS_COMPLETED);
          if (referral != null) {
            addTimeliness(referral, done, DAYS_REFERRAL_TO_ASSESSMENT, 45, ASSESSMENTS_WITHIN_45_DAYS);
          }
          a.factors().stream().filter(f -> f != null && !f.isBlank()).map(String::strip).distinct().sorted()
              .forEach(factor -> add(ASSESSMENT_FACTOR_PREFIX + factor));
        }
      }
      for (Section47 s47 : episode.section47s()) {
        LocalDate start = s47.actualStartDate();
        LocalDate icpc = s47.dateOfInitialCpc();
        if (start != null && inPeriod(start)) {
          add(S47_ENQUIRIES);
          if (icpc != null) {
            add(S47_LEADING_TO_ICPC);
          }
        }
        if (icpc != null && inPeriod(icpc)) {
          add(ICPCS);
          if (start != null) {
            addTimeliness(start, icpc, DAYS_S47_TO_ICPC, 15, ICPC_WITHIN_15_DAYS);
          }
        }
      }
      if (episode.dateOfInitialCpc() != null && inPeriod(episode.dateOfInitialCpc())) {
        add(ICPCS);
      }
      for (ChildProtectionPlan plan : episode.childProtectionPlans()) {
        countPlan(plan);
        if (plan.startDate() != null) {
          plans.add(new PlanFact(plan.startDate(), plan.endDate(), plan.numberOfPreviousCpp()));
        }
      }
    }
    if (cinAt31March) {
      add(CIN_AT_31_MARCH);
    }
    if (cinInYear) {
      add(CIN_CHILDREN_IN_YEAR);
    }
    timelines.add(new ChildTimeline(key, referralDates.stream().distinct().sorted().toList(), List.copyOf(plans)));
  }

  private void countPlan(ChildProtectionPlan plan) {
    LocalDate start = plan.startDate();
    if (start == null) {
      return;
    }
    LocalDate end = plan.endDate();
    if (inPeriod(start)) {
      add(CPP_STARTS);
      String category = category(plan.initialCategoryOfAbuse());
      if (category != null) {
        add(CPP_STARTS_CATEGORY_PREFIX + category);
      }
    }
    if (end != null && inPeriod(end)) {
      add(CPP_ENDED);
      addDays(DAYS_CPP_DURATION_ENDED, (int) ChronoUnit.DAYS.between(start, end));
      if (!end.isBefore(start.plusYears(2))) {
        add(CPP_ENDED_2_YEARS_PLUS);
      }
    }
    if (!start.isAfter(periodEnd) && (end == null || end.isAfter(periodEnd))) {
      add(CPP_AT_31_MARCH);
      if (!periodEnd.isBefore(start.plusYears(2))) {
        add(CPP_OPEN_2_YEARS_PLUS_AT_31_MARCH);
      }
    }
    // Review timeliness: first review within 3 months of the start, later ones within 6 months.
    LocalDate previous = start;
    boolean first = true;
    for (LocalDate review : plan.reviewDates().stream().filter(java.util.Objects::nonNull).sorted().toList()) {
      if (inPeriod(review)) {
        add(CPP_REVIEWS_DUE);
        LocalDate due = first ? previous.plusMonths(3) : previous.plusMonths(6);
        if (!review.isAfter(due)) {
          add(CPP_REVIEWS_ON_TIME);
        }
      }
      previous = review;
      first = false;
    }
  }

  /**
   * The framework's category for a census category-of-abuse code; null for an absent, empty or
   * unknown code (rule 8905 reports it). {@code Map.of(...).get(null)} throws, hence the guard:
   * an empty {@code InitialCategoryOfAbuse} once answered a whole return with 500.
   */
  static String category(String code) {
    return code == null ? null : CATEGORIES.get(code.strip());
  }

  /**
   * Groups the census referral source codes into the framework's referral sources. 4 (housing), 7
   * (other legal agency) and 9 (anonymous) count as OTHER; 8 ("other, including children's
   * centres and voluntary organisations") as VOLUNTARY.
   */
  static String sourceGroup(String code) {
    if (code == null) {
      return "UNKNOWN";
    }
    String c = code.trim().toUpperCase();
    if (c.matches("1[A-D]")) {
      return "INDIVIDUAL";
    }
    if (c.matches("2[AB]")) {
      return "SCHOOLS_EARLY_YEARS";
    }
    if (c.matches("3[A-F]")) {
      return "HEALTH";
    }
    if (c.matches("5[A-D]")) {
      return "LA_SERVICES";
    }
    return switch (c) {
      case "6" -> "POLICE";
      case "8" -> "VOLUNTARY";
      case "4", "7", "9" -> "OTHER";
      default -> "UNKNOWN";
    };
  }

  private boolean inPeriod(LocalDate d) {
    return !d.isBefore(periodStart) && !d.isAfter(periodEnd);
  }

  private void add(String code) {
    counts.merge(code, 1L, Long::sum);
  }

  private void addDays(String code, int days) {
    distributions.computeIfAbsent(code, k -> new TreeMap<>()).merge(days, 1L, Long::sum);
  }

  /**
   * Working days from {@code from} to {@code to} into the distribution {@code daysCode}, and one
   * {@code withinCode} when they are at most {@code limit} (signed: reversed dates count as within).
   */
  private void addTimeliness(LocalDate from, LocalDate to, String daysCode, int limit, String withinCode) {
    int days = workingDays.between(from, to);
    addDays(daysCode, days);
    if (days <= limit) {
      add(withinCode);
    }
  }

  /**
   * Completes the counts that need history: re-referrals within 12 months and second or
   * subsequent plans, using the child's other episodes in this return and its history from the
   * LA's earlier returns.
   */
  public Result finish(History history) {
    Map<String, Long> result = new TreeMap<>(counts);
    HistoryCounts.of(collectionYear, timelines, history).writeInto(result);
    Map<String, Map<Integer, Long>> dists = new TreeMap<>();
    distributions.forEach((k, v) -> dists.put(k, new TreeMap<>(v)));
    return new Result(result, dists);
  }

  /** The children's compact timelines, to be stored as history for later returns. */
  public List<ChildTimeline> timelines() {
    return timelines;
  }

  /** What one child contributes to later returns' history: no identifiers, a salted key. */
  public record ChildTimeline(String key, List<LocalDate> referralDates, List<PlanFact> plans) {}

  public record PlanFact(LocalDate start, LocalDate end, Integer numberOfPreviousCpp) {}

  /** The final counts and day distributions of a return. */
  public record Result(Map<String, Long> counts, Map<String, Map<Integer, Long>> distributions) {}

  /** Earlier referrals and plans of the LA's children, from previous accepted returns. */
  public interface History {
    History EMPTY =
        new History() {
          @Override
          public List<LocalDate> referralDates(String childKey) {
            return List.of();
          }

          @Override
          public List<Plan> plans(String childKey) {
            return List.of();
          }
        };

    List<LocalDate> referralDates(String childKey);

    List<Plan> plans(String childKey);

    record Plan(LocalDate start, LocalDate end) {}
  }
}
