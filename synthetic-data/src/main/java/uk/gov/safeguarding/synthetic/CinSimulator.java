package uk.gov.safeguarding.synthetic;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.gov.safeguarding.reference.calendar.WorkingDays;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * Simulates one LA's children's social care activity day by day over the collection years asked
 * for (plus three burn-in years), so that the same children persist across years and re-referrals
 * and repeat plans arise naturally. Every child is synthetic: random ids, dates and
 * characteristics. Volumes follow the LA's published figures ({@link Calibration}) times {@code
 * scale}. Deterministic for a given seed.
 */
public final class CinSimulator {
  static final int BURN_IN_YEARS = 3;
  static final double P_NFA = 0.07;
  private static final WorkingDays WORKING_DAYS = WorkingDays.england();

  private final Calibration calibration;

  public CinSimulator(Calibration calibration) {
    this.calibration = calibration;
  }

  /** One synthetic child and its whole history. */
  public static final class Child {
    public final String id;
    public final String upn;
    public final LocalDate birthDate;
    public final String sex;
    public final String ethnicity;
    public final List<String> disabilities;
    public final List<Episode> episodes = new ArrayList<>();
    /** Plans before the simulation (or in another LA), reported in NumberOfPreviousCPP. */
    int plansBefore;

    Child(String id, String upn, LocalDate birthDate, String sex, String ethnicity, List<String> disabilities) {
      this.id = id;
      this.upn = upn;
      this.birthDate = birthDate;
      this.sex = sex;
      this.ethnicity = ethnicity;
      this.disabilities = disabilities;
    }

    Episode last() {
      return episodes.isEmpty() ? null : episodes.get(episodes.size() - 1);
    }

    int plansSoFar() {
      return plansBefore + (int) episodes.stream().mapToLong(e -> e.plans.size()).sum();
    }
  }

  /** A referral and what followed it; every date is decided when the referral happens. */
  public static final class Episode {
    public LocalDate referral;
    public String source;
    public String primaryNeed;
    public boolean nfa;
    public LocalDate closure;
    public String reason;
    public final List<Assessment> assessments = new ArrayList<>();
    public final List<S47> s47s = new ArrayList<>();
    public final List<Plan> plans = new ArrayList<>();
    public final List<CinPlan> cinPlans = new ArrayList<>();
  }

  public record Assessment(LocalDate start, LocalDate authorisation, List<String> factors) {}

  public record S47(LocalDate start, LocalDate target, LocalDate icpc, boolean icpcNotRequired) {}

  public record Plan(LocalDate start, LocalDate end, String category, int previousPlans, List<LocalDate> reviews) {}

  public record CinPlan(LocalDate start, LocalDate end) {}

  /** The simulated LA: its children with their full histories. */
  public record LaHistory(String laOldCode, List<Child> children) {}

