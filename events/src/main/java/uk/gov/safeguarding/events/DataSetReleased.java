package uk.gov.safeguarding.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A data set version changed public status: published, corrected, deprecated or withdrawn.
 *
 * @param status PUBLISHED, DEPRECATED or WITHDRAWN
 * @param reason for withdrawals and corrections, otherwise null
 */
public record DataSetReleased(
    int schemaVersion,
    UUID eventId,
    Instant occurredAt,
    String dataSetId,
    String version,
    String status,
    String reason,
    String csvUrl,
    String jsonUrl) {

  public static final int SCHEMA_VERSION = 1;
}
