package uk.gov.safeguarding.ingestion.cin.rules;

import static uk.gov.safeguarding.ingestion.cin.rules.ChildIdentifierRules.p;
import static uk.gov.safeguarding.ingestion.cin.rules.CinRule.child;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import uk.gov.safeguarding.ingestion.cin.model.ChildProtectionPlan;
import uk.gov.safeguarding.ingestion.cin.model.CinChild;
import uk.gov.safeguarding.ingestion.cin.model.CinDetails;
import uk.gov.safeguarding.ingestion.cin.model.CinPlanDates;

/** ChildProtectionPlans (with Reviews) and CINPlanDates modules, and how the two plans interact. */
final class PlanRules {
  private PlanRules() {}

  /** A module instance with its episode and path. */
  record At<T>(T item, CinDetails episode, String path) {}

  static List<At<ChildProtectionPlan>> cpps(CinChild c) {
    return all(c, CinDetails::childProtectionPlans, (d, i) -> p(d) + "/ChildProtectionPlans[" + (i + 1) + "]");
  }

  static List<At<CinPlanDates>> cinPlans(CinChild c) {
    return all(c, CinDetails::cinPlanDates, (d, i) -> p(d) + "/CINPlanDates[" + (i + 1) + "]");
  }

  private static <T> List<At<T>> all(CinChild c, Function<CinDetails, List<T>> items, BiFunction<CinDetails, Integer, String> path) {
    List<At<T>> out = new ArrayList<>();
    for (CinDetails d : c.cinDetails()) {
      List<T> list = items.apply(d);
      for (int i = 0; i < list.size(); i++) {
        out.add(new At<>(list.get(i), d, path.apply(d, i)));
      }
    }
    return out;
  }

  @FunctionalInterface
  interface CppCheck {
    void check(ChildProtectionPlan cpp, String path, CinDetails d, CinChild c, RuleContext x, Flags f);
  }

  @FunctionalInterface
  interface PlanCheck {
    void check(CinPlanDates plan, String path, CinDetails d, CinChild c, RuleContext x, Flags f);
  }

  private static CinRule cpp(String code, CppCheck check) {
    return child(code, (c, x, f) -> cpps(c).forEach(a -> check.check(a.item(), a.path(), a.episode(), c, x, f)));
  }

  private static CinRule plan(String code, PlanCheck check) {
    return child(code, (c, x, f) -> cinPlans(c).forEach(a -> check.check(a.item(), a.path(), a.episode(), c, x, f)));
  }

