package se.vaksam.security;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Local accounts (bcrypt) with authorities from the person's grants (placements valid today). */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final JdbcClient jdbc;
    private final Grants grants;

    AccountUserDetailsService(JdbcClient jdbc, Grants grants) {
        this.jdbc = jdbc;
        this.grants = grants;
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
        return Grants.authorities(grants.of(username));
    }
}
