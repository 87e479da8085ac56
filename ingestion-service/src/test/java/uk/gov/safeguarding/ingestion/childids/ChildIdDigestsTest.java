package uk.gov.safeguarding.ingestion.childids;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChildIdDigestsTest {
  @Test
  void isHmacSha256OfTheCandidateKeyedWithTheNonce() {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    assertThat(ChildIdDigests.digest("Jefe".getBytes(StandardCharsets.US_ASCII), "what do ya want for nothing?"))
        .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
  }

  @Test
  void answersPerDigestInOrderWhateverTheHexCase() {
    byte[] nonce = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};
    Set<String> known = ChildIdDigests.digests(nonce, List.of("A123", "B456"));
    String b = ChildIdDigests.digest(nonce, "B456").toUpperCase();
    assertThat(ChildIdDigests.known(known, List.of(ChildIdDigests.digest(nonce, "C789"), b))).containsExactly(false, true);
  }
}
