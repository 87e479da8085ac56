package uk.gov.safeguarding.publication.content;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import uk.gov.safeguarding.platform.hashing.Sha256;

/**
 * Deterministic serialisation of data set content: the canonical JSON (what is hashed and stored),
 * the public CSV (EES-style columns, GSS symbols) and the public JSON download. Uses Jackson and
 * jackson-dataformat-csv throughout.
 */
public final class ContentCodec {
  /** The CSV columns, in order. */
  public static final List<String> CSV_COLUMNS =
      List.of(
          "time_period", "time_identifier", "geographic_level", "country_code", "region_code", "area_code",
          "old_la_code", "area_name", "indicator_id", "indicator_title", "unit", "value", "status",
          "numerator", "denominator", "lower_ci_95", "upper_ci_95", "lower_ci_99_8", "upper_ci_99_8",
          "compared_with_england", "compared_with_region", "compared_with_neighbours", "data_source");

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .setSerializationInclusion(JsonInclude.Include.ALWAYS);
  private static final CsvMapper CSV = new CsvMapper();

  private ContentCodec() {}

  public static ObjectMapper json() {
    return JSON;
  }

  /** The canonical JSON of the content, the input of the content hash. */
  public static byte[] canonical(DataSetContent content) {
    try {
      return JSON.writeValueAsBytes(content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static DataSetContent readCanonical(byte[] bytes) {
    try {
      return JSON.readValue(bytes, DataSetContent.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** SHA-256 of the canonical JSON, hex. */
  public static String hash(DataSetContent content) {
    return Sha256.hex(canonical(content));
  }

  /** The public CSV: one row per value, GSS symbols where a value is not published. */
  public static byte[] csv(DataSetContent content) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(1024, content.rows().size() * 200));
    try {
      writeCsv(out, content.indicators(), content.rows());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /**
   * Writes the public CSV of these rows (the columns of {@link #CSV_COLUMNS}, header first) to
   * {@code out} row by row, so that a large answer is streamed, not built in memory. Leaves
   * {@code out} open.
   */
  public static void writeCsv(OutputStream out, List<IndicatorMeta> indicators, Iterable<DataRow> rows) throws IOException {
    Map<String, IndicatorMeta> meta = new LinkedHashMap<>();
    indicators.forEach(i -> meta.put(i.id(), i));
    try (SequenceWriter writer = CSV.writer(CSV_SCHEMA).without(JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(out)) {
      for (DataRow r : rows) {
        writer.write(csvLine(r, meta.get(r.indicatorId())));
      }
    }
  }

  private static final CsvSchema CSV_SCHEMA = csvSchema();

  private static CsvSchema csvSchema() {
    CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
    CSV_COLUMNS.forEach(schema::addColumn);
    return schema.build();
  }

  private static List<String> csvLine(DataRow r, IndicatorMeta m) {
    String symbol = r.status();
    return java.util.Arrays.asList(
        r.timePeriod(),
        "Financial year",
        r.geographicLevel(),
        "E92000001",
        nz(r.regionCode()),
        r.areaCode(),
        nz(r.oldLaCode()),
        r.areaName(),
        r.indicatorId(),
        m == null ? "" : m.title(),
        m == null ? "" : m.unit(),
        symbol != null ? symbol : num(r.value()),
        nz(symbol),
        cell(r.numerator(), symbol),
        cell(r.denominator(), symbol),
        cell(r.lower95(), symbol),
        cell(r.upper95(), symbol),
        cell(r.lower998(), symbol),
        cell(r.upper998(), symbol),
        nz(r.comparedWithEngland()),
        nz(r.comparedWithRegion()),
        nz(r.comparedWithNeighbours()),
        nz(r.dataSource()));
  }

  /** The public JSON download: where its rows come from and how they were computed, then indicators and values. */
  public static byte[] downloadJson(String dataSetId, String version, DataSource source, DataSetContent content) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("dataSetId", dataSetId);
    doc.put("version", version);
    doc.put("dataSource", source.code());
    doc.put("dataSourceDescription", source.description());
    doc.put("methods", source.methods());
    doc.put("indicators", content.indicators());
    doc.put("values", content.rows());
    try {
      return JSON.writeValueAsBytes(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] gzip(byte[] bytes) {
    return gzip(bytes, java.util.zip.Deflater.DEFAULT_COMPRESSION);
  }

  /** Gzip at a chosen level (1 fastest, 9 smallest): e.g. fastest for draft content that is replaced often. */
  public static byte[] gzip(byte[] bytes, int level) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, bytes.length / 5));
    try (GZIPOutputStream gz =
        new GZIPOutputStream(out) {
          {
            def.setLevel(level);
          }
        }) {
      gz.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] gunzip(byte[] bytes) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static String num(BigDecimal d) {
    return d == null ? "" : d.toPlainString();
  }

  /** Numerator, denominator and CIs of a value that is not published carry its symbol too. */
  private static String cell(BigDecimal d, String symbol) {
    if (d != null) {
      return d.toPlainString();
    }
    return symbol != null ? symbol : "";
  }
}