  public LaHistory simulate(String la, int firstYear, int lastYear, double scale, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed ^ (la.hashCode() * 0x9E3779B97F4A7C15L));
    List<Child> children = new ArrayList<>();
    long[] serial = {0};
    int recentFrom = 0;
    List<Child> recent = new ArrayList<>();
    List<LocalDate> recentDates = new ArrayList<>();
    for (int year = firstYear - BURN_IN_YEARS; year <= lastYear; year++) {
      int target = year;
      double pop = calibration.get(la, target, "population_0_17");
      double refRate = calibration.get(la, target, "referral_rate");
      int n = (int) Math.round(refRate * pop / 10_000 * scale * (0.97 + 0.06 * rnd.nextDouble()));
      LocalDate start = CollectionYear.of(year).start();
      LocalDate yearEnd = CollectionYear.of(year).censusDate();
      int days = (int) ChronoUnit.DAYS.between(start, yearEnd) + 1;
      List<LocalDate> dates = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        dates.add(workingDaysAfter(start.plusDays(rnd.nextInt(days)), 0));
      }
      dates.removeIf(d -> d.isAfter(yearEnd));
      dates.sort(null);
      Targets t = new Targets(calibration, la, target);
      for (LocalDate r : dates) {
        while (recentFrom < recentDates.size() && recentDates.get(recentFrom).isBefore(r.minusMonths(12))) {
          recentFrom++;
        }
        Child child = null;
        if (rnd.nextDouble() < t.rereferral && recentFrom < recent.size()) {
          for (int tries = 0; tries < 12 && child == null; tries++) {
            Child c = recent.get(recentFrom + rnd.nextInt(recent.size() - recentFrom));
            Episode last = c.last();
            if (last != null && last.closure != null && last.closure.isBefore(r) && c.birthDate.plusYears(17).isAfter(r)) {
              child = c;
            }
          }
        }
        if (child == null) {
          child = newChild(la, ++serial[0], r, rnd);
          children.add(child);
        }
        Episode e = episode(child, r, t, rnd);
        child.episodes.add(e);
        recent.add(child);
        recentDates.add(r);
      }
      // keep the recent window across the year boundary
      if (recentFrom > 0) {
        recent.subList(0, recentFrom).clear();
        recentDates.subList(0, recentFrom).clear();
        recentFrom = 0;
      }
    }
    return new LaHistory(la, children);
  }

  /** Probabilities for one LA and year, from its published figures. */
  static final class Targets {
    final double rereferral;
    final double notInNeed;
    final double s47;
    final double icpc;
    final double cpp;
    final double meanPlanDays;
    final double plans2Years;
    final double previousPlan;
    final double[] icpcBuckets;
    final double police;
    final double health;
    final double school;

    Targets(Calibration c, String la, int year) {
      double referrals = c.get(la, year, "referral_rate");
      rereferral = c.get(la, year, "rereferral_pct") / 100;
      notInNeed = clamp(c.get(la, year, "not_in_need_pct") / 100 / (1 - P_NFA), 0, 0.8);
      double afterAssessment = referrals * (1 - P_NFA) * (1 - notInNeed);
      s47 = clamp(c.get(la, year, "s47_rate") / afterAssessment, 0.05, 0.95);
      icpc = clamp(c.get(la, year, "icpc_rate") / c.get(la, year, "s47_rate"), 0.05, 0.95);
      cpp = clamp(c.get(la, year, "cpp_start_rate") / c.get(la, year, "icpc_rate"), 0.3, 1.0);
      meanPlanDays = clamp(c.get(la, year, "cpp_rate") / c.get(la, year, "cpp_start_rate") * 365, 120, 700);
      plans2Years = clamp(c.get(la, year, "cpp_2yrs_pct") / 100, 0, 0.3);
      previousPlan = clamp(c.get(la, year, "prev_cpp_pct") / 100, 0, 0.6);
      icpcBuckets =
          new double[] {
            c.get(la, year, "icpc_0_10"), c.get(la, year, "icpc_11_15"), c.get(la, year, "icpc_16_20"), c.get(la, year, "icpc_21_plus")
          };
      police = c.get(la, year, "src_police_pct") / 100;
      health = c.get(la, year, "src_health_pct") / 100;
      school = c.get(la, year, "src_school_pct") / 100;
    }

    static double clamp(double v, double lo, double hi) {
      return Double.isNaN(v) ? lo : Math.max(lo, Math.min(hi, v));
    }
  }

  static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MWAS", "MOTH", "AIND", "APKN", "ABAN", "BAFR", "BCRB", "CHNE", "OOTH", "WIRI", "NOBT"};
  static final String[] DISABILITIES = {"MOB", "HAND", "PC", "INC", "COMM", "LD", "HEAR", "VIS", "BEH", "CON", "AUT", "DDA"};
  static final String[] FACTORS = {"1B", "2B", "3A", "3B", "4A", "4B", "5A", "6B", "7A", "10A", "11A", "14A", "15A", "16A", "17A", "18B", "18C", "19B", "19C", "20", "24A"};
  static final String[] NEEDS = {"N1", "N1", "N1", "N1", "N1", "N2", "N3", "N4", "N4", "N5", "N5", "N6", "N8", "N9"};
  static final String[] CATEGORIES = {"NEG", "NEG", "NEG", "NEG", "NEG", "EMO", "EMO", "EMO", "EMO", "PHY", "SAB", "MUL"};

  private static Child newChild(String la, long serial, LocalDate referral, SplittableRandom rnd) {
    LocalDate dob = referral.minusDays(1 + rnd.nextInt(17 * 365));
    List<String> disabilities = new ArrayList<>();
    if (rnd.nextDouble() < 0.12) {
      int k = 1 + rnd.nextInt(3);
      while (disabilities.size() < k) {
        String d = DISABILITIES[rnd.nextInt(DISABILITIES.length)];
        if (!disabilities.contains(d)) {
          disabilities.add(d);
        }
      }
    } else {
      disabilities.add("NONE");
    }
    return new Child(
        "SYN" + la + String.format("%07d", serial),
        Upn.of(la, 100_000 + serial),
        dob,
        rnd.nextBoolean() ? "M" : "F",
        ETHNICITIES[rnd.nextInt(ETHNICITIES.length)],
        List.copyOf(disabilities));
  }

  /**
   * The {@code n}-th working day after {@code from}, counted from the first working day on or after
   * it (n = 0: that day), so generated dates never fall on a weekend or bank holiday and never
   * before {@code from}.
   */
  static LocalDate workingDaysAfter(LocalDate from, int n) {
    return WORKING_DAYS.plus(WORKING_DAYS.onOrAfter(from), n);
  }

  private static Episode episode(Child child, LocalDate r, Targets t, SplittableRandom rnd) {
    Episode e = new Episode();
    e.referral = r;
    e.source = source(t, rnd);
    if (rnd.nextDouble() < P_NFA) {
      e.nfa = true;
      e.closure = r;
      e.reason = "RC7";
      return e;
    }
    e.primaryNeed = NEEDS[rnd.nextInt(NEEDS.length)];
    LocalDate aStart = workingDaysAfter(r, rnd.nextInt(3));
    int wd = rnd.nextDouble() < 0.86 ? 5 + rnd.nextInt(41) : 46 + rnd.nextInt(35);
    LocalDate auth = workingDaysAfter(r, wd);
    e.assessments.add(new Assessment(aStart, auth, factors(rnd)));
    LocalDate closure;
    if (rnd.nextDouble() < t.notInNeed) {
      e.closure = auth;
      e.reason = "RC8";
      return e;
    }
    if (rnd.nextDouble() < t.s47) {
      LocalDate s47Start = workingDaysAfter(aStart, rnd.nextInt(4));
      if (rnd.nextDouble() < t.icpc) {
        LocalDate icpc = workingDaysAfter(s47Start, icpcDelay(t, rnd));
        e.s47s.add(new S47(s47Start, workingDaysAfter(s47Start, 15), icpc, false));
        if (rnd.nextDouble() < t.cpp) {
          if (child.plansSoFar() == 0 && rnd.nextDouble() < t.previousPlan * 0.8) {
            child.plansBefore = 1;
          }
          int previous = child.plansSoFar();
          int duration = planDays(t, rnd);
          LocalDate end = icpc.plusDays(duration);
          List<LocalDate> reviews = new ArrayList<>();
          LocalDate review = workingDaysAfter(icpc.plusDays(60 + rnd.nextInt(30)), 0);
          while (review.isBefore(end)) {
            reviews.add(review);
            review = workingDaysAfter(review.plusDays(150 + rnd.nextInt(30)), 0);
          }
          String category = CATEGORIES[rnd.nextInt(CATEGORIES.length)];
          e.plans.add(new Plan(icpc, end, category, previous, List.copyOf(reviews)));
          closure = end;
          if (rnd.nextDouble() < 0.4) {
            LocalDate cinEnd = end.plusDays(61 + rnd.nextInt(180));
            e.cinPlans.add(new CinPlan(end.plusDays(1), cinEnd));
            closure = cinEnd;
          }
        } else {
          LocalDate cinEnd = icpc.plusDays(91 + rnd.nextInt(210));
          e.cinPlans.add(new CinPlan(icpc.plusDays(1), cinEnd));
          closure = cinEnd;
        }
      } else {
        e.s47s.add(new S47(s47Start, null, null, true));
        closure = cinPlanOrClose(e, auth, rnd, 0.5, 300);
      }
    } else {
      closure = cinPlanOrClose(e, auth, rnd, 0.6, 480);
    }
    e.closure = closure.isBefore(auth) ? auth : closure;
    e.reason = closingReason(rnd);
    return e;
  }

  private static LocalDate cinPlanOrClose(Episode e, LocalDate auth, SplittableRandom rnd, double pPlan, int maxDays) {
    if (rnd.nextDouble() < pPlan) {
      LocalDate start = auth.plusDays(1 + rnd.nextInt(10));
      LocalDate end = start.plusDays(60 + rnd.nextInt(maxDays));
      e.cinPlans.add(new CinPlan(start, end));
      return end;
    }
    return auth.plusDays(rnd.nextInt(30));
  }

  private static String closingReason(SplittableRandom rnd) {
    double u = rnd.nextDouble();
    return u < 0.85 ? "RC7" : u < 0.93 ? "RC5" : u < 0.97 ? "RC3" : "RC4";
  }

  private static int planDays(Targets t, SplittableRandom rnd) {
    if (rnd.nextDouble() < t.plans2Years) {
      return 731 + rnd.nextInt(200);
    }
    double mean = Math.max(90, (t.meanPlanDays - t.plans2Years * 830) / Math.max(0.01, 1 - t.plans2Years));
    for (int i = 0; i < 20; i++) {
      int d = 30 + (int) (-Math.log(1 - rnd.nextDouble()) * (mean - 30));
      if (d < 730) {
        return d;
      }
    }
    return 300;
  }

  private static int icpcDelay(Targets t, SplittableRandom rnd) {
    double total = t.icpcBuckets[0] + t.icpcBuckets[1] + t.icpcBuckets[2] + t.icpcBuckets[3];
    double u = rnd.nextDouble() * (total <= 0 ? 1 : total);
    if (total <= 0 || u < t.icpcBuckets[0]) {
      return 5 + rnd.nextInt(6);
    }
    if (u < t.icpcBuckets[0] + t.icpcBuckets[1]) {
      return 11 + rnd.nextInt(5);
    }
    if (u < t.icpcBuckets[0] + t.icpcBuckets[1] + t.icpcBuckets[2]) {
      return 16 + rnd.nextInt(5);
    }
    return 21 + rnd.nextInt(15);
  }

  private static String source(Targets t, SplittableRandom rnd) {
    double u = rnd.nextDouble();
    if (u < t.police) {
      return "6";
    }
    u -= t.police;
    if (u < t.health) {
      return new String[] {"3A", "3B", "3C", "3D", "3E", "3F"}[rnd.nextInt(6)];
    }
    u -= t.health;
    if (u < t.school) {
      return rnd.nextDouble() < 0.85 ? "2A" : "2B";
    }
    String[] others = {"1A", "1A", "1B", "1C", "1D", "4", "5A", "5B", "5C", "5D", "5D", "7", "8", "8", "9", "10"};
    return others[rnd.nextInt(others.length)];
  }

  private static List<String> factors(SplittableRandom rnd) {
    List<String> f = new ArrayList<>();
    int k = 1 + rnd.nextInt(3);
    while (f.size() < k) {
      String x = FACTORS[rnd.nextInt(FACTORS.length)];
      if (!f.contains(x)) {
        f.add(x);
      }
    }
    return List.copyOf(f);
  }
}
