package uk.gov.safeguarding.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.safeguarding.reference.period.CollectionYear;
import uk.gov.safeguarding.synthetic.CinSimulator.Child;
import uk.gov.safeguarding.synthetic.CinSimulator.Episode;

/**
 * What the simulation knows happened in one collection year, counted from its own event history
 * (not from the XML): the reference against which a pipeline's derived measures are checked. Keys
 * use the names of the measure vocabulary (events MeasureCodes).
 */
public final class GroundTruth {
  private GroundTruth() {}

  public static Map<String, Long> of(List<Child> children, int collectionYear) {
    LocalDate start = CollectionYear.of(collectionYear).start();
    LocalDate end = CollectionYear.of(collectionYear).censusDate();
    long referrals = 0, nfa = 0, rereferrals = 0, s47 = 0, icpcs = 0, cppStarts = 0, cppOpen = 0, cinOpen = 0, notInNeed = 0;
    for (Child c : children) {
      boolean open = false;
      LocalDate previous = null;
      for (Episode e : c.episodes) {
        if (in(e.referral, start, end)) {
          referrals++;
          if (e.nfa) {
            nfa++;
          }
          // the return shows a closure reason only once the episode has closed by 31 March
          if ("RC8".equals(e.reason) && !e.nfa && e.closure != null && !e.closure.isAfter(end)) {
            notInNeed++;
          }
          if (previous != null && !previous.isBefore(e.referral.minusMonths(12))) {
            rereferrals++;
          }
        }
        previous = e.referral;
        if (!e.nfa && !e.referral.isAfter(end) && (e.closure == null || e.closure.isAfter(end))) {
          open = true;
        }
        for (var s : e.s47s) {
          if (in(s.start(), start, end)) {
            s47++;
          }
          if (s.icpc() != null && in(s.icpc(), start, end)) {
            icpcs++;
          }
        }
        for (var p : e.plans) {
          if (in(p.start(), start, end)) {
            cppStarts++;
          }
          if (!p.start().isAfter(end) && p.end().isAfter(end)) {
            cppOpen++;
          }
        }
      }
      if (open) {
        cinOpen++;
      }
    }
    Map<String, Long> m = new TreeMap<>();
    m.put("REFERRALS", referrals);
    m.put("REFERRALS_NFA", nfa);
    m.put("REFERRALS_ASSESSED_NOT_IN_NEED", notInNeed);
    m.put("REREFERRALS_WITHIN_12_MONTHS", rereferrals);
    m.put("S47_ENQUIRIES", s47);
    m.put("ICPCS", icpcs);
    m.put("CPP_STARTS", cppStarts);
    m.put("CPP_AT_31_MARCH", cppOpen);
    m.put("CIN_AT_31_MARCH", cinOpen);
    return m;
  }

  private static boolean in(LocalDate d, LocalDate start, LocalDate end) {
    return !d.isBefore(start) && !d.isAfter(end);
  }
}
