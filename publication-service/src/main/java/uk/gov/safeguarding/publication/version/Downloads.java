package uk.gov.safeguarding.publication.version;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Date;
import uk.gov.safeguarding.publication.version.DataSetVersionRepository.StoredFile;

/**
 * HTTP caching for stored files: strong ETag (content hash), If-None-Match → 304, Last-Modified,
 * Cache-Control (a year and immutable for a pinned released version, short for "latest" and
 * pre-release), pre-compressed gzip when the client accepts it, Content-Disposition.
 */
public final class Downloads {
  public static final String IMMUTABLE = "public, max-age=31536000, immutable";
  public static final String SHORT = "public, max-age=60";
  public static final String PRIVATE = "private, no-store";

  private Downloads() {}

  public static Response serve(
      HttpHeaders headers, io.vertx.core.http.HttpServerResponse raw, StoredFile plain, StoredFile gzipped, String cacheControl, Instant lastModified, String filename) {
    EntityTag etag = new EntityTag(plain.sha256());
    String inm = headers.getHeaderString(HttpHeaders.IF_NONE_MATCH);
    if (inm != null && matches(inm, plain.sha256())) {
      return Response.notModified(etag).header(HttpHeaders.CACHE_CONTROL, cacheControl).header(HttpHeaders.VARY, "Accept-Encoding").build();
    }
    String accept = headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING);
    boolean gzip = gzipped != null && accept != null && accept.toLowerCase().contains("gzip");
    String type = plain.mediaType().startsWith("text/") ? plain.mediaType() + "; charset=UTF-8" : plain.mediaType();
    Response.ResponseBuilder r =
        Response.ok(gzip ? gzipped.bytes() : plain.bytes())
            .type(type)
            .tag(etag)
            .header(HttpHeaders.CACHE_CONTROL, cacheControl)
            .header(HttpHeaders.VARY, "Accept-Encoding");
    if (gzip) {
      // set on the Vert.x response: Quarkus REST drops Content-Encoding given through JAX-RS
      raw.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
    }
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
