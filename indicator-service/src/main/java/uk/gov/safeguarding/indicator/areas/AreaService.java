package uk.gov.safeguarding.indicator.areas;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.gov.safeguarding.indicator.catalogue.Catalogue;
import uk.gov.safeguarding.indicator.catalogue.IndicatorSpec;
import uk.gov.safeguarding.indicator.catalogue.Theme;
import uk.gov.safeguarding.indicator.computation.AreaDirectory;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.ModelFit;
import uk.gov.safeguarding.indicator.computation.YearCalculator;
import uk.gov.safeguarding.indicator.computation.YearResult;
import uk.gov.safeguarding.indicator.localquestions.LocalQuestion;
import uk.gov.safeguarding.indicator.localquestions.LocalQuestionCatalogue;
import uk.gov.safeguarding.indicator.localquestions.LocalQuestionsClient;
import uk.gov.safeguarding.indicator.snapshot.SnapshotStore;
import uk.gov.safeguarding.indicator.values.Access;
import uk.gov.safeguarding.indicator.values.Periods;
import uk.gov.safeguarding.indicator.values.ValueView;
import uk.gov.safeguarding.indicator.values.ValuesService;
import uk.gov.safeguarding.platform.problem.ProblemException;
import uk.gov.safeguarding.reference.LocalAuthority;

/** Neighbours, outliers and the LA data profile (consultation 2012, 4.10). */
@ApplicationScoped
public class AreaService {
  @Inject SnapshotStore store;
  @Inject Access access;
  @Inject ValuesService values;
  @Inject LocalQuestionsClient localQuestions;

  public AreaViews.Neighbours neighbours(String code) {
    LocalAuthority la = la(code);
    List<AreaViews.Neighbour> list = AreaDirectory.standard().neighbours(la.gssCode()).stream()
        .map(n -> new AreaViews.Neighbour(n.la().gssCode(), n.la().oldCode(), n.la().name(), n.rank(), n.closeness(), n.listedAs()))
        .toList();
    return new AreaViews.Neighbours(la.gssCode(), la.oldCode(), la.name(), la.regionCode(), list);
  }

  public AreaViews.Outliers outliers(String code, String period) {
    LocalAuthority la = readableLa(code);
    YearResult result = year(period);
    return new AreaViews.Outliers(la.gssCode(), result.period(), outliers(la, result));
  }

