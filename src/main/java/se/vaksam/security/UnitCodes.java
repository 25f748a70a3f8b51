package se.vaksam.security;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds a unit by its code, for unit claims in OIDC tokens. A read of the organisation's table:
 * to be replaced by a lookup on {@code OrgQuery} once the org module offers one.
 */
@Component
class UnitCodes {

    private final JdbcClient jdbc;

    UnitCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Long> idOf(String code) {
        return jdbc.sql("select id from org_unit where code = ?").param(code).query(Long.class).optional();
    }
}
