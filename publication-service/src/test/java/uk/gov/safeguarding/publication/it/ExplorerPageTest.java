package uk.gov.safeguarding.publication.it;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.ingest.SnapshotMapping;
import uk.gov.safeguarding.publication.version.PublishRequest;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.reference.AreaRegistry;
import uk.gov.safeguarding.reference.period.CollectionYear;

/**
 * The data explorer page in a real browser (headless Chromium from Debian's packages): it loads,
 * picks an LA from the URL, renders the trend (with confidence interval whiskers) and funnel
 * charts and the profile table with its comparisons; the funnel plot says why it cannot be drawn
 * where the published data have no denominators. Without Chromium these tests FAIL (install it
 * with {@code apt-get install -y chromium}, as deploy/local/test does); a developer can opt out
 * with {@code -Dexplorer.browser=skip}, or name another binary with {@code -Dexplorer.browser=PATH}.
 */
@QuarkusTest
class ExplorerPageTest {
  @TestHTTPResource("/")
  URL root;

  @Inject VersionService versions;

  static Path chromium() {
    String chosen = System.getProperty("explorer.browser", "");
    assumeTrue(!chosen.equals("skip"), "browser tests skipped on request (-Dexplorer.browser=skip)");
    List<String> candidates = chosen.isEmpty() ? List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome") : List.of(chosen);
    for (String candidate : candidates) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    throw new AssertionError("No Chromium at " + candidates + ": the explorer must be tested in a real browser. Install it (apt-get install -y chromium; deploy/local/test does),"
        + " name it with -Dexplorer.browser=PATH, or skip these tests on purpose with -Dexplorer.browser=skip");
  }

