/**
 * Change history (<em>Historik</em>) of every record of every module: who changed what, when,
 * the value before and after, and the reason when one was given. Modules publish
 * {@link se.vaksam.shared.RecordChanged} inside their transaction; this module stores it
 * (append-only) and shows it through {@link se.vaksam.history.HistoryQuery}.
 */
package se.vaksam.history;
