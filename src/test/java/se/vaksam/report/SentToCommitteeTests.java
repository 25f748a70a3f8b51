package se.vaksam.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.VaksamTest;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.org.OrgManagement;
import se.vaksam.plan.ItemDraft;
import se.vaksam.plan.PlanManagement;
import se.vaksam.plan.PlanQuery;
import se.vaksam.risk.RiskManagement;
import se.vaksam.risk.RiskQuery;
import se.vaksam.shared.Access;
import se.vaksam.shared.Period;
import se.vaksam.shared.TaskSource;

/** The start page's "Skickat till nämnden": one line per document, its latest sending, a re-sending said so. */
@VaksamTest
class SentToCommitteeTests {

    @Autowired
    OrgManagement org;
    @Autowired
    RiskManagement riskManagement;
    @Autowired
    RiskQuery riskQuery;
    @Autowired
    PlanManagement plans;
    @Autowired
    PlanQuery planQuery;
    @Autowired
    PlanReports reports;
    @Autowired
    SentDocuments sent;
    @Autowired
    Access access;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aReportSentTwiceIsListedOnceAsItsLatestPdfSentAgain() {
        ReportFixture fixture = new ReportFixture(org, riskManagement, riskQuery, plans, planQuery, jdbc).committee();
        long plan = fixture.adoptedPlan(2026, List.of(ItemDraft.directAction(null, "Utbilda i attest",
                fixture.staffId, null, Period.T1, "Två utbildningar")), new long[1]);

        List<Snapshots.Snapshot> first = reports.send(plan, ReportKind.T1, "ASN-2026-1", LocalDate.of(2026, 5, 20));
        assertThat(lines(plan)).singleElement().satisfies(line -> {
            assertThat(line.messageKey()).isEqualTo("home.sent.document");
            assertThat(line.path()).isEqualTo("/reports/snapshots/" + pdf(first).id());
        });

        List<Snapshots.Snapshot> again = reports.send(plan, ReportKind.T1, "ASN-2026-1", LocalDate.of(2026, 5, 27));
        assertThat(lines(plan)).singleElement().satisfies(line -> {
            assertThat(line.messageKey()).isEqualTo("home.sent.again");
            assertThat(line.path()).isEqualTo("/reports/snapshots/" + pdf(again).id());
        });
    }

    /** The start-page lines that lead to one of the plan's stored files. */
    private List<TaskSource.Task> lines(long plan) {
        List<String> paths = reports.versions(plan).stream().map(s -> "/reports/snapshots/" + s.id()).toList();
        return sent.sentToCommittee(access.current()).stream().filter(t -> paths.contains(t.path())).toList();
    }

    private static Snapshots.Snapshot pdf(List<Snapshots.Snapshot> files) {
        return files.stream().filter(s -> s.format() == Format.PDF).findFirst().orElseThrow();
    }
}
