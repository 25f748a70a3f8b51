/**
 * Small shared vocabulary every module may use: the signed-in person's access scope
 * ({@link se.vaksam.shared.Access}) and who may grant which placement ({@link se.vaksam.shared.GrantRules}),
 * the events that feed the change history
 * (<em>Historik</em>) and the access log of confidential reads, and RFC 9457 problem handling.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package se.vaksam.shared;
