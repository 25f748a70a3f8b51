/**
 * The organisation (<em>organisation</em>): the tree kommun → nämnd (committee, with its
 * arbetsutskott) → förvaltning (administration) → verksamhetsområde (operational area) →
 * avdelning (department) → enhet (unit) → sektion (section), the people who work in it and
 * their placements (<em>placeringar</em>: person × unit × role, from/to).
 * {@link se.vaksam.org.OrgManagement} changes it within the signed-in person's scope,
 * {@link se.vaksam.org.OrgDirectory} reads it for pages and the API,
 * {@link se.vaksam.org.OrgImport}/{@link se.vaksam.org.OrgExport} move it in and out as CSV or
 * one Excel workbook (all or nothing), and other modules read it through
 * {@link se.vaksam.org.OrgQuery}. A placement is granted by someone the grant rule allows
 * ({@link se.vaksam.shared.GrantRules}); a privileged role (one that opens confidential records) only by
 * the system administrator with a reason (<em>skäl</em>), and the person and their manager
 * (<em>närmaste chef</em>) are told by e-mail and on their start page.
 */
package se.vaksam.org;
