package uk.gov.safeguarding.indicator.snapshot;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.gov.safeguarding.indicator.computation.ComputedValue;
import uk.gov.safeguarding.indicator.computation.ExpectedValue;
import uk.gov.safeguarding.indicator.computation.ModelFit;
import uk.gov.safeguarding.indicator.computation.YearResult;

/**
 * The stored form of a {@link YearResult} ({@code year_snapshot.result_binary}): a table of the
 * distinct strings (indicator ids, area codes and names, outcomes), then each value's fields in
 * declaration order with strings as table indexes, a bit per nullable field, and doubles as their
 * 64 bits, so every value reads back exactly. About a quarter of the JSON's size and several times
 * cheaper to write and read (YearComputeBenchmark.storeResult*). Format version 1; results stored
 * as JSON before it ({@code year_snapshot.result}) are still read.
 */
public final class YearResultCodec {
  static final byte VERSION = 1;
  private static final int DOUBLES = 10; // numerator .. neighboursValue
  private static final int OUTCOMES = 6; // vsEngland95 .. vsNeighbours998

  private YearResultCodec() {}

  public static byte[] encode(YearResult result) {
    Strings strings = new Strings();
    for (ComputedValue v : result.values()) {
      strings.add(v.indicatorId(), v.areaCode(), v.oldLaCode(), v.areaName(), v.areaLevel(), v.regionCode(), v.period(),
          v.vsEngland95(), v.vsEngland998(), v.vsRegion95(), v.vsRegion998(), v.vsNeighbours95(), v.vsNeighbours998(),
          v.quintileLabel(), v.expected() == null ? null : v.expected().funnelSignificance());
    }
    for (ModelFit m : result.models()) {
      strings.add(m.indicatorId());
      m.variables().forEach(strings::add);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + result.values().size() * 180);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeInt(result.collectionYear());
      out.writeUTF(result.period());
      out.writeInt(strings.list.size());
      for (String s : strings.list) {
        out.writeUTF(s);
      }
      out.writeInt(result.values().size());
      for (ComputedValue v : result.values()) {
        writeValue(out, strings, v);
      }
      out.writeInt(result.models().size());
      for (ModelFit m : result.models()) {
        out.writeInt(strings.index(m.indicatorId()));
        out.writeInt(m.collectionYear());
        out.writeInt(m.variables().size());
        for (String variable : m.variables()) {
          out.writeInt(strings.index(variable));
        }
        out.writeInt(m.coefficients().size());
        for (Double c : m.coefficients()) {
          out.writeDouble(c);
        }
        out.writeDouble(m.rSquared());
        out.writeDouble(m.adjustedRSquared());
        out.writeDouble(m.residualStandardError());
        out.writeInt(m.observations());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeValue(DataOutputStream out, Strings strings, ComputedValue v) throws IOException {
    Double[] doubles = doubles(v);
    int present = 0;
    for (int i = 0; i < DOUBLES; i++) {
      if (doubles[i] != null) {
        present |= 1 << i;
      }
    }
    if (v.quintile() != null) {
      present |= 1 << DOUBLES;
    }
    if (v.expected() != null) {
      present |= 1 << (DOUBLES + 1);
    }
    out.writeInt(strings.index(v.indicatorId()));
    out.writeInt(strings.index(v.areaCode()));
    out.writeInt(strings.index(v.oldLaCode()));
    out.writeInt(strings.index(v.areaName()));
    out.writeInt(strings.index(v.areaLevel()));
    out.writeInt(strings.index(v.regionCode()));
    out.writeInt(v.collectionYear());
    out.writeInt(strings.index(v.period()));
    out.writeShort(present);
    for (Double d : doubles) {
      if (d != null) {
        out.writeDouble(d);
      }
    }
    for (String outcome : new String[] {v.vsEngland95(), v.vsEngland998(), v.vsRegion95(), v.vsRegion998(), v.vsNeighbours95(), v.vsNeighbours998()}) {
      out.writeInt(strings.index(outcome));
    }
    if (v.quintile() != null) {
      out.writeInt(v.quintile());
    }
    out.writeInt(strings.index(v.quintileLabel()));
    ExpectedValue e = v.expected();
    if (e != null) {
      out.writeDouble(e.expectedValue());
      out.writeDouble(e.residual());
      out.writeDouble(e.expectedCount());
      out.writeDouble(e.observedCount());
      out.writeDouble(e.ratio());
      out.writeDouble(e.ratioLower95());
      out.writeDouble(e.ratioUpper95());
      out.writeDouble(e.ratioLower998());
      out.writeDouble(e.ratioUpper998());
      out.writeInt(strings.index(e.funnelSignificance()));
    }
  }

  private static Double[] doubles(ComputedValue v) {
    return new Double[] {v.numerator(), v.denominator(), v.value(), v.lower95(), v.upper95(), v.lower998(), v.upper998(),
        v.englandValue(), v.regionValue(), v.neighboursValue()};
  }

  public static YearResult decode(byte[] stored) {
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      byte version = in.readByte();
      if (version != VERSION) {
        throw new IllegalStateException("Unknown stored year result format " + version);
      }
      int year = in.readInt();
      String period = in.readUTF();
      String[] strings = new String[in.readInt()];
      for (int i = 0; i < strings.length; i++) {
        strings[i] = in.readUTF();
      }
      int count = in.readInt();
      List<ComputedValue> values = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        values.add(readValue(in, strings));
      }
      int modelCount = in.readInt();
      List<ModelFit> models = new ArrayList<>(modelCount);
      for (int i = 0; i < modelCount; i++) {
        String indicatorId = string(strings, in.readInt());
        int modelYear = in.readInt();
        List<String> variables = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
          variables.add(string(strings, in.readInt()));
        }
        List<Double> coefficients = new ArrayList<>();
        for (int k = in.readInt(); k > 0; k--) {
          coefficients.add(in.readDouble());
        }
        models.add(new ModelFit(indicatorId, modelYear, List.copyOf(variables), List.copyOf(coefficients),
            in.readDouble(), in.readDouble(), in.readDouble(), in.readInt()));
      }
      return new YearResult(year, period, List.copyOf(values), List.copyOf(models));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ComputedValue readValue(DataInputStream in, String[] strings) throws IOException {
    String indicatorId = string(strings, in.readInt());
    String areaCode = string(strings, in.readInt());
    String oldLaCode = string(strings, in.readInt());
    String areaName = string(strings, in.readInt());
    String areaLevel = string(strings, in.readInt());
    String regionCode = string(strings, in.readInt());
    int collectionYear = in.readInt();
    String period = string(strings, in.readInt());
    int present = in.readShort() & 0xffff;
    Double[] d = new Double[DOUBLES];
    for (int i = 0; i < DOUBLES; i++) {
      if ((present & (1 << i)) != 0) {
        d[i] = in.readDouble();
      }
    }
    String[] outcomes = new String[OUTCOMES];
    for (int i = 0; i < OUTCOMES; i++) {
      outcomes[i] = string(strings, in.readInt());
    }
    Integer quintile = (present & (1 << DOUBLES)) != 0 ? in.readInt() : null;
    String quintileLabel = string(strings, in.readInt());
    ExpectedValue expected = null;
    if ((present & (1 << (DOUBLES + 1))) != 0) {
      expected = new ExpectedValue(in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(),
          in.readDouble(), in.readDouble(), in.readDouble(), in.readDouble(), string(strings, in.readInt()));
    }
    return new ComputedValue(indicatorId, areaCode, oldLaCode, areaName, areaLevel, regionCode, collectionYear, period,
        d[0], d[1], d[2], d[3], d[4], d[5], d[6], d[7], d[8], d[9],
        outcomes[0], outcomes[1], outcomes[2], outcomes[3], outcomes[4], outcomes[5], quintile, quintileLabel, expected);
  }

  private static String string(String[] strings, int index) {
    return index < 0 ? null : strings[index];
  }

  /** The distinct strings in first-seen order; -1 stands for null. */
  private static final class Strings {
    final List<String> list = new ArrayList<>();
    final Map<String, Integer> indexes = new HashMap<>();

    void add(String... values) {
      for (String s : values) {
        if (s != null && !indexes.containsKey(s)) {
          indexes.put(s, list.size());
          list.add(s);
        }
      }
    }

    int index(String s) {
      return s == null ? -1 : indexes.get(s);
    }
  }
}
