package uk.gov.safeguarding.ingestion.returns;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.zip.GZIPInputStream;
import uk.gov.safeguarding.ingestion.cin.parse.LimitedInputStream;
import uk.gov.safeguarding.platform.hashing.Sha256;

/**
 * A submitted return read to its end before anything is parsed or stored: decompressed when
 * gzip, refused ({@link uk.gov.safeguarding.ingestion.cin.parse.BodyTooLargeException}) as soon as
 * the (decompressed) content passes the limit, hashed on the way (SHA-256 of the content), and kept
 * in memory when small, else in an owner-only temporary file that {@link #close()} deletes.
 *
 * <p>Reading the whole body first bounds the cost of a hostile body to one copy at disk speed: an
 * oversized, endless or gzip-bomb body is refused after reading just over the limit, with no
 * database transaction open and nothing parsed. It also gives the content hash before parsing,
 * so a payload already stored is answered without validating it again. Child-level content in the
 * temporary file stays inside ingestion-service and lives only for the request.
 */
final class SpooledBody implements AutoCloseable {
  private static final int CHUNK = 65_536;
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private final byte[] inMemory;
  private final Path file;
  private final long size;
  private final String sha256;

  private SpooledBody(byte[] inMemory, Path file, long size, String sha256) {
    this.inMemory = inMemory;
    this.file = file;
    this.size = size;
    this.sha256 = sha256;
  }

  /**
   * Reads {@code body} to its end.
   *
   * @param gzip whether the body is gzip-compressed (Content-Encoding: gzip)
   * @param max the largest accepted content, compressed and decompressed
   * @param memoryThreshold content up to this size stays in memory, larger goes to a temporary file
   */
  static SpooledBody read(InputStream body, boolean gzip, long max, int memoryThreshold) throws IOException {
    InputStream in = new LimitedInputStream(body, max);
    if (gzip) {
      in = new LimitedInputStream(new GZIPInputStream(in, CHUNK), max);
    }
    MessageDigest sha = Sha256.digest();
    ByteArrayOutputStream memory = new ByteArrayOutputStream(Math.min(memoryThreshold, CHUNK));
    Path file = null;
    OutputStream out = memory;
    long size = 0;
    byte[] buffer = new byte[CHUNK];
    try {
      for (int n; (n = in.read(buffer)) >= 0; ) {
        sha.update(buffer, 0, n);
        size += n;
        if (file == null && size > memoryThreshold) {
          file = temporaryFile();
          out = Files.newOutputStream(file);
          memory.writeTo(out);
          memory = null;
        }
        out.write(buffer, 0, n);
      }
      out.close();
    } catch (IOException | RuntimeException e) {
      out.close();
      deleteQuietly(file);
      throw e;
    }
    String hash = Sha256.hex(sha);
    return new SpooledBody(file == null ? memory.toByteArray() : null, file, size, hash);
  }

  /** The content, from its start (each call opens it anew). */
  InputStream open() {
    if (inMemory != null) {
      return new ByteArrayInputStream(inMemory);
    }
    try {
      return new BufferedInputStream(Files.newInputStream(file), CHUNK);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Hex SHA-256 of the (decompressed) content. */
  String sha256() {
    return sha256;
  }

  /** Bytes of (decompressed) content. */
  long size() {
    return size;
  }

  /** True when the content was spooled to disk rather than held in memory. */
  boolean onDisk() {
    return file != null;
  }

  @Override
  public void close() {
    deleteQuietly(file);
  }

  private static Path temporaryFile() throws IOException {
    return POSIX
        ? Files.createTempFile("cin-return-", ".xml", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
        : Files.createTempFile("cin-return-", ".xml");
  }

  private static void deleteQuietly(Path file) {
    if (file != null) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // the temporary directory is cleaned by the platform; nothing else refers to the file
      }
    }
  }
}
