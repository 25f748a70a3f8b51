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
