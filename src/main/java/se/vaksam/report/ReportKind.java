package se.vaksam.report;

import se.vaksam.plan.PlanQuery;
import se.vaksam.shared.Period;

/** Which follow-up report of a plan: tertial 1, tertial 2 or the annual report (with tertial 3). */
enum ReportKind {
    T1("tertial-1", Period.T1, 1), T2("tertial-2", Period.T2, 2), ANNUAL("annual", Period.ANNUAL, 3);

    private final String slug;
    private final Period period;
    private final int tertial;

    ReportKind(String slug, Period period, int tertial) {
        this.slug = slug;
        this.period = period;
        this.tertial = tertial;
    }

    String slug() {
        return slug;
    }

    Period period() {
        return period;
    }

    int tertial() {
        return tertial;
    }

    boolean annual() {
        return this == ANNUAL;
    }

    /** "Uppföljning av internkontrollplan 2025 – tertial 2" or "Uppföljning intern kontroll 2022". */
    String title(int year) {
        return annual() ? "Uppföljning intern kontroll " + year
                : "Uppföljning av internkontrollplan " + year + " – tertial " + tertial;
    }

    /**
     * Whether the item belongs in this report: the annual report has every item; a tertial report the items that
     * report in its period and those whose final report was moved to it.
     */
    boolean includes(PlanQuery.ItemView item) {
        if (annual()) {
            return true;
        }
        return item.period() == period || item.finalReportPeriod() == period
                && item.finalReportYear() != null && item.finalReportYear() == item.year();
    }

    static ReportKind ofSlug(String slug) {
        for (ReportKind kind : values()) {
            if (kind.slug.equals(slug)) {
                return kind;
            }
        }
        throw new se.vaksam.shared.NotFoundException("report.notFound");
    }
}
