package vn.thidua.ledger.app.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import com.jayway.jsonpath.JsonPath;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.ledger.app.ThiDuaLedgerApplication;
import vn.thidua.ledger.app.testsupport.CommandApi;
import vn.thidua.ledger.app.testsupport.HeadlessChromium;
import vn.thidua.ledger.app.testsupport.SecretBallots;

/**
 * Trang bỏ phiếu kín in headless Chromium: a voter signs in on {@code /bo-phieu/{roundId}}, the page blinds a token
 * with BigInt and WebCrypto, gets it signed, unblinds and casts without identity; the server's JDK verifies the
 * page's RSASSA-PSS signature; after the close the voter finds the ballot by its receipt. Skipped (with a message)
 * only where no Chromium and chromedriver are installed; CI installs both (.ci/run).
 */
@SpringBootTest(classes = ThiDuaLedgerApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
class BallotPageBrowserTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    CommandApi api;

    @Test
    void thePageIsServedToAnyoneAndMayOnlyTalkToItsOwnOrigin() throws Exception {
        mvc.perform(get("/bo-phieu/any-round"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", org.hamcrest.Matchers.containsString(
                        "connect-src 'self'")))
                .andExpect(header().string("Referrer-Policy", "no-referrer"));
        mvc.perform(get("/assets/bo-phieu.js")).andExpect(status().isOk());
    }

    @Test
    void aVoterVotesOnThePageAndFindsTheBallotByItsReceiptAfterTheClose() throws Exception {
        Optional<WebDriver> started = HeadlessChromium.start();
        assumeTrue(started.isPresent(), HeadlessChromium.MISSING);
        WebDriver browser = started.get();
        try {
            SecretBallots ballots = new SecretBallots(api, mvc);
            String roundId = ballots.councilRound(List.of("cc-0042"), List.of(CommandApi.VOTER_1, "bieu-quyet-2"));
            ballots.key(roundId); // projected: the page reads the key from the round's view

            WebDriverWait wait = new WebDriverWait(browser, WAIT);
            browser.get("http://localhost:" + port + "/bo-phieu/" + roundId);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("vote-section")));
            assertThat(browser.findElement(By.id("round-title")).getText()).contains("Chiến sĩ thi đua cơ sở");
            browser.findElement(By.id("username")).sendKeys(CommandApi.VOTER_1);
            browser.findElement(By.id("password")).sendKeys("bieuquyet-demo-2022");
            browser.findElement(By.id("sign-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("sign-result"), "Đã nhận chữ ký"));
            assertThat(browser.findElement(By.id("cast-button")).isEnabled()).as("no ballot before the box opens").isFalse();

            // The signing phase ends; the voter comes back to the page, which kept the signed token.
            api.created(CommandApi.SECRETARIAT, "/api/rounds/" + roundId + "/ballot-box", "");
            wait.until(b -> {
                b.navigate().refresh();
                return new WebDriverWait(b, Duration.ofSeconds(2)).until(ExpectedConditions.or(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("round-status"), "Hòm phiếu đã mở"),
                        ExpectedConditions.textToBePresentInElementLocated(By.id("round-status"), "Đang phát chữ ký")))
                        && b.findElement(By.id("round-status")).getText().contains("Hòm phiếu đã mở");
            });
            assertThat(browser.findElement(By.id("sign-button")).isEnabled()).isFalse();
            browser.findElement(By.cssSelector("input[name=approved][value=cc-0042]")).click();
            browser.findElement(By.id("cast-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cast-result"), "Phiếu đã được ghi nhận"));
            String receipt = browser.findElement(By.id("receipt")).getText();
            assertThat(receipt).matches("[0-9a-f]{64}");

            Document cast = api.lastEvent(roundId);
            assertThat(cast.getString("payloadType")).endsWith("SecretBallotCast");
            assertThat((String) JsonPath.read(cast.getString("payload"), "$.receipt")).isEqualTo(receipt);
            assertThat(cast.getString("metaData")).contains("anonymous-ballot").doesNotContain(CommandApi.VOTER_1);

            browser.findElement(By.id("lookup-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"), "công bố sau khi kết thúc"));

            api.created(CommandApi.SECRETARIAT, "/api/rounds/" + roundId + "/closure", "");
            // The page reads the round once per load: reload until the projection shows the close.
            wait.until(b -> {
                b.navigate().refresh();
                return new WebDriverWait(b, Duration.ofSeconds(2)).until(ExpectedConditions.or(
                        ExpectedConditions.textToBePresentInElementLocated(By.id("round-status"), "Đã kết thúc"),
                        ExpectedConditions.textToBePresentInElementLocated(By.id("round-status"), "Hòm phiếu đã mở")))
                        && b.findElement(By.id("round-status")).getText().contains("Đã kết thúc");
            });
            browser.findElement(By.id("lookup-receipt")).sendKeys(receipt);
            browser.findElement(By.id("lookup-button")).click();
            wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lookup-result"),
                    "Phiếu đã được kiểm: đồng ý Cá nhân cc-0042 (minh họa)"));
        } finally {
            browser.quit();
        }
    }
}
