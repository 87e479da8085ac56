package uk.gov.safeguarding.synthetic;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.LocalAuthority;

/**
 * Generates the demo data set: per collection year the population upload, and per LA the
 * workforce return and the CIN census return, calibrated to the LA's published figures.
 */
public final class NationalGenerator {
  public static final String POPULATION_SOURCE =
      "Synthetic: derived from DfE published count/rate pairs (LAIT, Open Government Licence v3.0), scaled";
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Calibration calibration;
  private final CinSimulator simulator;
  private final CinReturnWriter writer = new CinReturnWriter();

  public NationalGenerator(Calibration calibration) {
    this.calibration = calibration;
    this.simulator = new CinSimulator(calibration);
  }

  public record Summary(int las, int years, long children, long cinFiles, long bytes, int sourceDataFiles, int returnsWithErrors) {}

  /**
   * Which returns get injected errors: the rule codes, and the share of (LA, year) returns that
   * get them, chosen deterministically from the seed.
   */
  public record ErrorPlan(List<String> ruleCodes, double rate) {
    boolean applies(String la, int year, long seed) {
      return new SplittableRandom(seed * 7_368_787L + la.hashCode() * 31L + year).nextDouble() < rate;
    }
  }

  public Summary generate(Path out, List<Integer> years, double scale, long seed, List<String> laCodes) throws IOException {
    return generate(out, years, scale, seed, laCodes, null);
  }

  /** As above; with an error plan, the chosen returns carry its errors and DIR/injected-errors.tsv lists them. */
  public Summary generate(Path out, List<Integer> years, double scale, long seed, List<String> laCodes, ErrorPlan errors) throws IOException {
    int first = years.stream().min(Integer::compare).orElseThrow();
    int last = years.stream().max(Integer::compare).orElseThrow();
    List<LocalAuthority> las =
        AreaRegistry.standard().liveAuthorities().stream().filter(la -> laCodes == null || laCodes.contains(la.oldCode())).toList();
    for (int year : years) {
      writeJson(out.resolve("population").resolve(year + ".json"), population(las, year, scale));
    }
    int sourceDataFiles = new SourceDataGenerator(calibration).write(out, las, years, scale, seed);
    List<String> injected = new ArrayList<>();
    long children = 0;
    long files = 0;
    long bytes = 0;
    for (LocalAuthority la : las) {
      CinSimulator.LaHistory history = simulator.simulate(la.oldCode(), first, last, scale, seed);
      for (int year : years) {
        writeJson(out.resolve("workforce").resolve(String.valueOf(year)).resolve(la.oldCode() + ".json"), workforce(la.oldCode(), year, scale, seed));
        Path xml = out.resolve("cin").resolve(String.valueOf(year)).resolve(la.oldCode() + ".xml");
        Files.createDirectories(xml.getParent());
        if (errors != null && errors.applies(la.oldCode(), year, seed)) {
          java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
          children += writer.write(la.oldCode(), year, history.children(), buffer);
          Files.writeString(xml, ErrorInjector.inject(buffer.toString(java.nio.charset.StandardCharsets.UTF_8), errors.ruleCodes()));
          injected.add(year + "\t" + la.oldCode() + "\t" + String.join(",", errors.ruleCodes()));
        } else {
          try (OutputStream os = new java.io.BufferedOutputStream(Files.newOutputStream(xml), 1 << 16)) {
            children += writer.write(la.oldCode(), year, history.children(), os);
          }
        }
        files++;
        bytes += Files.size(xml);
      }
    }
    if (errors != null) {
      Files.write(out.resolve("injected-errors.tsv"), injected);
    }
    return new Summary(las.size(), years.size(), children, files, bytes, sourceDataFiles, injected.size());
  }

  /** Children aged 0-17 per LA (published count/rate pairs), times scale so rates stay at published levels. */
  public Map<String, Object> population(List<LocalAuthority> las, int year, double scale) {
    List<Map<String, Object>> values = new ArrayList<>();
    for (LocalAuthority la : las) {
      long p = Math.max(1, Math.round(calibration.get(la.oldCode(), year, "population_0_17") * scale));
      values.add(Map.of("laCode", la.oldCode(), "population0to17", p));
    }
    Map<String, Object> upload = new LinkedHashMap<>();
    upload.put("collectionYear", year);
    upload.put("source", POPULATION_SOURCE + " x" + scale);
    upload.put("values", values);
    return upload;
  }

  /**
   * A workforce return: FTE from the published count (times scale), vacancies and agency workers
   * from the published rates (rate = x / (x + FTE)), leavers from the turnover rate (leavers /
   * FTE), 3% +/- 1% sickness absence over 225 working days per FTE, and cases held at the
   * published average caseload of about 16 per FTE.
   */
  public Map<String, Object> workforce(String la, int year, double scale, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed * 31 + la.hashCode() * 17L + year);
    double fte = Math.max(1, calibration.get(la, year, "sw_fte") * scale);
    double vac = rate(calibration.get(la, year, "vacancy_pct"));
    double agency = rate(calibration.get(la, year, "agency_pct"));
    double turnover = calibration.get(la, year, "turnover_pct") / 100;
    double agencyFte = fte * agency / (1 - agency);
    double workingDays = (fte + agencyFte) * 225;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("laCode", la);
    r.put("collectionYear", year);
    r.put("socialWorkersFte", dec(fte));
    r.put("vacanciesFte", dec(fte * vac / (1 - vac)));
    r.put("leaversFte", dec(fte * turnover));
    r.put("agencyFte", dec(agencyFte));
    r.put("absenceDays", dec(workingDays * (0.02 + 0.02 * rnd.nextDouble())));
    r.put("workingDaysAvailable", dec(workingDays));
    r.put("casesHeld", (int) Math.round((fte + agencyFte) * (14 + 4 * rnd.nextDouble())));
    return r;
  }

  private static double rate(double pct) {
    return Math.max(0, Math.min(0.6, pct / 100));
  }

  private static BigDecimal dec(double v) {
    return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP);
  }

  private static void writeJson(Path file, Object value) {
    try {
      Files.createDirectories(file.getParent());
      JSON.writeValue(file.toFile(), value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