  public AreaViews.Profile profile(String code, String period) {
    LocalAuthority la = readableLa(code);
    YearResult result = year(period);
    Catalogue catalogue = Catalogue.standard();
    Map<String, ComputedValue> mine = result.values().stream()
        .filter(v -> v.areaCode().equals(la.gssCode()))
        .collect(Collectors.toMap(ComputedValue::indicatorId, Function.identity()));
    Map<String, ModelFit> models = result.models().stream().collect(Collectors.toMap(ModelFit::indicatorId, Function.identity()));
    Map<String, List<ValueView.TrendPoint>> trends = values.trendsOfArea(la.gssCode(), result.collectionYear(), store.years());
    List<AreaViews.ProfileTheme> themes = new ArrayList<>();
    List<AreaViews.ExpectedFinding> expected = new ArrayList<>();
    List<AreaViews.LineOfEnquiry> enquiries = new ArrayList<>();
    Optional<LocalQuestionsClient.Snapshot> local = localQuestions.read(la.oldCode());
    Map<String, List<LocalQuestion>> questionsByTheme = new HashMap<>();
    for (Theme theme : catalogue.themes()) {
      questionsByTheme.put(theme.id(), local.map(l -> LocalQuestionCatalogue.ofTheme(theme.id(), l.catalogue(), l.evidence(), l.evidenceBase(), la.oldCode()))
          .orElse(List.of()));
    }
    for (Theme theme : catalogue.themes()) {
      List<LocalQuestion> themeQuestions = questionsByTheme.get(theme.id());
      String askThem = EnquiryWording.ask(theme, themeQuestions);
      List<AreaViews.ProfileIndicator> indicators = new ArrayList<>();
      List<String> notCollected = new ArrayList<>();
      for (IndicatorSpec spec : catalogue.all()) {
        if (!spec.theme().equals(theme.id())) {
          continue;
        }
        if (!spec.computed()) {
          notCollected.add(spec.id());
          continue;
        }
        ComputedValue v = mine.get(spec.id());
        if (v == null) {
          continue;
        }
        ValueView view = ValuesService.viewOf(v, "england", trends.get(spec.id()));
        List<String> flags = new ArrayList<>();
        if (YearCalculator.significant(v.vsEngland95())) {
          flags.add((v.vsEngland998() != null && YearCalculator.significant(v.vsEngland998()) ? "99.8%: " : "95%: ") + v.vsEngland95() + " than England");
          enquiries.add(new AreaViews.LineOfEnquiry(theme.id(), spec.id(), spec.frameworkItem(),
              "Why is " + lower(spec.title()) + " " + describe(v.vsEngland95()) + " England (" + fmt(v.value()) + " against " + fmt(v.englandValue()) + ", " + spec.unit() + ")? " + askThem,
              theme.id(), themeQuestions));
        }
        if (YearCalculator.significant(v.vsNeighbours95())) {
          flags.add(v.vsNeighbours95() + " than statistical neighbours");
        }
        if (v.quintileLabel() != null && (v.quintile() == 1 || v.quintile() == 5)) {
          flags.add("quintile " + v.quintile() + " (" + v.quintileLabel() + ") among LAs");
        }
        if (v.expected() != null && !"NOT_SIGNIFICANT".equals(v.expected().funnelSignificance())) {
          flags.add("observed/expected " + fmt(v.expected().ratio()) + " (" + v.expected().funnelSignificance() + ")");
          ModelFit fit = models.get(spec.id());
          expected.add(new AreaViews.ExpectedFinding(spec.id(), spec.title(), v.value(), v.expected(), fit == null ? null : fit.rSquared()));
          enquiries.add(new AreaViews.LineOfEnquiry(theme.id(), spec.id(), spec.frameworkItem(),
              "Our " + lower(spec.title()) + " is " + (v.expected().ratio() > 1 ? "higher" : "lower") + " than our deprivation (free school meals) predicts: observed " + fmt(v.expected().observedCount()) + " against " + fmt(v.expected().expectedCount()) + " expected. What explains the difference? " + askThem,
              theme.id(), themeQuestions));
        }
        indicators.add(new AreaViews.ProfileIndicator(spec.id(), spec.title(), spec.unit(), spec.polarity(), view,
            v.regionValue(), v.neighboursValue(), v.vsRegion95(), v.vsNeighbours95(), v.expected(), flags));
      }
      themes.add(new AreaViews.ProfileTheme(theme.id(), theme.title(), indicators, notCollected));
    }
    return new AreaViews.Profile(la.gssCode(), la.oldCode(), la.name(), la.regionName(), result.period(), themes,
        outliers(la, result), expected, enquiries,
        local.isPresent() ? "AVAILABLE" : "UNAVAILABLE", local.map(l -> l.evidenceRead() ? "AVAILABLE" : "UNAVAILABLE").orElse("UNAVAILABLE"));
  }


  private List<AreaViews.Outlier> outliers(LocalAuthority la, YearResult result) {
    Catalogue catalogue = Catalogue.standard();
    return result.values().stream()
        .filter(v -> v.areaCode().equals(la.gssCode()) && YearCalculator.significant(v.vsEngland95()))
        .map(v -> {
          IndicatorSpec spec = catalogue.find(v.indicatorId()).orElseThrow();
          String direction = v.lower95() != null && v.englandValue() != null && v.lower95() > v.englandValue() ? "ABOVE" : "BELOW";
          return new AreaViews.Outlier(spec.id(), spec.title(), spec.theme(), spec.unit(), v.value(), v.lower95(), v.upper95(),
              v.englandValue(), v.vsEngland95(), v.vsEngland998(), direction);
        })
        .toList();
  }

  private YearResult year(String period) {
    int year = Periods.resolve(period, store.years());
    return store.year(year).orElseThrow(() -> ProblemException.notFound("No indicator values for this period"));
  }

  private LocalAuthority readableLa(String code) {
    LocalAuthority la = la(code);
    access.requireReader();
    access.requireLa(la.oldCode());
    return la;
  }

  private static LocalAuthority la(String code) {
    return AreaDirectory.standard().la(code)
        .orElseThrow(() -> ProblemException.notFound("No live local authority with this code"));
  }

  private static String describe(String outcome) {
    return switch (outcome) {
      case "BETTER" -> "better than";
      case "WORSE" -> "worse than";
      case "HIGHER" -> "higher than";
      case "LOWER" -> "lower than";
      default -> "similar to";
    };
  }

  private static String lower(String s) {
    return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
  }

  private static String fmt(Double d) {
    return d == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", d);
  }
}
