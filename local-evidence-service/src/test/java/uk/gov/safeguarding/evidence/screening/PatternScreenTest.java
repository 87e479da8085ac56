package uk.gov.safeguarding.evidence.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What free text may not carry, kind by kind, and what it may. */
class PatternScreenTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    // UPNs: check letter from the DfE algorithm (R301123456789 is the CIN census guide's example shape)
    "Child R301123456789 said she felt unsafe | UPN",
    "upn:m938120015019 (lower case) | UPN",
    "temporary UPN P30112345678A issued | UPN",
    "former UPN L301987654321 on the old record | FORMER_UPN",
    "previous: L301987654321 | FORMER_UPN",
    // NHS numbers: modulus 11 (943 476 5919 is the NHS Data Dictionary's example)
    "NHS 943 476 5919 attended A&E | NHS_NUMBER",
    "nhs no 9434765919 | NHS_NUMBER",
    "ref 943-476-5919 | NHS_NUMBER",
    // dates next to a birth cue
    "J (DOB 12/03/2015) was seen | DATE_OF_BIRTH",
    "d.o.b. 2015-03-12 | DATE_OF_BIRTH",
    "born on 3rd May 2016 in Leeds | DATE_OF_BIRTH",
    "date of birth: 12.3.15 | DATE_OF_BIRTH",
  })
  void findsTheKindOfIdentifier(String text, IdentifierKind kind) {
    assertThat(PatternScreen.find(text)).contains(kind);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
    "A301123456789 has the wrong check letter",
    "Most children said they feel safe at home",
    "Survey ran from 12/03/2025 to 30/04/2025 with 240 respondents",
    "NHS 943 476 5918 fails the check digit",
    "Call 0113 496 0000 for the team",
    "Children aged 8 to 17; 82.5% felt safe (198 of 240)",
    "Born in Bradford initiative, evaluated 2024",
    "Case reference 2025-26/OUT-1",
  })
  void letsOrdinaryEvidenceThrough(String text) {
    assertThat(PatternScreen.find(text)).isEmpty();
  }

  @Test
  void upnCheckLetterFollowsTheDfeAlgorithm() {
    // 3*2 + 0*3 + 1*4 + 1*5 + 2*6 + 3*7 + 4*8 + 5*9 + 6*10 + 7*11 + 8*12 + 9*13 = 475; 475 mod 23 = 15 = R
    assertThat(Upn.isValid("R301123456789")).isTrue();
    // wrong check letter, one digit short, a letter among the digits
    assertThat(List.of("S301123456789", "R30112345678", "R3011234567I9")).noneMatch(Upn::isValid);
  }

  @Test
  void nhsNumberCheckDigitIsModulusEleven() {
    assertThat(NhsNumber.isValid("9434765919")).isTrue();
    // wrong check digit; remainder 1 gives check 10, never issued; too short
    assertThat(List.of("9434765910", "0000000100", "94347659")).noneMatch(NhsNumber::isValid);
  }

  @Test
  void candidateLaChildIdsAreShortWordsWithADigit() {
    assertThat(PatternScreen.candidateIds("Child QX12345 and ab12 in 2025-26, KS2 results; synthetic SYN8860000123; children feel safe"))
        .contains("QX12345", "ab12", "AB12", "2025", "KS2", "SYN8860000123")
        .doesNotContain("Child", "children", "safe", "results", "26", "2025-26");
    assertThat(PatternScreen.candidateIds("A12345678901234567890 is longer than an LAchildID can be")).isEmpty();
    assertThat(PatternScreen.candidateIds(null)).isEmpty();
  }
}
