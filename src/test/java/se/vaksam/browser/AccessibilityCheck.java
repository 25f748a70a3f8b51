package se.vaksam.browser;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import java.util.List;

/**
 * Runs axe-core on the page as it stands and fails with a readable report when any WCAG 2.1
 * A/AA rule is violated: rule id, impact, what it means, and the selectors of each offender.
 */
final class AccessibilityCheck {

    static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private AccessibilityCheck() {
    }

    static void assertAccessible(Page page) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG_21_AA).analyze();
        if (results.isErrored()) {
            throw new AssertionError("axe-core could not check " + page.url() + ": " + results.getErrorMessage());
        }
        if (!results.getViolations().isEmpty()) {
            throw new AssertionError(report(page.url(), results.getViolations()));
        }
    }

    static String report(String url, List<Rule> violations) {
        StringBuilder report = new StringBuilder()
                .append(violations.size()).append(" accessibility violation(s) (WCAG 2.1 A/AA) on ").append(url);
        for (Rule rule : violations) {
            report.append("\n\n- ").append(rule.getId()).append(" [").append(rule.getImpact()).append("]: ")
                    .append(rule.getHelp()).append("\n  ").append(rule.getHelpUrl());
            for (CheckedNode node : rule.getNodes()) {
                report.append("\n  * ").append(node.getTarget())
                        .append("\n    ").append(node.getHtml());
                if (node.getFailureSummary() != null) {
                    report.append("\n    ").append(node.getFailureSummary().replace("\n", "\n    "));
                }
            }
        }
        return report.toString();
    }
}
