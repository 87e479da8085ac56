package uk.gov.safeguarding.platform.hashing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import org.junit.jupiter.api.Test;

/** Expected values are the published test vectors (FIPS 180-2 appendix B, RFC 4231), not our own output. */
class Sha256Test {
  @Test
  void hashesTextAsTheFipsVectorForAbc() {
    assertThat(Sha256.hex("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void hashesTheEmptyInput() {
    assertThat(Sha256.hex(new byte[0])).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void aDigestFedInPartsEqualsTheWholeHash() {
    MessageDigest sha = Sha256.digest();
    sha.update("a".getBytes(StandardCharsets.UTF_8));
    sha.update("bc".getBytes(StandardCharsets.UTF_8));
    assertThat(Sha256.hex(sha)).isEqualTo(Sha256.hex("abc"));
  }

  @Test
  void hmacMatchesRfc4231TestCase2() {
    byte[] key = "Jefe".getBytes(StandardCharsets.UTF_8);
    assertThat(Sha256.hmacHex(key, "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void aReusedMacGivesTheSameDigestForEachMessage() {
    byte[] key = HexFormat.of().parseHex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");
    Mac mac = Sha256.hmac(key);
    String expected = "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7"; // RFC 4231 case 1
    assertThat(Sha256.hmacHex(mac, "Hi There")).isEqualTo(expected);
    assertThat(Sha256.hmacHex(mac, "Hi There")).isEqualTo(expected);
  }
}
