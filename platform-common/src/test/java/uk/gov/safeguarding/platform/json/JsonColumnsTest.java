package uk.gov.safeguarding.platform.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {
  record Measure(String id, BigDecimal value, Instant at) {}

  private final JsonColumns columns =
      new JsonColumns(new ObjectMapper().registerModule(new JavaTimeModule()).disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS));

  @Test
  void writesWithTheGivenMapperAndReadsBackTheSameValue() {
    Measure m = new Measure("cin-rate", new BigDecimal("412.30"), Instant.parse("2025-03-31T12:00:00Z"));

    String text = columns.write(m);

    assertThat(text).isEqualTo("{\"id\":\"cin-rate\",\"value\":412.30,\"at\":\"2025-03-31T12:00:00Z\"}");
    assertThat(columns.read(text, Measure.class)).isEqualTo(m);
  }

  @Test
  void readsGenericShapesThroughATypeReference() {
    Map<String, Map<Integer, Long>> distributions = Map.of("duration", Map.of(1, 4L, 2, 9L));

    String text = columns.write(distributions);

    assertThat(columns.read(text, new TypeReference<Map<String, Map<Integer, Long>>>() {})).isEqualTo(distributions);
    assertThat(columns.read("[{\"id\":\"a\",\"value\":1,\"at\":null}]", new TypeReference<List<Measure>>() {}))
        .containsExactly(new Measure("a", BigDecimal.ONE, null));
  }

  @Test
  void aColumnThatDoesNotMapBackFailsUncheckedNamingTheType() {
    assertThatThrownBy(() -> columns.read("{\"id\":", Measure.class)).isInstanceOf(UncheckedIOException.class).hasMessageContaining("Measure");
    assertThatThrownBy(() -> columns.read("not json", new TypeReference<List<Measure>>() {}))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("List");
  }

  @Test
  void jsonbNormalFormIsTheSameJsonAsWhatWasWritten() {
    // PostgreSQL jsonb reorders keys (shorter first) and spaces them: {"a": 1, "id": "x"}
    assertThat(JsonColumns.sameJson("{\"id\":\"x\",\"a\":1}", "{\"a\": 1, \"id\": \"x\"}")).isTrue();
    assertThat(JsonColumns.sameJson("[{\"id\":\"x\"}]", "[ {\"id\" : \"x\"} ]")).isTrue();
  }

  @Test
  void aChangedValueOrOrderOfAListIsNotTheSameJson() {
    assertThat(JsonColumns.sameJson("{\"id\":\"x\",\"a\":1}", "{\"id\":\"x\",\"a\":2}")).isFalse();
    assertThat(JsonColumns.sameJson("[1,2]", "[2,1]")).isFalse();
    assertThat(JsonColumns.sameJson(null, "[]")).isFalse();
    assertThat(JsonColumns.sameJson(null, null)).isTrue();
  }
}
