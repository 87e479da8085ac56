package uk.gov.safeguarding.ingestion.childids;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The digest both sides compute: HMAC-SHA256 keyed with the caller's nonce. The caller hashes
 * its candidates; ingestion hashes the LA's own LAchildIDs with the same nonce and compares, so
 * neither candidates nor ids cross the wire, and a digest is useless for any other request.
 */
public final class ChildIdDigests {
  private static final HexFormat HEX = HexFormat.of();

  private ChildIdDigests() {}

  public static String digest(byte[] nonce, String candidate) {
    return HEX.formatHex(mac(nonce).doFinal(candidate.getBytes(StandardCharsets.UTF_8)));
  }

  /** The digests of a set of ids under one nonce. */
  public static Set<String> digests(byte[] nonce, Collection<String> ids) {
    Mac mac = mac(nonce);
    Set<String> out = new HashSet<>(ids.size() * 2);
    for (String id : ids) {
      out.add(HEX.formatHex(mac.doFinal(id.getBytes(StandardCharsets.UTF_8))));
    }
    return out;
  }

  /** For each digest, whether it is among the known ones. */
  public static List<Boolean> known(Set<String> knownDigests, List<String> digests) {
    return digests.stream().map(d -> knownDigests.contains(d.toLowerCase(java.util.Locale.ROOT))).toList();
  }

  private static Mac mac(byte[] nonce) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(nonce, "HmacSHA256"));
      return mac;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
