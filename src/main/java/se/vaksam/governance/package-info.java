/**
 * The register of governing documents (<em>styrdokument</em>): <em>riktlinjer</em> (guidelines),
 * <em>rutiner</em> (routines), <em>kärnprocesser</em> (core processes) and <em>anvisningar</em>
 * (instructions), each with its <em>dokumentägare</em> (owner), the decision behind it (by whom, when,
 * <em>diarienummer</em>), when it is valid from, how often it is revised and when next, and how far it is
 * implemented. Overdue revisions appear on the owner's start page. Records of other modules (risks, plan
 * items, deviations) link to the documents that govern them: {@link se.vaksam.governance.GovernanceQuery}
 * answers which, and the fragment {@code governance/fragments.html :: documents(recordType, recordId)}
 * shows them (with a form to add a link) on any record page. A municipality's existing register comes in from a
 * file ({@code DocumentImport}, <em>inläsning av historik</em>), found again by the source register's id.
 */
package se.vaksam.governance;
