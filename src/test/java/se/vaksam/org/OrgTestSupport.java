package se.vaksam.org;

import java.util.List;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/** Small helpers for the organisation's tests. */
final class OrgTestSupport {

    private OrgTestSupport() {
    }

    static long unitId(JdbcClient jdbc, String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).single();
    }

    static long personId(JdbcClient jdbc, String username) {
        return jdbc.sql("select id from person where username = ?").param(username).query(Long.class).single();
    }

    static String unitName(JdbcClient jdbc, String code) {
        return jdbc.sql("select name from org_unit where code = ?").param(code).query(String.class).single();
    }

    static int count(JdbcClient jdbc, String table) {
        return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
    }

    /** A web client signed in through the login form with the demo password. */
    static se.vaksam.support.WebClient signedIn(int port, String username) {
        se.vaksam.support.WebClient web = new se.vaksam.support.WebClient(port);
        web.login(username, "vaksam");
        return web;
    }

    /** Runs the following calls in this thread as the given person, in Swedish. */
    static void signInAs(String username) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(username, null, List.of()));
        LocaleContextHolder.setLocale(Locale.forLanguageTag("sv"));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }
}
