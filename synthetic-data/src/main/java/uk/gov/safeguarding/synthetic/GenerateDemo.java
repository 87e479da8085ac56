package uk.gov.safeguarding.synthetic;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the synthetic demo data set:
 *
 * <pre>
 * GenerateDemo --out DIR [--years 2022,2023,2024,2025,2026] [--scale 0.1] [--seed 20261122] [--las 301,302]
 *              [--inject-errors 8866,4220 [--error-rate 0.1]]
 *   DIR/population/&lt;year&gt;.json        population upload (data steward, original endpoint)
 *   DIR/source-data/&lt;dataset&gt;/&lt;period&gt;.csv and uploads.tsv   source-data uploads (data steward)
 *   DIR/injected-errors.tsv             with --inject-errors: year, LA, rule codes of each corrupted return
 *   DIR/workforce/&lt;year&gt;/&lt;old code&gt;.json workforce return (the LA's client)
 *   DIR/cin/&lt;year&gt;/&lt;old code&gt;.xml      CIN census return (the LA's client)
 * </pre>
 */
public final class GenerateDemo {
  private GenerateDemo() {}

  public static void main(String[] args) throws Exception {
    Path out = null;
    List<Integer> years = List.of(2022, 2023, 2024, 2025, 2026);
    List<String> injectErrors = null;
    double errorRate = 0.1;
    double scale = 0.1;
    long seed = 20261122L;
    List<String> las = null;
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--out" -> out = Path.of(value);
        case "--years" -> years = Arrays.stream(value.split(",")).map(String::trim).map(Integer::parseInt).sorted().toList();
        case "--scale" -> scale = Double.parseDouble(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--las" -> las = Arrays.stream(value.split(",")).map(String::trim).toList();
        case "--inject-errors" -> {
          try {
            injectErrors = ErrorInjector.parse(value);
          } catch (IllegalArgumentException e) {
            usage(e.getMessage());
          }
        }
        case "--error-rate" -> errorRate = Double.parseDouble(value);
        default -> usage("unknown option " + args[i]);
      }
      i++;
    }
    if (out == null) {
      usage("--out is required");
    }
    if (scale <= 0 || scale > 1) {
      usage("--scale must be in (0, 1]");
    }
    if (errorRate <= 0 || errorRate > 1) {
      usage("--error-rate must be in (0, 1]");
    }
    long t0 = System.nanoTime();
    NationalGenerator.ErrorPlan errors = injectErrors == null ? null : new NationalGenerator.ErrorPlan(injectErrors, errorRate);
    NationalGenerator.Summary s = new NationalGenerator(Calibration.standard()).generate(out, years, scale, seed, las, errors);
    System.out.printf(
        "Generated %d LAs x %d years: %d CIN returns (%d with injected errors), %d children, %d source-data files, %.1f MB in %.1f s -> %s%n",
        s.las(), s.years(), s.cinFiles(), s.returnsWithErrors(), s.children(), s.sourceDataFiles(), s.bytes() / 1e6,
        (System.nanoTime() - t0) / 1e9, out.toAbsolutePath());
  }

  private static void usage(String problem) {
    System.err.println(problem);
    System.err.println("usage: GenerateDemo --out DIR [--years 2022,2023,2024,2025,2026] [--scale 0.1] [--seed N] [--las 301,302]"
        + " [--inject-errors RULE,RULE [--error-rate 0.1]]   injectable rules: " + ErrorInjector.supported());
    System.exit(2);
  }
}
