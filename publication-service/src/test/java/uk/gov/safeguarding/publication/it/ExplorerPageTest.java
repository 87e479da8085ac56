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
import org.junit.jupiter.api.Test;

/**
 * The data explorer page in a real browser (headless Chromium from Debian's packages): it loads,
 * picks an LA from the URL, renders the trend and funnel charts and the profile table.
 */
@QuarkusTest
class ExplorerPageTest {
  @TestHTTPResource("/")
  URL root;

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
    assertThat(dom).containsPattern("<canvas id=\"funnel\"[^>]*data-rendered=\"true\"");
    assertThat(dom).contains("Barking and Dagenham: ").contains("<caption>Activity</caption>");
    Path shot = Path.of("target", "explorer.png").toAbsolutePath();
    run(browser, profile, "--window-size=1280,2200", "--screenshot=" + shot, url);
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
  }
}