  static String run(Path browser, Path profile, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile, "--virtual-time-budget=20000", "--run-all-compositor-stages-before-draw"));
    cmd.addAll(List.of(args));
    Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void servesAnAccessiblePageWithDatasetJsonLd() {
    String html = given().get("/").then().statusCode(200).extract().asString();
    assertThat(html).contains("<html lang=\"en-GB\">", "application/ld+json", "\"@type\": \"Dataset\"", "<label for=\"la\">", "chart.umd.js");
  }

  @Test
  void aLocalAuthorityIsChosenAndItsChartsRenderInChromium() throws Exception {
    Path browser = chromium();
    Path profile = Files.createTempDirectory("chromium-profile");
    String url = root + "?la=E09000002&indicator=referral-rate";
    String dom = run(browser, profile, "--dump-dom", url);
    assertThat(dom).contains("data-rendered=\"E09000002/referral-rate\"");
    assertThat(dom).containsPattern("<canvas id=\"trend\"[^>]*data-rendered=\"true\"");
    assertThat(dom).containsPattern("<canvas id=\"funnel\"[^>]*data-available=\"(true|false)\"");
    assertThat(dom).containsPattern("<p id=\"funnel-note\"[^>]*>[^<]+</p>");
    assertThat(dom).contains("Barking and Dagenham: ").contains("<caption>Activity</caption>");
    Path shot = Path.of("target", "explorer.png").toAbsolutePath();
    run(browser, profile, "--window-size=1280,2200", "--screenshot=" + shot, url);
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
  }

  /** Publishes a snapshot's period (PublicationFlowTest's: referral rates with numerators and denominators for two London LAs). */
  String publishPeriodWithDenominators() {
    int year = PublicationFlowTest.uniqueYear();
    DataSetContent slice = SnapshotMapping.slice(PublicationFlowTest.content(year, ""), AreaRegistry.standard());
    versions.proposeDraft(PublicationFlowTest.DS, working -> SnapshotMapping.replaceSlice(working, slice));
    String draft = (String) PublicationFlowTest.draft().get("version");
    versions.publish(PublicationFlowTest.DS, draft, new PublishRequest(null, "Explorer page test"));
    return PublicationFlowTest.label(year);
  }

  /** Control limit for a proportion p with denominator n (normal approximation), in units of {@code scale}. */
  static String limit(double englandValue, double scale, double n, double z) {
    double p = englandValue / scale;
    return String.format(Locale.UK, "%.1f", scale * (p + z * Math.sqrt(p * (1 - p) / n)));
  }

  static String funnelNote(String dom) {
    var m = java.util.regex.Pattern.compile("<p id=\"funnel-note\"[^>]*>([^<]*)</p>").matcher(dom);
    assertThat(m.find()).as("funnel note in %s", dom).isTrue();
    return m.group(1).replace("&#39;", "'");
  }

  @Test
  void theFunnelPlotPlacesTheAuthorityAgainstEnglandsControlLimitsWherePublishedDataHaveDenominators() throws Exception {
    Path browser = chromium();
    String period = publishPeriodWithDenominators();

    String dom = run(browser, Files.createTempDirectory("chromium-profile"), "--dump-dom", root + "?la=E09000002&indicator=referral-rate&period=" + period);

    assertThat(dom).containsPattern("<canvas id=\"funnel\"[^>]*data-available=\"true\"[^>]*data-points=\"2\"");
    // England 510.3 per 10,000; Barking and Dagenham 205.7 with denominator 60,000 (z = 1.959964 and 3.090232)
    assertThat(funnelNote(dom))
        .startsWith("Barking and Dagenham, " + period + ": 205.7 (denominator 60,000), below the 99.8% limits around England's 510.3")
        .contains("95% limits " + limit(510.3, 10_000, 60_000, -1.959964) + " to " + limit(510.3, 10_000, 60_000, 1.959964))
        .contains("99.8% limits " + limit(510.3, 10_000, 60_000, -3.090232) + " to " + limit(510.3, 10_000, 60_000, 3.090232))
        .contains("2 local authorities shown");
  }

  @Test
  void theFunnelPlotSaysWhyItIsNotAvailableForHistoricalValuesAndForCounts() throws Exception {
    Path browser = chromium();
    Path profile = Files.createTempDirectory("chromium-profile");

    String historical = run(browser, profile, "--dump-dom", root + "?la=E09000002&indicator=referral-rate&period=2019-20");
    assertThat(historical).containsPattern("<canvas id=\"funnel\"[^>]*data-available=\"false\"");
    assertThat(funnelNote(historical)).isEqualTo("Funnel plot not available for 2019-20: the values for this period are published without numerators and denominators"
        + " (as in the historical series from DfE published statistics), so control limits cannot be drawn.");

    String period = publishPeriodWithDenominators();
    String count = run(browser, profile, "--dump-dom", root + "?la=E09000002&indicator=looked-after-and-cpp&period=" + period);
    assertThat(count).containsPattern("<canvas id=\"funnel\"[^>]*data-available=\"false\"");
    assertThat(funnelNote(count)).startsWith("Funnel plot not available for " + period + ": a funnel plot compares proportions or rates").endsWith("is measured as count.");
  }

  /** A computed year later than any other period of both data sets, so that it is the latest year of the profile. */
  int latestYear() {
    int latest = 2026;
    for (String ds : List.of(PublicationFlowTest.HISTORY, PublicationFlowTest.DS)) {
      var meta = given().get("/v1/data-sets/{id}/meta", ds);
      if (meta.statusCode() == 200) {
        for (String p : meta.jsonPath().getList("timePeriods", String.class)) {
          latest = Math.max(latest, CollectionYear.parse(p).orElseThrow().endYear());
        }
      }
    }
    var draft = PublicationFlowTest.draft();
    if (draft != null) {
      for (String line : PublicationFlowTest.draftCsv(draft).split("\n")) {
        Optional<CollectionYear> year = CollectionYear.parse(line.split(",", 2)[0]);
        if (year.isPresent()) {
          latest = Math.max(latest, year.get().endYear());
        }
      }
    }
    return latest + 1;
  }

  static String attribute(String dom, String element, String name) {
    var m = java.util.regex.Pattern.compile("<" + element + "[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(dom);
    assertThat(m.find()).as("%s with %s", element, name).isTrue();
    return m.group(1);
  }

  /** The comparison cell of one indicator's profile row: its outcome and the text a person reads. */
  static String comparisonCell(String dom, String indicator, String benchmark) {
    var row = java.util.regex.Pattern.compile("<tr data-indicator=\"" + indicator + "\">(.*?)</tr>").matcher(dom);
    assertThat(row.find()).as("profile row of %s", indicator).isTrue();
    var cell = java.util.regex.Pattern.compile("<td class=\"([^\"]*)\" data-compare=\"" + benchmark + "\" data-outcome=\"([^\"]*)\">([^<]*)</td>").matcher(row.group(1));
    assertThat(cell.find()).as("%s comparison of %s in %s", benchmark, indicator, row.group(1)).isTrue();
    return cell.group(1) + "|" + cell.group(2) + "|" + cell.group(3);
  }

  @Test
  void aComputedYearShowsItsComparisonsFunnelLimitsWhiskersAndDownloadsAndFitsA360PixelScreen() throws Exception {
    Path browser = chromium();
    int year = latestYear();
    String period = PublicationFlowTest.label(year);
    DataSetContent slice = SnapshotMapping.slice(ComputedReleaseFlowTest.computedContent(year, "3930"), AreaRegistry.standard());
    versions.proposeDraft(PublicationFlowTest.DS, working -> SnapshotMapping.replaceSlice(working, slice));
    String version = (String) PublicationFlowTest.draft().get("version");
    versions.publish(PublicationFlowTest.DS, version, new PublishRequest(null, "Explorer page test: computed year"));

    Path profile = Files.createTempDirectory("chromium-profile");
    String url = root + "?la=E09000002&indicator=re-referral-rate&period=" + period;
    String dom = run(browser, profile, "--window-size=360,3000", "--dump-dom", url);
    assertThat(dom).contains("data-rendered=\"E09000002/re-referral-rate\"");

    // the indicator named with its framework item, as the computed data set's metadata gives it
    assertThat(dom).contains("<tr data-indicator=\"re-referral-rate\"><th scope=\"row\">N10 \u00b7 Re-referrals within 12 months</th>");

    // comparisons as a person reads them, coloured by the indicator's polarity
    assertThat(comparisonCell(dom, "re-referral-rate", "england")).isEqualTo("cmp worse|WORSE|Significantly higher (worse)");
    assertThat(comparisonCell(dom, "re-referral-rate", "neighbours")).isEqualTo("cmp worse|WORSE|Significantly higher (worse)");
    assertThat(comparisonCell(dom, "referral-rate", "england")).isEqualTo("cmp unjudged|HIGHER|Significantly higher");
    assertThat(comparisonCell(dom, "referral-rate", "neighbours")).isEqualTo("cmp similar|SIMILAR|Similar");

    // the funnel of the computed year: both London LAs, Barking and Dagenham against England's 21.9% with denominator 4,000
    assertThat(attribute(dom, "canvas id=\"funnel\"", "data-available")).isEqualTo("true");
    assertThat(attribute(dom, "canvas id=\"funnel\"", "data-source")).isEqualTo("computed");
    assertThat(attribute(dom, "canvas id=\"funnel\"", "data-points")).isEqualTo("2");
    assertThat(attribute(dom, "canvas id=\"funnel\"", "data-limits")).isEqualTo(String.join(" ",
        limit(21.9, 100, 4000, -3.090232), limit(21.9, 100, 4000, -1.959964), limit(21.9, 100, 4000, 1.959964), limit(21.9, 100, 4000, 3.090232)));
    assertThat(funnelNote(dom)).startsWith("Barking and Dagenham, " + period + ": 27.5% (denominator 4,000), above the 99.8% limits around England's 21.9%");
    assertThat(dom).containsPattern("<dl id=\"funnel-legend\"[^>]*>").contains("95% limits</dt>").contains("99.8% limits</dt>").contains("1 in 500");

    // the trend has confidence interval whiskers for the computed values
    assertThat(Integer.parseInt(attribute(dom, "canvas id=\"trend\"", "data-whiskers"))).isGreaterThanOrEqualTo(1);

    // where the values come from, and the downloads of both data sets
    assertThat(dom).containsPattern("<li data-source=\"computed\"><strong>Computed \\(computed-indicators " + java.util.regex.Pattern.quote(version) + ",[^<]*</strong>[^<]*synthetic");
    assertThat(dom).containsPattern("<li data-source=\"dfe-published-statistics\"><strong>DfE published statistics \\(safeguarding-indicators ");
    assertThat(dom).contains("href=\"/v1/data-sets/computed-indicators/versions/" + version + "/csv\"")
        .contains("href=\"/v1/data-sets/computed-indicators/versions/" + version + "/json\"")
        .containsPattern("href=\"/v1/data-sets/safeguarding-indicators/versions/[0-9.]+/csv\"")
        .contains("href=\"/v1/data-sets/computed-indicators/query?format=csv&amp;indicators=re-referral-rate&amp;areas=E09000002,E92000001,E12000007\"");
    given().get("/v1/data-sets/computed-indicators/versions/{v}/csv", version).then().statusCode(200);

    // keyboard: every control is a labelled native control, the wide tables scroll in a focusable region; 360 px wide without page overflow
    assertThat(dom).contains("<label for=\"la\">").contains("<label for=\"indicator\">").contains("<label for=\"funnel-period\">")
        .containsPattern("<div class=\"table-wrap\" tabindex=\"0\"");
    assertThat(attribute(dom, "body", "data-layout")).isEqualTo("fits");
  }
}
