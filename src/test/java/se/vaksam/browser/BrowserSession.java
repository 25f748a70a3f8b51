package se.vaksam.browser;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.LoadState;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One person at one browser, for one test: a fresh browser context (no cookies) against the
 * running application. Every page the person reaches is checked with axe-core before the
 * test goes on; a page reached some other way is checked when the test ends, and a test that
 * walks through more than one page without the check fails. So do JavaScript errors and
 * stylesheets, scripts, fonts or images that do not load.
 */
public final class BrowserSession implements AutoCloseable {

    /** The demo users' password. */
    public static final String DEMO_PASSWORD = "vaksam";

    private static final Set<String> PAGE_RESOURCES = Set.of("stylesheet", "script", "font", "image");

    private final BrowserContext context;
    private final Page page;
    private final List<String> uncheckedPages = new ArrayList<>();
    private final List<String> scriptErrors = new ArrayList<>();
    private final List<String> brokenResources = new ArrayList<>();
    private int lastStatus;

    BrowserSession(Browser browser, String baseUrl) {
        this.context = browser.newContext(new Browser.NewContextOptions().setBaseURL(baseUrl).setLocale("sv-SE"));
        this.page = context.newPage();
        page.onFrameNavigated(frame -> {
            if (frame == page.mainFrame()) {
                uncheckedPages.add(frame.url());
            }
        });
        page.onPageError(error -> scriptErrors.add(error));
        page.onResponse(response -> {
            if (response.request().isNavigationRequest() && response.frame() == page.mainFrame()) {
                lastStatus = response.status();
            }
            if (PAGE_RESOURCES.contains(response.request().resourceType()) && response.status() >= 300) {
                brokenResources.add(response.status() + " " + response.url());
            }
        });
    }

    /** Opens a path of the application (like typing it in the address bar) and checks the page. */
    public Page visit(String path) {
        page.navigate(path);
        return checked();
    }

    /** Signs in through the login form with the demo password and checks the page landed on. */
    public Page login(String username) {
        return login(username, DEMO_PASSWORD);
    }

    public Page login(String username, String password) {
        visit("/login");
        page.locator("#username").fill(username);
        page.locator("#password").fill(password);
        return clickAndWait(page.locator("form[action$='/login'] button[type=submit]"));
    }

    /** Follows the link with this accessible name and checks the page it leads to. */
    public Page followLink(String name) {
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
        if (link.count() == 0) {
            openMenuHolding(name);
        }
        return clickAndWait(link);
    }

    /** Opens the menu group (and on a narrow screen the menu) that holds the link, as a person would. */
    private void openMenuHolding(String name) {
        Locator group = page.locator(".vk-header details").filter(new Locator.FilterOptions().setHas(
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true)
                        .setIncludeHidden(true))));
        if (group.count() == 0) {
            return;
        }
        Locator menuButton = page.locator(".vk-nav__menu-button");
        if (menuButton.isVisible() && "false".equals(menuButton.getAttribute("aria-expanded"))) {
            menuButton.click();
        }
        group.first().locator("summary").click();
    }

    /** Presses the button with this accessible name and checks the page it leads to. */
    public Page press(String name) {
        return clickAndWait(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true)));
    }

    /** Clicks something that loads a new page, waits for it and checks it. */
    public Page clickAndWait(Locator target) {
        int before = uncheckedPages.size();
        target.click();
        page.waitForCondition(() -> uncheckedPages.size() > before);
        return checked();
    }

    /**
     * Chooses in a picker (fragments/picker.html) the way a person does: types part of the name into the search
     * field and picks the first match with the arrow key and Enter.
     */
    public void choose(String pickerLabel, String name) {
        Locator field = page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(pickerLabel).setExact(true));
        field.fill(name);
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(name)).first().waitFor();
        field.press("ArrowDown");
        field.press("Enter");
    }

    /** Signs out with the button in the header. */
    public Page logout() {
        return press("Logga ut");
    }

    /** Sets the window's size (CSS pixels), e.g. 1366×900 for a laptop, 390×844 for a phone. */
    public void resize(int width, int height) {
        page.setViewportSize(width, height);
    }

    /** The paths of the main menu and the account menu as the signed-in person sees them. */
    public List<String> menuPaths() {
        return page.locator(".vk-header .vk-nav__link").all().stream().map(link -> link.getAttribute("href")).toList();
    }

    /** Writes a picture of the whole page (also below the fold). */
    public void screenshot(Path file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
    }

    /** The HTTP status of the page last loaded (after redirects). */
    public int status() {
        return lastStatus;
    }

    /** The page as it stands, for assertions and for interactions that stay on the page. */
    public Page page() {
        return page;
    }

    /** Runs axe-core on the page as it stands now (after an htmx swap, say). */
    public Page checked() {
        page.waitForLoadState(LoadState.LOAD);
        AccessibilityCheck.assertAccessible(page);
        uncheckedPages.clear();
        return page;
    }

    /** At the end of a test: checks a page not yet checked and refuses pages that slipped past. */
    void finish() {
        if (uncheckedPages.size() > 1) {
            throw new AssertionError("These pages were visited without an accessibility check: " + uncheckedPages
                    + ". Use visit(), followLink(), press() or clickAndWait(), or call checked() after each page.");
        }
        if (!uncheckedPages.isEmpty()) {
            checked();
        }
        if (!scriptErrors.isEmpty()) {
            throw new AssertionError("JavaScript errors on the pages: " + scriptErrors);
        }
        if (!brokenResources.isEmpty()) {
            throw new AssertionError("Stylesheets, scripts, fonts or images the pages could not load: " + brokenResources);
        }
    }

    @Override
    public void close() {
        context.close();
    }
}
