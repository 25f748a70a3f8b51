package se.vaksam.security;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import se.vaksam.org.OrgQuery;

/** Local accounts (bcrypt) with authorities from the person's valid placements. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final OrgQuery org;
    private final Clock clock;

    AccountUserDetailsService(JdbcClient jdbc, OrgQuery org, Clock clock) {
        this.jdbc = jdbc;
        this.org = org;
        this.clock = clock;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Account(String username, String passwordHash, boolean enabled) {
        }
        Account account = jdbc.sql("select username, password_hash, enabled from user_account where username = ?")
                .param(username)
                .query(Account.class)
                .optional()
                .orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.username())
                .password(account.passwordHash() == null ? "" : account.passwordHash())
                .disabled(!account.enabled())
                .authorities(authoritiesOf(username))
                .build();
    }

    List<GrantedAuthority> authoritiesOf(String username) {
        return org.placementsOf(username, LocalDate.now(clock)).stream()
                .map(OrgQuery.PlacementView::role)
                .distinct()
                .flatMap(role -> Role.parse(role).stream())
                .<GrantedAuthority>map(role -> new SimpleGrantedAuthority(role.authority()))
                .toList();
    }
}
