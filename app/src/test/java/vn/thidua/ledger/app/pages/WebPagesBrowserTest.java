package vn.thidua.ledger.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.demo.DemoLoader;
import vn.thidua.ledger.app.demo.DemoUsers;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.DemoYearApi;
import vn.thidua.ledger.app.testsupport.DemoYearTest;
import vn.thidua.ledger.app.testsupport.HeadlessChromium;
import vn.thidua.ledger.fixtures.Conference2022;

/**
 * The web pages (docs/web.md) in headless Chromium on the demo year, loaded through HTTP: each page shows its
 * data, the signed-in pages after signing in with the form, and the round page shows a close pushed over the live
 * stream without a reload. With {@code -Dthidua.docs.write=true} each page's screenshot is written to
 * docs/screenshots (the normal run writes nothing there). Skipped only where no Chromium and chromedriver are
 * installed, as BallotPageBrowserTest; CI installs both (.ci/run).
 */
@DemoYearTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebPagesBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");
    private static final String CAMPAIGN = "btp-cum-iv-2022";
    private static final String ROUND = "btp-cum-iv-2022-suy-ton-co-thi-dua";
    private static final String UNIT = "tong-cuc-thads";

    @LocalServerPort
    int port;
    @Autowired
    MockMvc mvc;
    @Autowired
    CommandApi api;
    @Autowired
    DemoLoader loader;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    void startTheBrowserOnceTheYearIsLoaded() throws Exception {
        DemoYearApi.loaded(loader);
        DemoYearApi demo = new DemoYearApi(port);
        await().atMost(Duration.ofSeconds(60)).ignoreExceptions()
                .untilAsserted(() -> demo.get(null, "/api/public/campaigns/" + CAMPAIGN + "/ranking"));
        browser = HeadlessChromium.start("--window-size=1280,1400", "--lang=vi").orElse(null);
        if (browser != null) {
            wait = new WebDriverWait(browser, WAIT);
        }
    }

    @AfterAll
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageIsServedToAnyoneUnderAPolicyThatAdmitsOnlyThisOrigin() throws Exception {
        for (String page : List.of("/trang", "/trang/xep-hang/x", "/trang/don-vi/x", "/trang/binh-xet/x",
                "/trang/kiem-toan", "/trang/thu-ky")) {
            mvc.perform(get(page)).andExpect(status().isOk())
                    .andExpect(header().string("Content-Security-Policy", WebPagesController.POLICY))
                    .andExpect(header().string("Referrer-Policy", "no-referrer"));
        }
        mvc.perform(get("/assets/trang/chung.js")).andExpect(status().isOk());
        mvc.perform(get("/trang/khong-co")).andExpect(status().isNotFound());
    }

    @Test
    void theRankingPageShowsThePublishedTableTheChartAndAUnitsBreakdown() throws Exception {
        open("/trang/xep-hang/" + CAMPAIGN);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("ranking-table")));
        List<WebElement> rows = browser.findElements(By.cssSelector("#ranking-table tbody tr[data-unit]"));
        assertThat(rows).hasSizeGreaterThanOrEqualTo(4);
        assertThat(rows.get(0).getText()).startsWith("1");
        assertThat(browser.findElements(By.cssSelector("#chart svg rect.bar"))).hasSize(rows.size());
        assertThat(browser.findElement(By.id("campaign")).getText()).contains("Cụm thi đua số IV").contains("2022");
        // The demo's points and order are invented: the page says so above them and on the table itself.
        assertThat(browser.findElement(By.id("illustrative")).getText())
                .contains("số liệu minh họa (điểm, thứ hạng)").contains(Conference2022.ILLUSTRATIVE_FIGURES_NOTE);
        assertThat(browser.findElement(By.cssSelector("#ranking-table caption")).getText()).contains("(minh họa)");

        WebElement details = browser.findElement(By.id("chi-tiet-0"));
        assertThat(details.isDisplayed()).isFalse();
        rows.get(0).findElement(By.cssSelector("button.toggle")).click();
        assertThat(details.isDisplayed()).isTrue();
        assertThat(details.getText()).contains("Tự chấm").contains("Thẩm định");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rounds-table"), "Đã kết thúc"));
        waitLive();
        screenshot("xep-hang");
    }

    @Test
    void theUnitPageShowsItsAwardsAndToAnAuditorItsHistory() throws Exception {
        open("/trang/don-vi/" + UNIT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("awards-table")));
        assertThat(browser.findElement(By.id("unit")).getText()).contains("Tổng cục Thi hành án dân sự");
        assertThat(browser.findElement(By.id("awards-table")).getText()).contains("2022");
        signIn(DemoUsers.AUDITOR);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-table")));
        assertThat(browser.findElements(By.cssSelector("#history-table tbody tr"))).isNotEmpty();
        screenshot("don-vi");
        signOut();
    }

    @Test
    void theAuditPageFiltersPagesAndShowsTheDraftRankingAsOfAPosition() throws Exception {
        open("/trang/kiem-toan");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-status"), "đăng nhập"));
        signIn(DemoUsers.AUDITOR);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit-status"), "Tìm thấy"));
        browser.findElement(By.name("type")).sendKeys("ScoreSelfAssessed");
        browser.findElement(By.name("size")).clear();
        browser.findElement(By.name("size")).sendKeys("2");
        browser.findElement(By.id("search")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-label"), "Trang 1 /"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#audit-table tbody tr"));
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.getText()).contains("ScoreSelfAssessed"));
        browser.findElement(By.id("next")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("page-label"), "Trang 2 /"));

        browser.findElement(By.cssSelector("#audit-table button.as-of-position")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("as-of-table")));
        assertThat(browser.findElement(By.id("as-of-status")).getText()).contains("dự thảo").contains(CAMPAIGN);
        // The demo's points are invented: the as-of ranking says so as the ranking page does.
        assertThat(browser.findElement(By.id("as-of-status")).getText()).contains("số liệu minh họa (điểm, thứ hạng)");
        assertThat(browser.findElement(By.cssSelector("#as-of-table caption")).getText()).contains("(minh họa)");
        screenshot("kiem-toan");
        signOut();
    }

    @Test
    void theRoundPageShowsTalliesThresholdAndWinners() throws Exception {
        open("/trang/binh-xet/" + ROUND);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tally-table")));
        assertThat(browser.findElement(By.id("round-status")).getText()).contains("Đã kết thúc");
        assertThat(browser.findElement(By.id("threshold")).getText()).contains("%");
        assertThat(browser.findElement(By.id("winners")).getText()).contains("Tổng cục Thi hành án dân sự");
        // The demo's votes are invented: the page says so above the tallies and on the tally table.
        assertThat(browser.findElement(By.id("illustrative")).getText())
                .contains("số phiếu minh họa").contains(Conference2022.ILLUSTRATIVE_TALLIES_NOTE);
        assertThat(browser.findElement(By.cssSelector("#tally-table caption")).getText()).contains("(minh họa)");
        waitLive();
        screenshot("binh-xet");
    }

    @Test
    void theRoundPageShowsACloseItHearsOnTheLiveStreamWithoutReloading() throws Exception {
        String roundId = api.flagRound(api.campaignOpenForPledges());
        DemoYearApi demo = new DemoYearApi(port);
        // Projected first: the page reads the round once. Generous: Chromium and the views share two busy cores.
        await().atMost(Duration.ofSeconds(90)).ignoreExceptions().untilAsserted(() -> demo.get(null, "/api/public/rounds/" + roundId));
        open("/trang/binh-xet/" + roundId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("round-status"), "Đang bình xét"));
        waitLive();
        // A marker on the document: a reload would lose it.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.body.dataset.sameDocument = 'yes'");

        api.created(CommandApi.REP_HTQT, "/api/rounds/" + roundId + "/ballots",
                "{\"voterId\": \"%s\", \"approved\": [\"%s\"]}".formatted(CommandApi.HTQT, CommandApi.THADS));
        api.created(CommandApi.SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tally-table")));
        assertThat(browser.findElement(By.id("round-status")).getText()).contains("Đã kết thúc");
        assertThat(browser.findElement(By.id("illustrative")).isDisplayed()).as("no declaration, no label").isFalse();
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-same-document")).isEqualTo("yes");
    }

    @Test
    void theRankingPageShowsAPublicationItHearsOnTheLiveStreamWithoutReloading() throws Exception {
        String campaignId = api.campaignReadyToPublish();
        open("/trang/xep-hang/" + campaignId);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ranking-status"), "chưa được công bố"));
        waitLive();
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.body.dataset.sameDocument = 'yes'");

        api.created(CommandApi.SECRETARIAT, "/api/campaigns/" + campaignId + "/ranking", "");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("ranking-status"), "vừa được công bố"));
        assertThat(browser.findElements(By.cssSelector("#ranking-table tbody tr[data-unit]"))).hasSize(3);
        assertThat(browser.findElement(By.id("illustrative")).isDisplayed()).as("no declaration, no label").isFalse();
        assertThat(browser.findElement(By.tagName("body")).getDomAttribute("data-same-document")).isEqualTo("yes");
    }

    @Test
    void theSecretariatPageRebuildsAViewAndFollowsAnImport() throws Exception {
        open("/trang/thu-ky");
        signIn(DemoUsers.SECRETARIAT);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("views-table")));
        assertThat(browser.findElement(By.id("views-table")).getText()).contains("rankings");
        browser.findElement(By.cssSelector("button.rebuild[data-view=clusters]")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("views-status"), "theo kịp"));

        browser.findElement(By.id("import-file")).sendKeys(
                Path.of("..", "docs", "samples", "cum-iv-2021-minh-hoa.xlsx").toAbsolutePath().normalize().toString());
        browser.findElement(By.id("import-start")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-status"), "Đã nhập xong"));
        assertThat(browser.findElement(By.id("import-progress")).getDomProperty("value"))
                .isEqualTo(browser.findElement(By.id("import-progress")).getDomProperty("max"));
        screenshot("thu-ky");
        signOut();
    }

    @Test
    void theIndexLinksEveryPage() throws Exception {
        open("/trang");
        assertThat(browser.findElements(By.cssSelector("main a"))).hasSize(5);
        screenshot("trang-chu");
    }

    private void open(String path) {
        assumeTrue(browser != null, HeadlessChromium.MISSING);
        browser.get("http://localhost:" + port + path);
    }

    private void waitLive() {
        wait.until(ExpectedConditions.attributeToBe(By.id("live-status"), "data-live", "true"));
    }

    private void signIn(String user) {
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-form")));
        form.findElement(By.id("username")).sendKeys(user);
        form.findElement(By.id("password")).sendKeys(DemoUsers.passwordOf(user));
        form.findElement(By.id("sign-in")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("signed-in-user"), user));
    }

    private void signOut() {
        browser.findElement(By.id("sign-out")).click();
    }

    /** The page as a PNG in docs/screenshots, only when asked (-Dthidua.docs.write=true). */
    private void screenshot(String name) throws IOException {
        if (!Boolean.getBoolean("thidua.docs.write")) {
            return;
        }
        Files.createDirectories(SCREENSHOTS);
        Files.write(SCREENSHOTS.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
