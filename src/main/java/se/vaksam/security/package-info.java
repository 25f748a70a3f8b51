/**
 * Login, roles and organisational scope (<em>behörighet</em>), and the access log
 * (<em>åtkomstlogg</em>) of every read of a confidential record. A person's rights follow
 * their role <em>and</em> their place in the organisation tree: a sektionschef sees their
 * sektion, a chef above sees the whole subtree. {@link se.vaksam.security.Role} holds the rule;
 * every module asks it through {@link se.vaksam.shared.Access}. Which roles may do which kind of thing at
 * all is one table, {@link se.vaksam.security.AuthorisationModel} (capability to roles); every page and API
 * operation declares its capability and {@link se.vaksam.security.AuthorisationInterceptor} refuses the rest
 * (deny by default). docs/security.md describes the whole model. People sign in with a local
 * account or single sign-on (OIDC); integrations use personal API tokens or OIDC bearer tokens.
 * Pages: <em>Mitt konto</em> (own password, API tokens), for the administrator <em>Konton</em>
 * (local accounts) and, for the administrator and coordinator, the access log. On the first
 * start on an empty database it can create the first administrator.
 * The grant rule (<em>vem får ge vilken roll</em>, {@link se.vaksam.security.GrantRule}) decides who may
 * give whom a placement; the organisation module asks it through {@link se.vaksam.shared.GrantRules}.
 * The access log is read only by those who follow it up (<em>logguppföljning</em>,
 * {@link se.vaksam.security.AccessLogReaders}), and reading it is itself logged.
 */
package se.vaksam.security;
