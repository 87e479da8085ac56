package uk.gov.safeguarding.platform.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The text of a {@code json}/{@code jsonb} column, written and read with one Jackson mapper (the
 * service's own, so the column holds what its API or events would). What a column holds was
 * written by the service itself: text that does not map back is a corrupt row or a bug, never bad
 * input, so failures are unchecked.
 */
public final class JsonColumns {
  private static final ObjectMapper TREES = new ObjectMapper();

  private final ObjectMapper mapper;

  public JsonColumns(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The column text of {@code value}. */
  public String write(Object value) {
    try {
      return mapper.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Cannot write " + typeOf(value) + " as JSON", e);
    }
  }

  public <T> T read(String text, Class<T> type) {
    try {
      return mapper.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Column text is not a " + type.getSimpleName(), e);
    }
  }

  public <T> T read(String text, TypeReference<T> type) {
    try {
      return mapper.readValue(text, type);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Column text is not a " + type.getType().getTypeName(), e);
    }
  }

  /**
   * Whether two column texts hold the same JSON value. PostgreSQL's {@code jsonb} keeps its own
   * normal form (key order, spacing), so what is read back is rarely the text that was written.
   */
  public static boolean sameJson(String a, String b) {
    if (a == null || b == null) {
      return a == b;
    }
    try {
      JsonNode left = TREES.readTree(a);
      JsonNode right = TREES.readTree(b);
      return left.equals(right);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("Column text is not JSON", e);
    }
  }

  private static String typeOf(Object value) {
    return value == null ? "null" : value.getClass().getSimpleName();
  }
}
