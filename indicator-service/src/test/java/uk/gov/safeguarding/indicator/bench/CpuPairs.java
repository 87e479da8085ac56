package uk.gov.safeguarding.indicator.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The before/after pairs of {@link YearComputeBenchmark} timed alternately in one JVM by process
 * CPU time, the median per op over rounds: on a machine that other work keeps busy, CPU time per
 * op varies far less than JMH's wall-clock samples. Run (classpath as for JMH, see
 * docs/benchmarks/indicator-service.md): {@code java -cp ... uk.gov.safeguarding.indicator.bench.CpuPairs 7 10}
 * (rounds, ops per round; two more warm-up rounds first).
 */
public final class CpuPairs {
  private CpuPairs() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 7;
    int perRound = args.length > 1 ? Integer.parseInt(args[1]) : 10;
    YearComputeBenchmark b = new YearComputeBenchmark();
    b.setup();
    Blackhole bh = new Blackhole("Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    Map<String, Callable<Object>> ops = new LinkedHashMap<>();
    ops.put("pushComputeFull", b::pushComputeFull);
    ops.put("pushComputeIncremental", b::pushComputeIncremental);
    ops.put("pushComputeFullWholeReturn", b::pushComputeFullWholeReturn);
    ops.put("pushComputeIncrementalWholeReturn", b::pushComputeIncrementalWholeReturn);
    ops.put("eventSerialisedTwice", b::eventSerialisedTwice);
    ops.put("eventChangesOnly", b::eventChangesOnly);
    ops.put("storeResultFastDoubles", b::storeResultFastDoubles);
    ops.put("storeResultBinary", b::storeResultBinary);
    ops.put("readResultJson", b::readResultJson);
    ops.put("readResultBinary", b::readResultBinary);
    ops.put("roundBigDecimal", () -> {
      b.roundBigDecimal(bh);
      return null;
    });
    ops.put("roundFast", () -> {
      b.roundFast(bh);
      return null;
    });
    ops.put("pushToStoredBefore", b::pushToStoredBefore);
    ops.put("pushToStoredAfter", b::pushToStoredAfter);
    ops.put("baselinePointValuesOneYear", b::baselinePointValuesOneYear);
    Map<String, List<Double>> cpu = new LinkedHashMap<>();
    Map<String, List<Double>> wall = new LinkedHashMap<>();
    for (int round = 0; round < rounds + 2; round++) {
      for (Map.Entry<String, Callable<Object>> op : ops.entrySet()) {
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        for (int i = 0; i < perRound; i++) {
          bh.consume(op.getValue().call());
        }
        if (round >= 2) {
          cpu.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add((os.getProcessCpuTime() - cpu0) / 1e6 / perRound);
          wall.computeIfAbsent(op.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - wall0) / 1e6 / perRound);
        }
      }
    }
    for (String name : ops.keySet()) {
      System.out.printf("%-28s cpu median %7.2f ms/op   wall median %7.2f ms/op%n", name, median(cpu.get(name)), median(wall.get(name)));
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }
}
