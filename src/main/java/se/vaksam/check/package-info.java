/**
 * Checks computed from data (kontroller ur data). A <em>population</em> (urvalsram: users, payments, cases
 * with dates) is imported from CSV/XLSX and kept with its SHA-256 checksum; a reproducible <em>stickprov</em>
 * (sample) is drawn from it with a stored seed, so anyone can re-draw it ("Verifiera urval"); a
 * <em>checklista</em> is answered per sampled case (Ja / Nej / Ej tillämpligt) and counted into a result
 * table of the plan's review (granskning); <em>tidsfrister</em> (deadline rules such as SoL 11 kap. 2 §,
 * four months) are evaluated per start month beside the previous year; the <em>systematiska
 * logguppföljningen</em> samples 10 % of the people who read confidential records in Vaksam's own access log
 * each month and registers log checks (loggkontroller, also those done in Lifecare or Journal Digital) with
 * their diarienummer; the <em>årshjul</em> (annual wheel) holds recurring duties and planned
 * <em>egenkontroller</em> (self-inspections), reminds by e-mail and on "Mina uppgifter".
 *
 * <p>Sampling algorithm (documented so that anyone can repeat it): the population's records are sorted by
 * their key (then row number); with stratification they are grouped per stratum (e.g. unit), strata in
 * key order; a {@link java.util.SplittableRandom} is created from the stored {@code long} seed and, per
 * stratum in order, a partial Fisher–Yates shuffle picks the first {@code n} positions, where {@code n} is
 * {@code ceil(size × percent / 100)} for a percentage or the count (at most the stratum's size). The
 * sampled records are listed in key order.
 *
 * <p>Counting a checklist: every sampled case is counted in every row, so nothing vanishes. A case without
 * an answer is <em>Ej besvarad</em> (not answered). A <em>villkorad fråga</em> (conditional question, e.g.
 * "Dokumenterat i HR?" only when "Kontrollerat?" = Ja) is neither asked nor counted as unanswered when its
 * condition is not met: it is counted as <em>Ej tillämpligt (villkor)</em>, a column of its own, so that each
 * row still sums to the sample (decided so because leaving those cases out would make rows of one table
 * add up to different totals); while the earlier question is unanswered, the conditional one is
 * <em>Ej besvarad</em> too. Percentages are of the row's total, to one decimal. A <em>stratum</em> (e.g. a
 * unit, or children's homes) gives one question's counts per stratum; a <em>korstabell</em> (cross-tab) sets
 * one question's outcomes against another's; each with a Totalt row. {@link se.vaksam.check.Tally} does the
 * counting and is public for the surveys (enkäter) to reuse.
 *
 * <p>Bulk answers (svar ur fil): a CSV/XLSX with the key column and one column per question, read all or
 * nothing with every row's problems named (row, column, value). Decided: the file overwrites with history
 * rather than checking versions — a changed case is written, its version moves on (so an open form of it
 * gets 409) and its history says the answers before and after and the file's name and SHA-256; a case
 * already as in the file is left alone, so the same file twice changes nothing.
 *
 * <p>Holidays for the hour rule: Saturdays, Sundays and every day Jollyday lists for Sweden are not
 * working days. Midsommarafton, julafton and nyårsafton count as non-working days: they are not public
 * holidays in law, but social services treat them as such (AB and the municipalities' agreements treat
 * them like Sundays, offices are closed), so a deadline ending on them moves to the end of the next working
 * day.
 *
 * <p>Other modules are told through events: {@link se.vaksam.check.LogReviewFlagged} (a log review found a
 * deviation) and {@link se.vaksam.check.SelfInspectionCompleted}; {@code check} never depends on the
 * quality-work module.
 */
package se.vaksam.check;
