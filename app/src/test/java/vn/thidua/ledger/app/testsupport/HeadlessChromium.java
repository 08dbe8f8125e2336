package vn.thidua.ledger.app.testsupport;

import java.io.File;
import java.util.Optional;
import java.util.stream.Stream;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The system's Chromium and chromedriver (Debian: chromium, chromium-driver), driven by Selenium headless, for
 * the browser tests of the pages the app serves. Empty where either is missing, so a test can skip itself with a
 * message; CI installs both (.ci/run).
 */
public final class HeadlessChromium {

    public static final String MISSING = "No chromium and chromedriver on this machine: the browser test is skipped "
            + "(CI installs them, see .ci/run; on Debian: apt-get install chromium chromium-driver)";

    private HeadlessChromium() {
    }

    /** A headless browser, or empty when Chromium or its driver is not on the PATH. */
    public static Optional<WebDriver> start(String... extraArguments) {
        Optional<File> chromium = executable("chromium", "chromium-browser", "google-chrome");
        Optional<File> driver = executable("chromedriver");
        if (chromium.isEmpty() || driver.isEmpty()) {
            return Optional.empty();
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.get())
                .usingAnyFreePort().build();
        return Optional.of(new ChromeDriver(service, options));
    }

    /** The first of {@code names} on the PATH. */
    private static Optional<File> executable(String... names) {
        String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
        return Stream.of(names).flatMap(name -> Stream.of(path.split(File.pathSeparator)).map(dir -> new File(dir, name)))
                .filter(File::canExecute).findFirst();
    }
}
