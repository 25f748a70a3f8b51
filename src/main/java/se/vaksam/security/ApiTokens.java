package se.vaksam.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.vaksam.shared.DomainException;

/**
 * Personal API tokens for integrations with local accounts. A token is shown once when
 * issued; only its SHA-256 is stored. Tokens start with {@code vks_} so they are easy to tell
 * from OIDC bearer tokens and to find in leaked text.
 *
 * <p>Expiry is judged by the application's {@link Clock}, like every other time rule. The last use
 * is recorded coarsely: at most once a {@link #USE_RECORDED_EVERY minute} per token, so that a read
 * request normally writes nothing.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "vks_";

    /** How stale a token's recorded last use may be before a call records it again. */
    static final Duration USE_RECORDED_EVERY = Duration.ofMinutes(1);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final Clock clock;

    ApiTokens(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Issues a new token for the account and returns it; it cannot be read back later. */
    @Transactional
    public String issue(String username, String name, OffsetDateTime expiresAt) {
        if (name == null || name.isBlank()) {
            throw new DomainException("token.error.nameRequired");
        }
        Long accountId = jdbc.sql("select id from user_account where username = ? and enabled")
                .param(username).query(Long.class).optional()
                .orElseThrow(() -> new DomainException("token.error.noAccount"));
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into api_token (account_id, name, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)")
                .params(accountId, name.strip(), hash(token), expiresAt, OffsetDateTime.now(clock))
                .update();
        return token;
    }

    /** The username a valid (not revoked, not expired, enabled) token belongs to. */
    @Transactional
    public Optional<String> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String tokenHash = hash(token);
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime recordAgainBefore = now.minus(USE_RECORDED_EVERY);
        Optional<TokenUse> use = jdbc.sql("""
                select a.username, (t.last_used_at is null or t.last_used_at < :recordAgainBefore) as use_stale
                from api_token t join user_account a on a.id = t.account_id
                where t.token_hash = :tokenHash and t.revoked_at is null and a.enabled
                  and (t.expires_at is null or t.expires_at > :now)""")
                .param("tokenHash", tokenHash).param("now", now).param("recordAgainBefore", recordAgainBefore)
                .query(TokenUse.class).optional();
        use.filter(TokenUse::useStale).ifPresent(u -> jdbc.sql("""
                update api_token set last_used_at = :now where token_hash = :tokenHash
                and (last_used_at is null or last_used_at < :recordAgainBefore)""")
                .param("tokenHash", tokenHash).param("now", now).param("recordAgainBefore", recordAgainBefore)
                .update());
        Optional<String> username = use.map(TokenUse::username);
        return username;
    }

    @Transactional(readOnly = true)
    public List<TokenView> tokensOf(String username) {
        return jdbc.sql("""
                select t.id, t.name, t.created_at, t.expires_at, t.last_used_at, t.revoked_at
                from api_token t join user_account a on a.id = t.account_id
                where a.username = ? order by t.created_at desc""")
                .param(username).query(TokenView.class).list();
    }

    @Transactional
    public void revoke(String username, long tokenId) {
        int updated = jdbc.sql("""
                update api_token set revoked_at = ? where id = ? and revoked_at is null
                and account_id = (select id from user_account where username = ?)""")
                .params(OffsetDateTime.now(clock), tokenId, username).update();
        if (updated == 0) {
            throw new DomainException("token.error.notFound");
        }
    }

    record TokenUse(String username, boolean useStale) {
    }

    public record TokenView(long id, String name, OffsetDateTime createdAt, OffsetDateTime expiresAt,
            OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
