package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.platform.hashing.Sha256;
import uk.gov.safeguarding.publication.content.ContentCodec;
import uk.gov.safeguarding.publication.content.DataRow;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.content.IndicatorMeta;

/**
 * Versions created before migration V2 hold their whole canonical content in one
 * {@code content.json.gz} file instead of parts; they are immutable, so they stay readable.
 * Such a version is written here as that migration found them, in a data set of its own.
 */
@QuarkusTest
class VersionsBeforeContentPartsTest {
  @Inject AgroalDataSource dataSource;

  private static DataRow row(String level, String area, String oldCode, String name, String value) {
    return new DataRow("2021-22", level, area, oldCode, name, "E12000007", "referral-rate", new BigDecimal(value), null,
        null, null, null, null, null, null, null, null, null, null);
  }

  private static final DataSetContent CONTENT =
      new DataSetContent(
          List.of(new IndicatorMeta("referral-rate", "Referrals per 10,000 children", "Child protection activity", "rate per 10,000 children", 1, "NO_JUDGEMENT", "CIN census")),
          List.of(
              row("Local authority", "E09000002", "301", "Barking and Dagenham", "612.3"),
              row("Local authority", "E09000003", "302", "Barnet", "398.1"),
              row("Regional", "E12000007", null, "London", "455.0")));

  private String storeAsBeforeParts() throws SQLException {
    String dataSet = "before-parts-" + UUID.randomUUID().toString().substring(0, 8);
    byte[] canonical = ContentCodec.canonical(CONTENT);
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("insert into data_set (id, publication_id, title, summary) values (?, 'childrens-safeguarding-performance', 'Before parts', 'A version stored before content parts')")) {
        ps.setString(1, dataSet);
        ps.executeUpdate();
      }
      long versionId;
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into data_set_version (data_set_id, version, major, minor, patch, status, created_at, updated_at, published_at, content_hash, row_count)"
                  + " values (?, '1.0.0', 1, 0, 0, 'Published', now(), now(), now(), ?, 3) returning id")) {
        ps.setString(1, dataSet);
        ps.setString(2, ContentCodec.hash(CONTENT));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          versionId = rs.getLong(1);
        }
      }
      try (PreparedStatement ps = c.prepareStatement("insert into data_set_version_file (version_id, kind, media_type, sha256, bytes) values (?, 'content.json.gz', 'application/json', ?, ?)")) {
        ps.setLong(1, versionId);
        ps.setString(2, Sha256.hex(canonical));
        ps.setBytes(3, ContentCodec.gzip(canonical));
        ps.executeUpdate();
      }
    }
    return dataSet;
  }

  @Test
  void aVersionStoredAsOneWholeContentFileIsQueriedAndDescribedFromIt() throws SQLException {
    String dataSet = storeAsBeforeParts();

    given().queryParam("version", "1.0.0").queryParam("sort", "value:desc").get("/v1/data-sets/" + dataSet + "/query")
        .then().statusCode(200)
        .body("version", equalTo("1.0.0"))
        .body("results", hasSize(3))
        .body("results[0].areaCode", equalTo("E09000002")).body("results[0].value", equalTo(612.3f))
        .body("results[2].areaCode", equalTo("E09000003"));
    given().queryParam("areas", "302").get("/v1/data-sets/" + dataSet + "/query")
        .then().statusCode(200).body("results", hasSize(1)).body("results[0].areaName", equalTo("Barnet"));
    given().get("/v1/data-sets/" + dataSet + "/meta?version=1.0.0")
        .then().statusCode(200).body("indicators[0].id", equalTo("referral-rate")).body("timePeriods", equalTo(List.of("2021-22")));
  }
}
