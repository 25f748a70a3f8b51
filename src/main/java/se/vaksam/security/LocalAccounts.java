package se.vaksam.security;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.RecordChanged;

/**
 * Local accounts (<em>lokala konton</em>): a username and a bcrypt password for a person in the
 * organisation. Every change is recorded in the history as {@value #RECORD_TYPE}; a password
 * change only as {@value #PASSWORD_CHANGED}, never the password or its hash. Who may call what
 * is decided by the callers: the administrator's pages, the person's own account page, the
 * first start.
 */
@Service
@Transactional
class LocalAccounts {

    static final String RECORD_TYPE = "security.account";
    static final String PASSWORD_CHANGED = "lösenord ändrat";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final PasswordEncoder encoder;
    private final OrgQuery org;
    private final ApplicationEventPublisher events;

    LocalAccounts(JdbcClient jdbc, PasswordEncoder encoder, OrgQuery org, ApplicationEventPublisher events,
            Clock clock) {
        this.clock = clock;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.org = org;
        this.events = events;
    }

    record Account(long id, String username, boolean enabled, OffsetDateTime createdAt) {
    }

    @Transactional(readOnly = true)
    List<Account> all() {
        return jdbc.sql("select id, username, enabled, created_at from user_account order by username")
                .query(Account.class).list();
    }

    @Transactional(readOnly = true)
    Account get(long id) {
        return jdbc.sql("select id, username, enabled, created_at from user_account where id = ?")
                .param(id).query(Account.class).optional()
                .orElseThrow(() -> new NotFoundException("account.error.notFound"));
    }

    @Transactional(readOnly = true)
    Optional<Account> byUsername(String username) {
        return jdbc.sql("select id, username, enabled, created_at from user_account where username = ?")
                .param(username).query(Account.class).optional();
    }

    @Transactional(readOnly = true)
    boolean anyExists() {
        return jdbc.sql("select exists (select 1 from user_account)").query(Boolean.class).single();
    }

    /** Creates an enabled account with an initial password for a person who has none. */
    long create(String username, String password) {
        String name = username == null ? "" : username.strip();
        if (name.isEmpty()) {
            throw new DomainException("account.error.usernameRequired");
        }
        if (org.person(name).isEmpty()) {
            throw new DomainException("account.error.noPerson");
        }
        if (byUsername(name).isPresent()) {
            throw new DomainException("account.error.exists");
        }
        Passwords.requireAcceptable(password);
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into user_account (username, password_hash, enabled) values (?, ?, true)")
                .params(name, encoder.encode(password))
                .update(key, "id");
        long id = key.getKey().longValue();
        publish(id, RecordChanged.Action.CREATED, ChangeSet.create().field("username", null, name)
                .field("enabled", null, true).toList());
        return id;
    }

    /**
     * Enables or disables the account; a disabled account can neither sign in nor use its API tokens.
     * Disabling revokes the tokens for good: enabling the account again does not bring them back.
     */
    void setEnabled(long id, boolean enabled) {
        Account account = get(id);
        if (account.enabled() == enabled) {
            return;
        }
        jdbc.sql("update user_account set enabled = ? where id = ?").params(enabled, id).update();
        if (!enabled) {
            jdbc.sql("update api_token set revoked_at = ? where account_id = ? and revoked_at is null")
                    .params(OffsetDateTime.now(clock), id).update();
        }
        publish(id, RecordChanged.Action.UPDATED, ChangeSet.create().field("enabled", account.enabled(), enabled).toList());
    }

    /** Sets a new password (the administrator's reset). */
    void setPassword(long id, String password) {
        get(id);
        Passwords.requireAcceptable(password);
        jdbc.sql("update user_account set password_hash = ? where id = ?").params(encoder.encode(password), id).update();
        publish(id, RecordChanged.Action.UPDATED, List.of(new RecordChanged.FieldChange("password", null, PASSWORD_CHANGED)));
    }

    /** The person's own change: the current password must be right. */
    void changeOwnPassword(String username, String current, String password) {
        record Stored(long id, String passwordHash) {
        }
        Stored stored = jdbc.sql("select id, password_hash from user_account where username = ? and enabled")
                .param(username).query(Stored.class).optional()
                .filter(s -> s.passwordHash() != null)
                .orElseThrow(() -> new DomainException("account.error.noLocalAccount"));
        if (current == null || !encoder.matches(current, stored.passwordHash())) {
            throw new DomainException("account.error.currentPasswordWrong");
        }
        setPassword(stored.id(), password);
    }

    private void publish(long id, RecordChanged.Action action, List<RecordChanged.FieldChange> changes) {
        events.publishEvent(new RecordChanged(RECORD_TYPE, Long.toString(id), action, changes, null));
    }
}
