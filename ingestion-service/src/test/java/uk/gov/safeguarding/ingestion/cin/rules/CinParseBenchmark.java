package uk.gov.safeguarding.ingestion.cin.rules;

import com.ctc.wstx.stax.WstxInputFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.xml.stream.XMLStreamReader;
import uk.gov.safeguarding.ingestion.cin.parse.CinParser;

/**
 * Parse/validate benchmark (not a test). Generates a synthetic return of N children, then times,
 * median of R runs each: (1) a bare Woodstox token scan of the file (the baseline: the least any
 * streaming reader must do), (2) our parse into CinChild records, (3) parse + all rules in force.
 * Reports peak heap use. Run with a small heap to show bounded memory, e.g.
 *
 * <pre>java -Xmx512m -cp ... uk.gov.safeguarding.ingestion.cin.rules.CinParseBenchmark 100000 5</pre>
 */
public final class CinParseBenchmark {
  public static void main(String[] args) throws Exception {
    int children = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    Path file = Files.createTempFile("cin-bench-", ".xml");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
        SyntheticReturn.write(out, "301", children, "bench");
      }
      long bytes = Files.size(file);
      System.out.printf("children=%d size=%.1f MB maxHeap=%d MB runs=%d%n", children, bytes / 1e6, Runtime.getRuntime().maxMemory() >> 20, runs);
      resetPeaks();
      double scan = median(runs, () -> scan(file));
      double parse = median(runs, () -> parse(file, false));
      double validate = median(runs, () -> parse(file, true));
      System.out.printf("baseline woodstox scan  median %8.1f ms%n", scan);
      System.out.printf("parse to records        median %8.1f ms  (x%.2f baseline)%n", parse, parse / scan);
      System.out.printf("parse + %d rules       median %8.1f ms  (x%.2f baseline)  %.0f children/s  %.1f MB/s%n",
          RuleCatalog.standard().forYear(2025).size(), validate, validate / scan, children / (validate / 1000), bytes / 1e6 / (validate / 1000));
      System.out.printf("peak heap used %d MB%n", peakHeap() >> 20);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  interface Run {
    void run() throws Exception;
  }

  static double median(int runs, Run r) throws Exception {
    r.run(); // warm-up
    double[] t = new double[runs];
    for (int i = 0; i < runs; i++) {
      long s = System.nanoTime();
      r.run();
      t[i] = (System.nanoTime() - s) / 1e6;
    }
    Arrays.sort(t);
    return t[runs / 2];
  }

  static void scan(Path file) throws Exception {
    WstxInputFactory f = new WstxInputFactory();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      long n = 0;
      while (r.hasNext()) {
        n += r.next();
      }
      if (n == 0) {
        throw new IllegalStateException();
      }
    }
  }

  static void parse(Path file, boolean validate) throws IOException {
    AtomicLong findings = new AtomicLong();
    List<CinValidator> v = new ArrayList<>(1);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      CinParser.parse(in, h -> {
        if (!validate) {
          return List.of(c -> findings.incrementAndGet());
        }
        v.add(new CinValidator(h, f -> findings.incrementAndGet()));
        return List.of(v.get(0));
      });
    }
    if (validate) {
      v.get(0).finish();
    }
  }

  static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  static long peakHeap() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
