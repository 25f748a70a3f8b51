/**
 * Small shared vocabulary every module may use: the one authorisation model's words (every page and API
 * operation declares the {@link se.vaksam.shared.Capability} it needs with {@link se.vaksam.shared.Allowed};
 * {@link se.vaksam.shared.Authorisation} says whether the person's roles hold it), the signed-in person's
 * access scope over the organisation's units ({@link se.vaksam.shared.Access}) and who may grant which
 * placement ({@link se.vaksam.shared.GrantRules}), the events that feed the change history
 * (<em>Historik</em>) and the access log of confidential reads, RFC 9457 problem handling, and the contract of
 * the import of past years' records ({@link se.vaksam.shared.HistoryImport}, rows read with
 * {@link se.vaksam.shared.ImportedRow}).
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.vaksam.shared;
