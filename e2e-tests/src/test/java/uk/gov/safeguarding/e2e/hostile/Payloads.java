package uk.gov.safeguarding.e2e.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/** Generated hostile bodies too large or too binary to keep as text in the corpus. */
final class Payloads {
  private static final long MB = 1024L * 1024L;

  private Payloads() {}

  static Supplier<InputStream> named(String name, String lea) {
    return switch (name) {
      case "billionLaughs" -> text(billionLaughs(lea));
      case "quadraticBlowup" -> text(quadraticBlowup());
      case "deepXml" -> text(deep("<a>", "</a>", 100_000, "<Message>", "</Message>"));
      case "manyAttributes" -> text(manyAttributes());
      case "oversizedXml" -> () -> new RepeatingStream(header(lea), "<Child><ChildIdentifiers><LAchildID>X</LAchildID></ChildIdentifiers></Child>", 210 * MB);
      case "endlessXml" -> () -> new RepeatingStream(header(lea), "<!-- endless -->", Long.MAX_VALUE);
      case "gzipBomb" -> bytes(gzipBomb(lea));
      case "invalidUtf8" -> bytes(invalidUtf8(lea));
      case "deepJson" -> text(deep("[", "]", 100_000, "", ""));
      case "deepJsonObject" -> text(deep("{\"a\":", "}", 50_000, "", "").replace("{\"a\":}", "{\"a\":1}"));
      case "hugeJsonString" -> () -> new RepeatingStream("{\"collectionYear\":2025,\"source\":\"", "AAAAAAAAAAAAAAAA", 60 * MB);
      default -> throw new IllegalArgumentException("Unknown payload " + name);
    };
  }

  static String header(String lea) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Message><Header><CollectionDetails><Collection>CIN</Collection>"
        + "<Year>2025</Year><ReferenceDate>2025-03-31</ReferenceDate></CollectionDetails><Source><SourceLevel>L</SourceLevel>"
        + "<LEA>" + lea + "</LEA></Source></Header><Children>";
  }

  private static String billionLaughs(String lea) {
    StringBuilder dtd = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE Message [\n <!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append(" <!ENTITY lol").append(i).append(" \"");
      for (int j = 0; j < 10; j++) {
        dtd.append("&lol").append(i - 1).append(';');
      }
      dtd.append("\">\n");
    }
    return dtd.append("]>\n<Message><Header><Source><LEA>").append(lea).append("</LEA></Source></Header>&lol9;</Message>").toString();
  }

  private static String quadraticBlowup() {
    String big = "x".repeat(100_000);
    String refs = "&a;".repeat(50_000);
    return "<?xml version=\"1.0\"?><!DOCTYPE Message [<!ENTITY a \"" + big + "\">]><Message>" + refs + "</Message>";
  }

  private static String manyAttributes() {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\"?><Message");
    for (int i = 0; i < 200_000; i++) {
      sb.append(" a").append(i).append("=\"1\"");
    }
    return sb.append("/>").toString();
  }

  private static String deep(String open, String close, int depth, String prefix, String suffix) {
    StringBuilder sb = new StringBuilder(prefix.length() + depth * (open.length() + close.length()));
    sb.append(prefix);
    sb.append(open.repeat(depth));
    sb.append(close.repeat(depth));
    return sb.append(suffix).toString();
  }

  private static byte[] gzipBomb(String lea) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(header(lea).getBytes(StandardCharsets.UTF_8));
      byte[] spaces = new byte[(int) MB];
      java.util.Arrays.fill(spaces, (byte) ' ');
      for (int i = 0; i < 1024; i++) { // 1 GiB of whitespace, ~1 MB compressed
        gz.write(spaces);
      }
      gz.write("</Children></Message>".getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static byte[] invalidUtf8(String lea) {
    byte[] head = header(lea).getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) '<', (byte) 'C', (byte) 'h', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, (byte) '>'};
    byte[] all = new byte[head.length + bad.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    return all;
  }

  private static Supplier<InputStream> text(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    return () -> new java.io.ByteArrayInputStream(b);
  }

  private static Supplier<InputStream> bytes(byte[] b) {
    return () -> new java.io.ByteArrayInputStream(b);
  }

  /** A head, then a unit repeated until {@code limit} bytes: big bodies without big memory. */
  static final class RepeatingStream extends InputStream {
    private final byte[] head;
    private final byte[] unit;
    private final long limit;
    private long position;

    RepeatingStream(String head, String unit, long limit) {
      this.head = head.getBytes(StandardCharsets.UTF_8);
      this.unit = unit.getBytes(StandardCharsets.UTF_8);
      this.limit = limit;
    }

    @Override
    public int read() {
      if (position >= limit) {
        return -1;
      }
      long p = position++;
      return p < head.length ? head[(int) p] : unit[(int) ((p - head.length) % unit.length)];
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= limit) {
        return -1;
      }
      int n = (int) Math.min(len, limit - position);
      for (int i = 0; i < n; i++) {
        long p = position++;
        b[off + i] = p < head.length ? head[(int) p] : unit[(int) ((p - head.length) % unit.length)];
      }
      return n;
    }
  }
}
