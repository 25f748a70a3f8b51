/**
 * The web shell: the start page <em>Mina uppgifter</em> (the signed-in person's open tasks,
 * gathered from every module's {@link se.vaksam.shared.TaskSource}), the main navigation,
 * the error page, and the language choice (Swedish first, English second).
 */
package se.vaksam.home;
