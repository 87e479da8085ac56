package uk.gov.safeguarding.publication.version;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;

/**
 * HTTP caching for stored files: strong ETag (content hash), If-None-Match → 304, Last-Modified,
 * Cache-Control (a year and immutable for a pinned released version, short for "latest" and
 * pre-release), pre-compressed gzip when the client accepts it, single byte ranges on the plain
 * file (206; 416 when unsatisfiable; If-Range), Content-Disposition. Public versions are then
 * served by {@link PublicDownloads} with the same headers.
 */
public final class Downloads {
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";
  public static final String SHORT = "public, max-age=60";
  public static final String PRIVATE = "private, no-store";

  private Downloads() {}

  /** A satisfiable byte range, first and last inclusive. */
  public record ByteRange(long first, long last) {
    /** A Range header that names no byte of the file. */
    public static final ByteRange UNSATISFIABLE = new ByteRange(-1, -1);

    public long length() {
      return last - first + 1;
    }
  }

  /**
   * The single byte range a request asks for, or null for the whole file (no Range, a Range of
   * another unit or several ranges, or an If-Range that no longer matches).
   */
  public static ByteRange range(String header, String ifRange, String quotedEtag, long size) {
    if (header == null || !header.startsWith("bytes=") || header.indexOf(',') >= 0) {
      return null;
    }
    if (ifRange != null && !ifRange.strip().equals(quotedEtag)) {
      return null;
    }
    String spec = header.substring("bytes=".length()).strip();
    int dash = spec.indexOf('-');
    if (dash < 0) {
      return null;
    }
    try {
      String from = spec.substring(0, dash).strip();
      String to = spec.substring(dash + 1).strip();
      if (from.isEmpty()) {
        long suffix = Long.parseLong(to);
        return suffix <= 0 || size == 0 ? ByteRange.UNSATISFIABLE : new ByteRange(Math.max(0, size - suffix), size - 1);
      }
      long first = Long.parseLong(from);
      long last = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
      if (first >= size || last < first) {
        return ByteRange.UNSATISFIABLE;
      }
      return new ByteRange(first, last);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Whether Accept-Encoding allows gzip (not refused with q=0). */
  public static boolean acceptsGzip(String acceptEncoding) {
    if (acceptEncoding == null) {
      return false;
    }
    return Arrays.stream(acceptEncoding.toLowerCase(Locale.ROOT).split(","))
        .map(String::strip)
        .anyMatch(c -> (c.equals("gzip") || c.startsWith("gzip;")) && !c.replace(" ", "").matches("gzip;q=0(\\.0*)?"));
  }

  public static Response serve(
      HttpHeaders headers, io.vertx.core.http.HttpServerResponse raw, StoredFile plain, StoredFile gzipped, String cacheControl, Instant lastModified, String filename) {
    EntityTag etag = new EntityTag(plain.sha256());
    String inm = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (inm != null && matches(inm, plain.sha256())) {
      return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, "Accept-Encoding").build();
    }
    String type = plain.mediaType().startsWith("text/") ? plain.mediaType() + "; charset=UTF-8" : plain.mediaType();
    ByteRange range = range(headers.getHeaderString("Range"), headers.getHeaderString("If-Range"), "\"" + plain.sha256() + "\"", plain.bytes().length);
    if (range == ByteRange.UNSATISFIABLE) {
      return Response.status(416).header("Content-Range", "bytes */" + plain.bytes().length).header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }
    boolean gzip = range == null && gzipped != null && acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
    byte[] body = range != null ? Arrays.copyOfRange(plain.bytes(), (int) range.first(), (int) range.last() + 1) : gzip ? gzipped.bytes() : plain.bytes();
    Response.ResponseBuilder r =
        Response.status(range != null ? 206 : 200)
            .entity(body)
            .type(type)
            .tag(etag)
            .header(HttpHeaders.CACHE_CONTROL, cacheControl)
            .header(HttpHeaders.VARY, "Accept-Encoding")
            .header("Accept-Ranges", "bytes");
    if (range != null) {
      r.header("Content-Range", "bytes " + range.first() + "-" + range.last() + "/" + plain.bytes().length);
    }
    // set on the Vert.x response: Quarkus REST drops Content-Encoding given through JAX-RS
    raw.putHeader(HttpHeaders.CONTENT_ENCODING, gzip ? "gzip" : "identity");
    if (lastModified != null) {
      r.lastModified(Date.from(lastModified));
    }
    if (filename != null) {
      r.header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
    }
    return r.build();
  }

  /** Whether an If-None-Match header names this strong tag (or *). */
  public static boolean matches(String ifNoneMatch, String tag) {
    for (String candidate : ifNoneMatch.split(",")) {
      String c = candidate.trim();
      if (c.equals("*") || c.equals("\"" + tag + "\"") || c.equals("W/\"" + tag + "\"")) {
        return true;
      }
    }
    return false;
  }
}