  static List<CinRule> rules() {
    return List.of(
        // --- Child protection plans
        cpp("1105", (cpp, path, d, c, x, f) -> {
          if (D.before(cpp.startDate(), d.cinReferralDate())) {
            f.flag(path, "CPPstartDate", cpp.startDate());
          }
        }),
        // When the episode records an ICPC, a plan starting this year starts on that day.
        cpp("2885", (cpp, path, d, c, x, f) -> {
          List<LocalDate> icpcs = new ArrayList<>();
          if (d.dateOfInitialCpc() != null) {
            icpcs.add(d.dateOfInitialCpc());
          }
          d.section47s().stream().map(s -> s.dateOfInitialCpc()).filter(java.util.Objects::nonNull).forEach(icpcs::add);
          if (x.inPeriod(cpp.startDate()) && !icpcs.isEmpty() && !icpcs.contains(cpp.startDate())) {
            f.flag(path, "CPPstartDate", cpp.startDate());
          }
        }),
        cpp("8720", (cpp, path, d, c, x, f) -> {
          if (cpp.startDate() == null || cpp.startDate().isAfter(x.periodEnd())) {
            f.flag(path, "CPPstartDate", cpp.startDate());
          }
        }),
        cpp("8730", (cpp, path, d, c, x, f) -> {
          if (cpp.numberOfPreviousCpp() == null) {
            f.flag(path, "NumberOfPreviousCPP", null);
          }
        }),
        cpp("8832", (cpp, path, d, c, x, f) -> {
          if (d.nfa()) {
            f.flag(path, "ReferralNFA", d.referralNfaRaw());
          }
        }),
        cpp("8840", (cpp, path, d, c, x, f) -> {
          if (D.same(cpp.startDate(), cpp.endDate())) {
            f.flag(path, "CPPendDate", cpp.endDate());
          }
        }),
        cpp("8841", (cpp, path, d, c, x, f) -> {
          for (int i = 0; i < cpp.reviewDates().size(); i++) {
            LocalDate r = cpp.reviewDates().get(i);
            if (r != null && cpp.startDate() != null && !r.isAfter(cpp.startDate())) {
              f.flag(path + "/Reviews/CPPreviewDate[" + (i + 1) + "]", "CPPreviewDate", r);
            }
          }
        }),
        cpp("8842Q", (cpp, path, d, c, x, f) -> {
          for (int i = 0; i < cpp.reviewDates().size(); i++) {
            if (cpp.reviewDates().get(i) == null) {
              f.flag(path + "/Reviews/CPPreviewDate[" + (i + 1) + "]", "CPPreviewDate", null);
            }
          }
        }),
        cpp("8905", (cpp, path, d, c, x, f) -> {
          if (!Codes.isCode(Codes.CATEGORY_OF_ABUSE, cpp.initialCategoryOfAbuse())) {
            f.flag(path, "InitialCategoryOfAbuse", cpp.initialCategoryOfAbuse());
          }
        }),
        cpp("8910", (cpp, path, d, c, x, f) -> {
          if (!Codes.isCode(Codes.CATEGORY_OF_ABUSE, cpp.latestCategoryOfAbuse())) {
            f.flag(path, "LatestCategoryOfAbuse", cpp.latestCategoryOfAbuse());
          }
        }),
        cpp("8915", (cpp, path, d, c, x, f) -> {
          if (D.after(cpp.startDate(), c.personDeathDate())) {
            f.flag(path, "CPPstartDate", cpp.startDate());
          }
        }),
        cpp("8920", (cpp, path, d, c, x, f) -> {
          if (D.after(cpp.endDate(), c.personDeathDate())) {
            f.flag(path, "CPPendDate", cpp.endDate());
          }
        }),
        cpp("8925", (cpp, path, d, c, x, f) -> {
          if (D.before(cpp.endDate(), cpp.startDate())) {
            f.flag(path, "CPPendDate", cpp.endDate());
          }
        }),
        cpp("8930", (cpp, path, d, c, x, f) -> {
          if (cpp.endDate() != null && !x.inPeriod(cpp.endDate())) {
            f.flag(path, "CPPendDate", cpp.endDate());
          }
        }),
        child("8935", (c, x, f) -> {
          List<At<ChildProtectionPlan>> open = cpps(c).stream().filter(a -> a.item().endDate() == null).toList();
          if (open.size() > 1) {
            open.forEach(a -> f.flag(a.path(), "CPPendDate", null));
          }
        }),
        child("8940", (c, x, f) -> overlaps(cpps(c), ChildProtectionPlan::startDate, ChildProtectionPlan::endDate, "CPPstartDate", f)),
        // --- CIN plans
        plan("4000", (pl, path, d, c, x, f) -> {
          if (d.nfa()) {
            f.flag(path, "ReferralNFA", d.referralNfaRaw());
          }
        }),
        plan("4010", (pl, path, d, c, x, f) -> {
          if (pl.startDate() == null || pl.startDate().isAfter(x.periodEnd())) {
            f.flag(path, "CINPlanStartDate", pl.startDate());
          }
        }),
        plan("4011", (pl, path, d, c, x, f) -> {
          if (D.before(pl.endDate(), pl.startDate())) {
            f.flag(path, "CINPlanEndDate", pl.endDate());
          }
        }),
        plan("4012Q", (pl, path, d, c, x, f) -> {
          if (D.same(pl.startDate(), pl.endDate())) {
            f.flag(path, "CINPlanEndDate", pl.endDate());
          }
        }),
        plan("4013", (pl, path, d, c, x, f) -> {
          if (pl.endDate() != null && !x.inPeriod(pl.endDate())) {
            f.flag(path, "CINPlanEndDate", pl.endDate());
          }
        }),
        plan("4015", (pl, path, d, c, x, f) -> {
          if (D.before(pl.startDate(), d.cinReferralDate())) {
            f.flag(path, "CINPlanStartDate", pl.startDate());
          }
        }),
        child("4004", (c, x, f) -> {
          List<At<CinPlanDates>> open = cinPlans(c).stream().filter(a -> a.item().endDate() == null).toList();
          if (open.size() > 1) {
            open.forEach(a -> f.flag(a.path(), "CINPlanEndDate", null));
          }
        }),
        child("4014", (c, x, f) -> overlaps(cinPlans(c), CinPlanDates::startDate, CinPlanDates::endDate, "CINPlanStartDate", f)),
        // --- CIN plans against child protection plans: a child is on one or the other, not both
        // (a CIN plan may end the day a CPP starts and vice versa).
        child("4001", (c, x, f) -> {
          boolean openCpp = cpps(c).stream().anyMatch(a -> a.item().startDate() != null && a.item().endDate() == null);
          if (openCpp) {
            cinPlans(c).stream().filter(a -> a.item().startDate() != null && a.item().endDate() == null).forEach(a -> f.flag(a.path(), "CINPlanEndDate", null));
          }
        }),
        child("4016", (c, x, f) -> {
          for (At<CinPlanDates> pl : cinPlans(c)) {
            if (cpps(c).stream().anyMatch(cp -> D.strictlyWithin(pl.item().startDate(), cp.item().startDate(), cp.item().endDate()))) {
              f.flag(pl.path(), "CINPlanStartDate", pl.item().startDate());
            }
          }
        }),
        child("4017", (c, x, f) -> {
          for (At<CinPlanDates> pl : cinPlans(c)) {
            for (At<ChildProtectionPlan> cp : cpps(c)) {
              if (D.strictlyWithin(cp.item().startDate(), pl.item().startDate(), pl.item().endDate())) {
                f.flag(pl.path(), "CINPlanEndDate", pl.item().endDate());
                break;
              }
            }
          }
        }),
        child("4003", (c, x, f) -> {
          for (At<ChildProtectionPlan> cp : cpps(c)) {
            List<LocalDate> reviews = cp.item().reviewDates();
            for (int i = 0; i < reviews.size(); i++) {
              LocalDate r = reviews.get(i);
              if (cinPlans(c).stream().anyMatch(pl -> D.strictlyWithin(r, pl.item().startDate(), pl.item().endDate()))) {
                f.flag(cp.path() + "/Reviews/CPPreviewDate[" + (i + 1) + "]", "CPPreviewDate", r);
              }
            }
          }
        }));
  }

  /** Flags each plan that starts before the previous one (by start date) has ended. */
  private static <T> void overlaps(List<At<T>> plans, Function<T, LocalDate> start, Function<T, LocalDate> end, String field, Flags f) {
    List<At<T>> sorted = new ArrayList<>(plans.stream().filter(a -> start.apply(a.item()) != null).toList());
    sorted.sort(Comparator.comparing(a -> start.apply(a.item())));
    for (int i = 1; i < sorted.size(); i++) {
      LocalDate prevEnd = end.apply(sorted.get(i - 1).item());
      LocalDate nextStart = start.apply(sorted.get(i).item());
      if (prevEnd == null || nextStart.isBefore(prevEnd)) {
        f.flag(sorted.get(i).path(), field, nextStart);
      }
    }
  }
}
