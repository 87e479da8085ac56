package uk.gov.safeguarding.e2e;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A published CSV read as header-keyed rows. */
record PublishedCsv(List<Map<String, String>> rows) {

  static PublishedCsv parse(String csv) {
    try {
      MappingIterator<Map<String, String>> it =
          new CsvMapper().readerForMapOf(String.class).with(CsvSchema.emptySchema().withHeader()).readValues(csv);
      return new PublishedCsv(it.readAll());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Optional<Map<String, String>> row(String indicatorId, String areaCode, String period) {
    return rows.stream()
        .filter(r -> indicatorId.equals(r.get("indicator_id")))
        .filter(r -> areaCode.equals(r.get("area_code")))
        .filter(r -> period.equals(r.get("time_period")))
        .findFirst();
  }
}
