package uk.gov.safeguarding.ingestion.cin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/cin-rules.md is the conformance table generated from the rule catalogue (rule list,
 * implementations, our readings) and the tests that pin each rule. This test fails when the
 * committed file differs from what the code says; regenerate it with
 * {@code -Dcin.rules.doc.write=true}.
 */
class RuleConformanceDocTest {
  private static final Path DOC = Path.of("..", "docs", "cin-rules.md");
  private static final Path TESTS = Path.of("src", "test", "java", "uk", "gov", "safeguarding", "ingestion", "cin", "rules");
  private static final int[] YEARS = {2024, 2025, 2026};

  @Test
  void theCommittedConformanceTableIsTheCatalogues() throws IOException {
    String expected = render(RuleCatalog.standard(), pins());
    if (Boolean.getBoolean("cin.rules.doc.write")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.exists(DOC)).as(DOC + " missing: run with -Dcin.rules.doc.write=true").isTrue();
    assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).as("docs/cin-rules.md is stale: run this test with -Dcin.rules.doc.write=true").isEqualTo(expected);
  }

  @Test
  void everyRuleOfEveryYearIsPinnedByATest() throws IOException {
    Map<String, List<String>> pins = pins();
    List<String> unpinned = RuleCatalog.standard().all().stream().map(RuleInfo::code).filter(c -> !pins.containsKey(c)).distinct().toList();
    assertThat(unpinned).isEmpty();
  }

  /** Rule code to the tests that pin it: ChildRulesTest's cases, and test methods named after a rule (rule8606..., ...Rule8905...). */
  static Map<String, List<String>> pins() throws IOException {
    Map<String, TreeSet<String>> out = new TreeMap<>();
    Pattern caseOf = Pattern.compile("Arguments\\.of\\(\"(\\d+Q?)\"");
    Pattern method = Pattern.compile("void (\\w+)\\(");
    Pattern named = Pattern.compile("[Rr]ule(\\d+Q?)(?=[A-Z_]|$)");
    try (Stream<Path> files = Files.list(TESTS)) {
      for (Path f : files.filter(p -> p.toString().endsWith("Test.java")).sorted().toList()) {
        String cls = f.getFileName().toString().replace(".java", "");
        String src = Files.readString(f, StandardCharsets.UTF_8);
        if (cls.equals("ChildRulesTest")) {
          Matcher m = caseOf.matcher(src);
          while (m.find()) {
            out.computeIfAbsent(m.group(1), k -> new TreeSet<>()).add("ChildRulesTest.ruleFiresWhenItsConditionIsBroken[" + m.group(1) + "]");
          }
        }
        Matcher m = method.matcher(src);
        while (m.find()) {
          Matcher n = named.matcher(m.group(1));
          while (n.find()) {
            out.computeIfAbsent(n.group(1), k -> new TreeSet<>()).add(cls + "." + m.group(1));
          }
        }
      }
    }
    Map<String, List<String>> pins = new TreeMap<>();
    out.forEach((k, v) -> pins.put(k, List.copyOf(v)));
    return pins;
  }

  static String render(RuleCatalog catalog, Map<String, List<String>> pins) {
    StringBuilder sb = new StringBuilder();
    sb.append("# CIN census rules: conformance table\n\n");
    sb.append("Generated from the rule catalogue (`ingestion-service/src/main/resources/cin/validation-rules.csv`, the rules'\n");
    sb.append("implementations and `cin/rule-readings.csv`) and the tests that pin each rule, by `RuleConformanceDocTest`\n");
    sb.append("(which fails when this file is stale; regenerate with\n");
    sb.append("`./mvnw -pl ingestion-service -am test -Dtest=RuleConformanceDocTest -Dsurefire.failIfNoSpecifiedTests=false -Dcin.rules.doc.write=true`).\n\n");
    sb.append("DfE wording: the rule list as published with the DfE-community validator (data-to-insight/csc-validator-be-cin).\n");
    sb.append("A rule reports the module the DfE list gives it: a finding on an item of its own module is on that module\n");
    sb.append("(`RuleScopingTest`, and every generated return of `GeneratedReturnsPropertyTest`). Schema years: 2023-24\n");
    sb.append("(collection year 2024, `GenderCurrent`), 2024-25 (2025, `Sex`), 2025-26 (2026). \"Our reading\" is given where it\n");
    sb.append("differs from the literal wording, or where the wording leaves a choice open, with the reason.\n\n");
    List<RuleInfo> rows = new ArrayList<>(catalog.all());
    rows.sort(java.util.Comparator.comparingLong(RuleCatalog::sortKey).thenComparing(r -> -r.toYear()));
    long codes = rows.stream().map(RuleInfo::code).distinct().count();
    sb.append(codes).append(" rules (").append(rows.size()).append(" rows: a rule whose wording changed between years has a row per wording).\n\n");
    sb.append("| Code | Type | Module | 2023-24 | 2024-25 | 2025-26 | DfE wording | Our reading | Pinned by |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (RuleInfo r : rows) {
      sb.append("| ").append(r.code()).append(" | ").append(r.type() == RuleType.ERROR ? "Error" : "Query").append(" | ").append(r.module());
      for (int y : YEARS) {
        sb.append(" | ").append(r.inForce(y) ? "yes" : "no");
      }
      sb.append(" | ").append(cell(r.message()));
      sb.append(" | ").append(cell(catalog.reading(r.code()).orElse("")));
      sb.append(" | ").append(cell(String.join("; ", pins.getOrDefault(r.code(), List.of())))).append(" |\n");
    }
    return sb.toString();
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
