package se.vaksam.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The system's Chromium driven by Playwright, started once per test run. Playwright's own
 * browser download is switched off (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 in the pom), so a
 * missing Chromium is a test failure with the command that installs it, never a skip.
 */
final class Chromium implements AutoCloseable {

    static final Path DEFAULT_EXECUTABLE = Path.of("/usr/bin/chromium");

    private static final List<String> ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--no-first-run");

    private final Playwright playwright;
    private final Browser browser;

    private Chromium(Playwright playwright, Browser browser) {
        this.playwright = playwright;
        this.browser = browser;
    }

    /** Starts Chromium from {@code $VAKSAM_CHROMIUM} or {@code /usr/bin/chromium}. */
    static Chromium start() {
        Path executable = executable();
        if (!Files.isExecutable(executable)) {
            throw new IllegalStateException("Browser tests need Chromium at " + executable
                    + " but it is not there. Install it with: apt-get install -y chromium chromium-driver"
                    + " fonts-dejavu-core fonts-liberation (or point VAKSAM_CHROMIUM at a Chromium binary).");
        }
        Playwright playwright = Playwright.create();
        try {
            Browser browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(executable)
                    .setHeadless(true)
                    .setArgs(ARGS));
            return new Chromium(playwright, browser);
        } catch (RuntimeException e) {
            playwright.close();
            throw e;
        }
    }

    private static Path executable() {
        String configured = System.getenv("VAKSAM_CHROMIUM");
        return configured == null || configured.isBlank() ? DEFAULT_EXECUTABLE : Path.of(configured);
    }

    Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
