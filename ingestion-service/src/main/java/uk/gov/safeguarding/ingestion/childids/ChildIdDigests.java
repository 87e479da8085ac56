package uk.gov.safeguarding.ingestion.childids;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.crypto.Mac;
import uk.gov.safeguarding.platform.hashing.Sha256;

/**
 * The digest both sides compute: HMAC-SHA256 keyed with the caller's nonce. The caller hashes
 * its candidates; ingestion hashes the LA's own LAchildIDs with the same nonce and compares, so
 * neither candidates nor ids cross the wire, and a digest is useless for any other request.
 */
public final class ChildIdDigests {
  private ChildIdDigests() {}

  public static String digest(byte[] nonce, String candidate) {
    return Sha256.hmacHex(nonce, candidate);
  }

  /** The digests of a set of ids under one nonce. */
  public static Set<String> digests(byte[] nonce, Collection<String> ids) {
    Mac mac = Sha256.hmac(nonce);
    Set<String> out = new HashSet<>(ids.size() * 2);
    for (String id : ids) {
      out.add(Sha256.hmacHex(mac, id));
    }
    return out;
  }

  /** For each digest, whether it is among the known ones. */
  public static List<Boolean> known(Set<String> knownDigests, List<String> digests) {
    return digests.stream().map(d -> knownDigests.contains(d.toLowerCase(java.util.Locale.ROOT))).toList();
  }
}
