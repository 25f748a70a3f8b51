package se.vaksam.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import se.vaksam.org.DemoOrganisationLoaded;

/**
 * Gives every demo person a local login with the demo password, and prints the logins.
 * Runs only when the demo organisation was just loaded, i.e. in embedded demo mode.
 */
@Component
class DemoAccounts {

    static final String DEMO_PASSWORD = "vaksam";

    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    DemoAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    @EventListener
    void on(DemoOrganisationLoaded loaded) {
        String hash = encoder.encode(DEMO_PASSWORD);
        for (String username : loaded.usernames()) {
            jdbc.sql("insert into user_account (username, password_hash) values (?, ?) on conflict (username) do nothing")
                    .params(username, hash)
                    .update();
        }
        log.info("""

                Demo logins (password for all: {}):
                  admin           system administrator
                  ik.samordnare   internal-control coordinator (förvaltningen)
                  forv.chef       förvaltningsdirektör
                  ifo.avd.bu      avdelningschef, IFO barn och unga
                  ifo.sek.mot1    sektionschef, sektion mottagning 1
                  ifo.soc1        medarbetare, sektion mottagning 1
                  nl.ordf         committee member (ordförande)
                  revisor         auditor (read only)
                  lexsarah        lex Sarah investigator
                  ... and {} more in the README.""", DEMO_PASSWORD, loaded.usernames().size() - 9);
    }
}
