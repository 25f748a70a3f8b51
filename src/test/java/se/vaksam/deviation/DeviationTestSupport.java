package se.vaksam.deviation;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import se.vaksam.deviation.Drafts.StaffReport;
import se.vaksam.deviation.Drafts.StepInput;

/** Helpers for the module's tests: who acts, demo units, a lex Sarah report moved to a given step. */
final class DeviationTestSupport {

    private final JdbcClient jdbc;
    private final DeviationManagement management;

    DeviationTestSupport(JdbcClient jdbc, DeviationManagement management) {
        this.jdbc = jdbc;
        this.management = management;
    }

    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    int version(long id) {
        return jdbc.sql("select version from deviation where id = ?").param(id).query(Integer.class).single();
    }

    /** A lex Sarah report by a social worker in sektion mottagning 2. */
    long lexSarahReport(String title) {
        signInAs("ifo.soc2");
        long id = management.report(new StaffReport(DeviationKind.LEX_SARAH, unit("IFO-BU-MOT-2"), title,
                "Ett barn fick inte det skydd det behövde.", null, null, null));
        signOut();
        return id;
    }

    void take(String username, long id, Step step, StepInput input) {
        signInAs(username);
        try {
            management.take(id, version(id), step, input);
        } finally {
            signOut();
        }
    }

    long accessLogRows(long id) {
        return jdbc.sql("select count(*) from access_log where record_type = 'deviation.deviation' and record_id = ?")
                .param(Long.toString(id)).query(Long.class).single();
    }
}
