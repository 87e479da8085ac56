package uk.gov.safeguarding.publication.version;

/**
 * A rendered download of a version (CSV or JSON, plain or gzip): its media type, the SHA-256 of
 * its bytes (the strong ETag) and the bytes.
 */
public record StoredFile(String mediaType, String sha256, byte[] bytes) {}
