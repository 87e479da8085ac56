package uk.gov.safeguarding.publication.version;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The download path for the files of public (Published or Deprecated) versions named exactly: on
 * the first request the version is looked up ({@link PublicFileLookup}, off the event loop) and
 * its plain and gzipped bytes are written once to content-addressed files; from then on requests
 * are answered on the event loop from direct buffers (or, past a memory budget, with {@code sendFile})
 * : strong ETag and 304, gzip by Accept-Encoding, single byte ranges
 * (206, 416) on the plain file, Last-Modified, Cache-Control, Content-Disposition. Anything else
 * (drafts, withdrawn versions, wildcards, HEAD) goes on to the JAX-RS resource. A status change
 * evicts the version here ({@link #evict}); a change made by another replica is seen within
 * {@code publication.downloads.revalidate} (default 5 s): the first request after that interval
 * re-reads the version's status off the event loop, so a withdrawn version stops being served by
 * every replica, not only by the one that withdrew it.
 */
@ApplicationScoped
public class PublicDownloads {
  static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  /** One servable file: the plain and gzipped bytes on disk and the headers that go with them. */
  record Entry(
      Path plain, long plainLength, Path gzip, long gzipLength, io.vertx.core.buffer.Buffer plainBytes, io.vertx.core.buffer.Buffer gzipBytes,
      String etag, String contentType, String cacheControl, String lastModified, String disposition,
      java.util.concurrent.atomic.AtomicLong checkedAt) {}

  @ConfigProperty(name = "publication.downloads.revalidate", defaultValue = "5s")
  java.time.Duration revalidate;

  /**
   * memory (default): the bytes kept in direct buffers and written as they are, up to
   * {@code publication.downloads.memory-budget} bytes, beyond which files are sent from disk;
   * sendfile: always from disk. Memory was 1.4-1.6x nginx and sendfile 0.5-0.9x on the plain CSV
   * in the same runs (docs/benchmarks/publication-service.md).
   */
  @ConfigProperty(name = "publication.downloads.mode", defaultValue = "memory")
  String mode;

  @ConfigProperty(name = "publication.downloads.memory-budget", defaultValue = "268435456")
  long memoryBudget;

  private final java.util.concurrent.atomic.AtomicLong memoryUsed = new java.util.concurrent.atomic.AtomicLong();

  /** The bytes in a direct buffer (freed by the garbage collector with the entry); never released by a write. */
  private static io.vertx.core.buffer.Buffer direct(byte[] bytes) {
    java.nio.ByteBuffer buffer = java.nio.ByteBuffer.allocateDirect(bytes.length).put(bytes).flip();
    return io.vertx.core.buffer.Buffer.buffer(io.netty.buffer.Unpooled.unreleasableBuffer(io.netty.buffer.Unpooled.wrappedBuffer(buffer)));
  }

  private final Map<String, Entry> entries = new ConcurrentHashMap<>();

  @jakarta.inject.Inject PublicFileLookup lookup;

  /** Where the content-addressed files go; default the JVM's temporary directory. */
  @ConfigProperty(name = "publication.downloads.dir")
  java.util.Optional<Path> configuredDir;

  private Path dir() {
    return configuredDir.orElseGet(() -> Path.of(System.getProperty("java.io.tmpdir"), "safeguarding-publication-downloads"));
  }

  void install(@Observes Router router) {
    router.get("/v1/data-sets/:id/versions/:version/:kind").order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::serve);
  }

  private static String key(String dataSetId, String version, String kind) {
    return dataSetId + "/" + version + "/" + kind;
  }

  /** Makes a public version's file servable on the fast path (written once per content hash). */
  void register(String dataSetId, String version, String kind, StoredFile plain, StoredFile gzipped, String cacheControl, Instant lastModified, String filename) {
    String k = key(dataSetId, version, kind);
    if (entries.containsKey(k) || gzipped == null) {
      return;
    }
    synchronized (this) {
      if (!entries.containsKey(k)) {
        put(k, kind, plain, gzipped, cacheControl, lastModified, filename);
      }
    }
  }

  private void put(String k, String kind, StoredFile plain, StoredFile gzipped, String cacheControl, Instant lastModified, String filename) {
    String extension = kind.equals(VersionFiles.CSV) ? ".csv" : ".json";
    Path p = write(plain.sha256() + extension, plain.bytes());
    Path g = write(plain.sha256() + extension + ".gz", gzipped.bytes());
    String type = plain.mediaType().startsWith("text/") ? plain.mediaType() + "; charset=UTF-8" : plain.mediaType();
    long size = (long) plain.bytes().length + gzipped.bytes().length;
    boolean memory = "memory".equals(mode) && memoryUsed.addAndGet(size) <= memoryBudget;
    if ("memory".equals(mode) && !memory) {
      memoryUsed.addAndGet(-size);
    }
    entries.put(k, new Entry(p, plain.bytes().length, g, gzipped.bytes().length, memory ? direct(plain.bytes()) : null, memory ? direct(gzipped.bytes()) : null,
        "\"" + plain.sha256() + "\"", type, cacheControl,
        lastModified == null ? null : HTTP_DATE.format(lastModified), "attachment; filename=\"" + filename + "\"",
        new java.util.concurrent.atomic.AtomicLong(System.nanoTime())));
  }

  /** Forgets a version whose status changed (withdrawn or deprecated): the resource decides again. */
  void evict(String dataSetId, String version) {
    for (String kind : java.util.List.of(VersionFiles.CSV, VersionFiles.JSON)) {
      Entry gone = entries.remove(key(dataSetId, version, kind));
      if (gone != null && gone.plainBytes() != null) {
        memoryUsed.addAndGet(-(gone.plainLength() + gone.gzipLength()));
      }
    }
  }

  private Path write(String name, byte[] bytes) {
    try {
      Path dir = dir();
      Files.createDirectories(dir);
      Path target = dir.resolve(name);
      if (Files.exists(target) && Files.size(target) == bytes.length) {
        return target;
      }
      Path tmp = Files.createTempFile(dir, name, ".part");
      Files.write(tmp, bytes);
      return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void serve(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    String version = ctx.pathParam("version");
    String kind = ctx.pathParam("kind");
    Entry e = entries.get(key(id, version, kind));
    if (e != null) {
      long now = System.nanoTime();
      long checked = e.checkedAt().get();
      if (now - checked < revalidate.toNanos() || !e.checkedAt().compareAndSet(checked, now)) {
        send(ctx, e);
        return;
      }
      // due for a re-check (another replica may have withdrawn the version): this request asks the database
      ctx.vertx().<Boolean>executeBlocking(() -> lookup.isPublic(id, version)).onComplete(stillPublic -> {
        if (stillPublic.succeeded() && !stillPublic.result()) {
          evict(id, version);
          ctx.next();
        } else {
          send(ctx, e);
        }
      });
      return;
    }
    if (!(kind.equals(VersionFiles.CSV) || kind.equals(VersionFiles.JSON)) || !version.matches("\\d{1,6}\\.\\d{1,6}\\.\\d{1,6}") || id.length() > 100) {
      ctx.next();
      return;
    }
    // first request for this file: look the version up off the event loop; not public (or unknown) -> the resource answers
    ctx.vertx().<Boolean>executeBlocking(() -> lookup.load(id, version, kind)).onComplete(loaded -> {
      Entry fresh = loaded.succeeded() && loaded.result() ? entries.get(key(id, version, kind)) : null;
      if (fresh != null) {
        send(ctx, fresh);
      } else {
        ctx.next();
      }
    });
  }

  private void send(RoutingContext ctx, Entry e) {
    HttpServerResponse res = ctx.response();
    res.putHeader(HttpHeaders.ETAG, e.etag()).putHeader(HttpHeaders.CACHE_CONTROL, e.cacheControl()).putHeader(HttpHeaders.VARY, "Accept-Encoding");
    if (e.lastModified() != null) {
      res.putHeader(HttpHeaders.LAST_MODIFIED, e.lastModified());
    }
    String inm = ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH);
    if (inm != null && Downloads.matches(inm, e.etag().substring(1, e.etag().length() - 1))) {
      res.setStatusCode(304).end();
      return;
    }
    res.putHeader(HttpHeaders.CONTENT_TYPE, e.contentType()).putHeader("Content-Disposition", e.disposition()).putHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    Downloads.ByteRange range = Downloads.range(ctx.request().getHeader("Range"), ctx.request().getHeader("If-Range"), e.etag(), e.plainLength());
    if (range == Downloads.ByteRange.UNSATISFIABLE) {
      res.setStatusCode(416).putHeader(HttpHeaders.CONTENT_RANGE, "bytes */" + e.plainLength()).end();
      return;
    }
    if (range != null) {
      res.setStatusCode(206).putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
          .putHeader(HttpHeaders.CONTENT_RANGE, "bytes " + range.first() + "-" + range.last() + "/" + e.plainLength());
      if (e.plainBytes() != null) {
        res.end(e.plainBytes().slice((int) range.first(), (int) range.last() + 1));
      } else {
        res.sendFile(e.plain().toString(), range.first(), range.length());
      }
      return;
    }
    if (Downloads.acceptsGzip(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING))) {
      res.putHeader(HttpHeaders.CONTENT_ENCODING, "gzip");
      if (e.gzipBytes() != null) {
        res.end(e.gzipBytes().slice());
      } else {
        res.sendFile(e.gzip().toString());
      }
      return;
    }
    res.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY);
    if (e.plainBytes() != null) {
      res.end(e.plainBytes().slice());
    } else {
      res.sendFile(e.plain().toString());
    }
  }
}
