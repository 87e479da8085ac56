package uk.gov.safeguarding.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import uk.gov.safeguarding.reference.LocalAuthority;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * Synthetic other-source uploads (PUT /v1/source-data/{dataset}/{period}): per collection year and
 * dataset one CSV of counts (areaCode,numerator,denominator) for every LA, and an index the seed
 * reads ({@code uploads.tsv}: dataset, period, file, provenance query string). Deterministic for a
 * seed. Rates come from the LA's published figures where the project has them (free school meals,
 * hospital admissions for injuries aged 0-14, Cafcass care applications, key stage 2 of children in
 * need; see calibration/la-targets.csv); A&E attendances, offences against children, persistent
 * absence and exclusions of children in need have no published LA figures here and use plausible
 * national levels that rise with the LA's free-school-meals share. All values are synthetic.
 */
public final class SourceDataGenerator {
  static final String LICENCE = "Open Government Licence v3.0 (synthetic values derived from published rates)";

  private final Calibration calibration;

  public SourceDataGenerator(Calibration calibration) {
    this.calibration = calibration;
  }

  /** One dataset: how its period is named and how its counts are drawn. */
  enum Dataset {
    POPULATION("ons-population-0-17", "ONS mid-year population estimates (synthetic)", true),
    FSM_PRIMARY("free-school-meals-primary", "DfE Schools, pupils and their characteristics (synthetic)", false),
    FSM_SECONDARY("free-school-meals-secondary", "DfE Schools, pupils and their characteristics (synthetic)", false),
    INJURY_ADMISSIONS("hospital-admissions-injuries-0-17", "NHS England Hospital Episode Statistics (synthetic)", false),
    AE_ATTENDANCES("ae-attendances-injuries-0-17", "NHS England HES A&E / ECDS (synthetic)", false),
    OFFENCES("violent-sexual-offences-against-children", "Home Office police recorded crime (synthetic)", false),
    CARE_APPLICATIONS("cafcass-care-applications", "Cafcass care applications (synthetic)", false),
    KS2("npd-cin-attainment", "DfE Outcomes of children in need (synthetic)", false),
    ABSENCE("npd-cin-persistent-absence", "DfE Outcomes of children in need (synthetic)", false),
    EXCLUSIONS("npd-cin-exclusions", "DfE Outcomes of children in need (synthetic)", false);

    final String id;
    final String source;
    final boolean midYear;

    Dataset(String id, String source, boolean midYear) {
      this.id = id;
      this.source = source;
      this.midYear = midYear;
    }

    /** The period that feeds a collection year: mid-(Y-1) for estimates, (Y-1)-YY otherwise. */
    String period(int collectionYear) {
      CollectionYear year = CollectionYear.of(collectionYear);
      return midYear ? String.valueOf(year.startYear()) : year.label();
    }
  }

  /** Numerator and denominator of one LA (denominator null for population). */
  record Counts(long numerator, Long denominator) {}

  /** Writes DIR/source-data/&lt;dataset&gt;/&lt;period&gt;.csv for every dataset and year, and DIR/source-data/uploads.tsv. */
  public int write(Path out, List<LocalAuthority> las, List<Integer> years, double scale, long seed) {
    Path dir = out.resolve("source-data");
    List<String> index = new ArrayList<>();
    int files = 0;
    try {
      for (int year : years) {
        for (Dataset d : Dataset.values()) {
          StringBuilder csv = new StringBuilder(d == Dataset.POPULATION ? "areaCode,numerator\n" : "areaCode,numerator,denominator\n");
          for (LocalAuthority la : las) {
            Counts c = counts(d, la.oldCode(), year, scale, seed);
            csv.append(la.oldCode()).append(',').append(c.numerator());
            if (c.denominator() != null) {
              csv.append(',').append(c.denominator());
            }
            csv.append('\n');
          }
          Path file = dir.resolve(d.id).resolve(d.period(year) + ".csv");
          Files.createDirectories(file.getParent());
          Files.writeString(file, csv);
          files++;
          String query = "source=" + enc(d.source) + "&release=" + enc("synthetic seed " + seed + ", scale " + scale) + "&licence=" + enc(LICENCE);
          index.add(String.join("\t", d.id, d.period(year), dir.relativize(file).toString(), query));
        }
      }
      Files.write(dir.resolve("uploads.tsv"), index);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  Counts counts(Dataset d, String la, int year, double scale, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed * 1_000_003L + la.hashCode() * 7919L + year * 31L + d.ordinal());
    long population = Math.max(1, Math.round(calibration.get(la, year, "population_0_17") * scale));
    double priFsm = calibration.get(la, year, "pri_fsm_pct") / 100;
    double secFsm = calibration.get(la, year, "sec_fsm_pct") / 100;
    // relative deprivation: 1 at England's level of primary FSM
    double deprivation = priFsm / Math.max(0.01, calibration.get(Calibration.ENGLAND, year, "pri_fsm_pct") / 100);
    long cin = Math.max(1, Math.round(population * calibration.get(la, year, "cin_rate") / 10_000));
    long schoolCin = Math.max(1, Math.round(cin * 0.65));
    return switch (d) {
      case POPULATION -> new Counts(population, null);
      case FSM_PRIMARY -> share(Math.round(population * 0.39), priFsm, rnd);
      case FSM_SECONDARY -> share(Math.round(population * 0.31), secFsm, rnd);
      case INJURY_ADMISSIONS -> rate(population, calibration.get(la, year, "injury_admissions_rate") / 10_000, rnd);
      case AE_ATTENDANCES -> rate(population, 0.09 * Math.sqrt(deprivation), rnd);
      case OFFENCES -> rate(population, 0.012 * Math.sqrt(deprivation), rnd);
      case CARE_APPLICATIONS -> rate(population, calibration.get(la, year, "care_applications_rate") / 10_000, rnd);
      case KS2 -> share(Math.max(1, Math.round(cin * 0.07)), calibration.get(la, year, "cin_ks2_rwm_pct") / 100, rnd);
      case ABSENCE -> share(schoolCin, Math.min(0.9, 0.45 * Math.pow(deprivation, 0.2)), rnd);
      case EXCLUSIONS -> share(schoolCin, Math.min(0.6, 0.12 * Math.pow(deprivation, 0.3)), rnd);
    };
  }

  /** A subset of a denominator at a proportion, +/- 5% relative noise, never above the denominator. */
  private static Counts share(long denominator, double proportion, SplittableRandom rnd) {
    long d = Math.max(1, denominator);
    long n = Math.round(d * Math.max(0, proportion) * (0.95 + 0.1 * rnd.nextDouble()));
    return new Counts(Math.min(d, n), d);
  }

  /** Events in a population at a rate, +/- 10% relative noise. */
  private static Counts rate(long population, double rate, SplittableRandom rnd) {
    return new Counts(Math.round(population * Math.max(0, rate) * (0.9 + 0.2 * rnd.nextDouble())), population);
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
