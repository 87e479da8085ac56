package uk.gov.safeguarding.platform.hashing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256, written as lowercase hex: the one place the platform names the
 * algorithms. Content hashes (ETags, idempotency, change detection) use {@link #hex}; keyed digests
 * of identifiers (child id screening, measure keys) use {@link #hmac}.
 */
public final class Sha256 {
  private static final HexFormat HEX = HexFormat.of();

  private Sha256() {}

  /** A fresh SHA-256 digest, for hashing content that arrives in parts. */
  public static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** SHA-256 of the bytes, hex. */
  public static String hex(byte[] bytes) {
    return HEX.formatHex(digest().digest(bytes));
  }

  /** SHA-256 of the text's UTF-8 bytes, hex. */
  public static String hex(String text) {
    return hex(text.getBytes(StandardCharsets.UTF_8));
  }

  /** Completes a digest fed in parts and writes it as hex (the digest is reset). */
  public static String hex(MessageDigest digest) {
    return HEX.formatHex(digest.digest());
  }

  /** A fresh HMAC-SHA256 keyed with {@code key}; reuse it for many messages under one key (not across threads). */
  public static Mac hmac(byte[] key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
    }
  }

  /** HMAC-SHA256 of the text's UTF-8 bytes under {@code mac}'s key, hex. */
  public static String hmacHex(Mac mac, String text) {
    return HEX.formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** HMAC-SHA256 of the text's UTF-8 bytes under {@code key}, hex. */
  public static String hmacHex(byte[] key, String text) {
    return hmacHex(hmac(key), text);
  }
}
