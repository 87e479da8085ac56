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
import org.junit.jupiter.api.Test;
import uk.gov.safeguarding.publication.content.DataSetContent;
import uk.gov.safeguarding.publication.ingest.SnapshotMapping;
import uk.gov.safeguarding.publication.version.PublishRequest;
import uk.gov.safeguarding.publication.version.VersionService;
import uk.gov.safeguarding.reference.AreaRegistry;

/**
 * The data explorer page in a real browser (headless Chromium from Debian's packages): it loads,
 * picks an LA from the URL, renders the trend and funnel charts and the profile table; the funnel
 * plot says why it cannot be drawn where the published data have no denominators.
 */
@QuarkusTest
class ExplorerPageTest {
  @TestHTTPResource("/")
  URL root;

  @Inject VersionService versions;

  static Path chromium() {
    for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
      if (Files.isExecutable(Path.of(candidate))) {
        return Path.of(candidate);
      }
    }
    return null;
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
    assumeTrue(browser != null, "chromium is not installed (apt-get install -y chromium)");
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
    DataSetContent slice = SnapshotMapping.slice(PublicationFlowTest.snapshot(year, ""), AreaRegistry.standard());
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
    assumeTrue(browser != null, "chromium is not installed (apt-get install -y chromium)");
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
    assumeTrue(browser != null, "chromium is not installed (apt-get install -y chromium)");
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
}
