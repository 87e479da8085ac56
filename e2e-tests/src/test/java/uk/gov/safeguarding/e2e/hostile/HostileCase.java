package uk.gov.safeguarding.e2e.hostile;

import java.util.Map;

/**
 * One hostile or malformed request from {@code hostile/cases.json}.
 *
 * @param service ingestion, indicator, evidence or publication
 * @param caller anonymous, la:&lt;old code&gt;, publisher, dfe-analyst, data-steward or admin
 * @param body an inline body, or null
 * @param payload the name of a generated body in {@link Payloads}, or null
 * @param expect the acceptable statuses, e.g. [400, 413]; every one must be a 4xx
 * @param heavy true for cases that stream hundreds of megabytes: run only with
 *     {@code -Dhostile.heavy=true} (deploy/reliability), not in CI
 * @param knownIssue a service defect this case exposes that is not fixed yet (reported as
 *     skipped with the reason, and listed in docs/reliability.md), or null
 */
public record HostileCase(
    String id,
    String description,
    String service,
    String method,
    String path,
    String caller,
    String contentType,
    Map<String, String> headers,
    String body,
    String payload,
    int[] expect,
    Boolean heavy,
    String knownIssue) {

  @Override
  public String toString() {
    return id + ": " + description;
  }
}
