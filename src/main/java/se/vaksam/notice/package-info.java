/**
 * Notifications (<em>aviseringar</em>): a notice tells a person of something that concerns them — a deviation
 * reported to the unit they head, a deviation assigned to them, a lex Sarah case awaiting the committee's decision.
 * Modules publish {@link se.vaksam.shared.Notify}; the notice is shown on the person's start page and e-mailed at
 * once, or gathered into one <em>daglig sammanfattning</em> (daily digest) if the person chose that.
 */
package se.vaksam.notice;
