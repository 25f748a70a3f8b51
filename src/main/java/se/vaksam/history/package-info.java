/**
 * Change history (<em>Historik</em>) of every record of every module: who changed what, when,
 * the value before and after, and the reason when one was given. Modules publish
 * {@link se.vaksam.shared.RecordChanged} inside their transaction; this module stores it
 * (append-only) and shows it through {@link se.vaksam.history.HistoryQuery}. On a page the history reads in
 * people's words ({@link se.vaksam.history.HistoryWords}): field names and enum values (<em>status</em>,
 * <em>typ</em>) from the message bundles, people (<em>vem</em>), units and linked records by name, times in
 * Swedish time; {@code HistoryVocabulary} says, as data, what each field's value is.
 */
package se.vaksam.history;
