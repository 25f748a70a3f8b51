/**
 * Import of historical records (<em>inläsning av historik</em>): a municipality that starts with Vaksam brings in
 * its past years (deviations, internal-control plans, risks …) from spreadsheets and other systems. Each kind is
 * a {@link se.vaksam.shared.HistoryImport} of the module that owns the records; this module offers its template
 * (<em>mall</em>, XLSX and CSV), reads the uploaded file, shows the preview (<em>förhandsgranskning</em>: every
 * problem at once, or what will be created, changed and left as it is) and applies it in one transaction, all
 * or nothing, recording each run (<em>inläsning</em>: file, SHA-256, who, when, counts) in {@code import_run}.
 */
package se.vaksam.imports;
