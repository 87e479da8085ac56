package uk.gov.safeguarding.ingestion.returns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.ingestion.cin.parse.BodyTooLargeException;
import uk.gov.safeguarding.platform.hashing.Sha256;

class SpooledBodyTest {
  private static final int LIMIT = 10_000;

  private static byte[] bytes(int n) {
    byte[] b = new byte[n];
    for (int i = 0; i < n; i++) {
      b[i] = (byte) ('a' + i % 26);
    }
    return b;
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(content);
    }
    return out.toByteArray();
  }

  private static Set<Path> spoolFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
      return files.filter(p -> p.getFileName().toString().startsWith("cin-return-")).collect(Collectors.toSet());
    }
  }

  @Test
  void aBodyOfExactlyTheLimitIsKeptWithItsHash() throws Exception {
    byte[] content = bytes(LIMIT);
    try (SpooledBody body = SpooledBody.read(new ByteArrayInputStream(content), false, LIMIT, 1 << 20)) {
      assertThat(body.size()).isEqualTo(LIMIT);
      assertThat(body.onDisk()).isFalse();
      assertThat(body.sha256()).isEqualTo(Sha256.hex(content));
      try (InputStream in = body.open()) {
        assertThat(in.readAllBytes()).isEqualTo(content);
      }
    }
  }

  @Test
  void oneByteOverTheLimitIsRefused() {
    assertThatThrownBy(() -> SpooledBody.read(new ByteArrayInputStream(bytes(LIMIT + 1)), false, LIMIT, 1 << 20))
        .isInstanceOfSatisfying(BodyTooLargeException.class, e -> assertThat(e.limit()).isEqualTo(LIMIT));
  }

  @Test
  void anEndlessBodyIsRefusedAfterReadingJustPastTheLimit() {
    long[] served = {0};
    InputStream endless = new InputStream() {
      @Override
      public int read() {
        served[0]++;
        return 'x';
      }

      @Override
      public int read(byte[] b, int off, int len) {
        java.util.Arrays.fill(b, off, off + len, (byte) 'x');
        served[0] += len;
        return len;
      }
    };
    assertThatThrownBy(() -> SpooledBody.read(endless, false, LIMIT, 1 << 20)).isInstanceOf(BodyTooLargeException.class);
    assertThat(served[0]).isLessThanOrEqualTo(LIMIT + 65_536L);
  }

  @Test
  void theLimitAppliesToTheDecompressedContentOfAGzipBody() throws Exception {
    byte[] bomb = gzip(new byte[LIMIT * 100]);
    assertThat(bomb.length).isLessThan(LIMIT);
    assertThatThrownBy(() -> SpooledBody.read(new ByteArrayInputStream(bomb), true, LIMIT, 1 << 20)).isInstanceOf(BodyTooLargeException.class);
  }

  @Test
  void aGzipBodyIsHashedAndReadDecompressed() throws Exception {
    byte[] content = bytes(5_000);
    try (SpooledBody body = SpooledBody.read(new ByteArrayInputStream(gzip(content)), true, LIMIT, 1 << 20)) {
      assertThat(body.sha256()).isEqualTo(Sha256.hex(content));
      try (InputStream in = body.open()) {
        assertThat(in.readAllBytes()).isEqualTo(content);
      }
    }
  }

  @Test
  void notGzipDespiteTheEncodingIsAZipException() {
    assertThatThrownBy(() -> SpooledBody.read(new ByteArrayInputStream(bytes(100)), true, LIMIT, 1 << 20)).isInstanceOf(ZipException.class);
  }

  @Test
  void aBodyOverTheMemoryThresholdGoesToAnOwnerOnlyFileDeletedOnClose() throws Exception {
    byte[] content = bytes(9_000);
    Set<Path> before = spoolFiles();
    Path file;
    try (SpooledBody body = SpooledBody.read(new ByteArrayInputStream(content), false, LIMIT, 1_000)) {
      assertThat(body.onDisk()).isTrue();
      assertThat(body.sha256()).isEqualTo(Sha256.hex(content));
      List<Path> created = spoolFiles().stream().filter(p -> !before.contains(p)).toList();
      assertThat(created).hasSize(1);
      file = created.get(0);
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
      }
      try (InputStream in = body.open()) {
        assertThat(in.readAllBytes()).isEqualTo(content);
      }
    }
    assertThat(file).doesNotExist();
  }

  @Test
  void aRefusedBodyLeavesNoFileBehind() throws Exception {
    Set<Path> before = spoolFiles();
    assertThatThrownBy(() -> SpooledBody.read(new ByteArrayInputStream(bytes(LIMIT * 3)), false, LIMIT, 1_000)).isInstanceOf(BodyTooLargeException.class);
    assertThat(spoolFiles()).isSubsetOf(before);
  }
}
