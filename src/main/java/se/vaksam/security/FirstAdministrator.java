package se.vaksam.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import se.vaksam.org.OrgBootstrap;
import se.vaksam.org.OrgManagement;

/**
 * The first start on a database without any local account (typically an external one: demo
 * logins exist only in demo mode). With {@code VAKSAM_ADMIN_PASSWORD} set, it creates the root
 * unit if the tree is empty, the administrator's person, a system-administrator placement at the
 * root and a local account; without it, it warns how to do so. Runs once the application is
 * ready, after the demo organisation (if any) was loaded. Never logs the password.
 */
@Component
class FirstAdministrator {

    /** The name the history shows for what the application did on its own. */
    static final String SYSTEM = "system";

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final LocalAccounts accounts;
    private final OrgBootstrap org;
    private final BootstrapProperties properties;
    private final TransactionTemplate transaction;

    FirstAdministrator(LocalAccounts accounts, OrgBootstrap org, BootstrapProperties properties,
            TransactionTemplate transaction) {
        this.accounts = accounts;
        this.org = org;
        this.properties = properties;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onReady() {
        if (accounts.anyExists()) {
            log.debug("Local accounts exist; no first administrator is created");
            return;
        }
        if (properties.adminPassword() == null) {
            log.warn("""
                    No local account exists and VAKSAM_ADMIN_PASSWORD is not set, so nobody can sign in with a \
                    password. To create the first system administrator, start Vaksam once with \
                    VAKSAM_ADMIN_PASSWORD=<at least {} characters> (optionally VAKSAM_ADMIN_USERNAME, default admin, \
                    and VAKSAM_MUNICIPALITY_NAME), then change the password under "Mitt konto". \
                    Ignore this if everyone signs in with single sign-on.""", Passwords.MIN_LENGTH);
            return;
        }
        if (!Passwords.acceptable(properties.adminPassword())) {
            log.error("VAKSAM_ADMIN_PASSWORD must have {} to {} characters (bytes); no administrator was created.",
                    Passwords.MIN_LENGTH, Passwords.MAX_BYTES);
            return;
        }
        create();
    }

    private void create() {
        String username = properties.adminUsername();
        var context = SecurityContextHolder.getContextHolderStrategy();
        context.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(SYSTEM, null, List.of()));
        try {
            OrgBootstrap.FirstAdministrator placed = transaction.execute(status -> {
                OrgBootstrap.FirstAdministrator result = org.placeFirstAdministrator(properties.municipalityName(),
                        new OrgManagement.PersonDetails(username, "System", "Administratör", null,
                                "Systemadministratör", false));
                accounts.create(username, properties.adminPassword());
                return result;
            });
            log.info("First start: created the local account '{}' (password from VAKSAM_ADMIN_PASSWORD) as system "
                    + "administrator at unit {}{}{}. Change the password under \"Mitt konto\"; "
                    + "VAKSAM_ADMIN_PASSWORD is not used again.", username, placed.rootUnitCode(),
                    placed.rootCreated() ? " (new root unit '" + properties.municipalityName() + "')" : "",
                    placed.personCreated() ? ", with a new person" : ", for the existing person");
        } finally {
            context.clearContext();
        }
    }
}
