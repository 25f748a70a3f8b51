/**
 * Systematic quality work under SOSFS 2011:9: <em>avvikelser</em> (deviations) of every kind —
 * <em>klagomål och synpunkter</em> from outside (through the public e-service, no login) and from
 * staff, <em>kvalitetsavvikelser</em>, and <em>lex Sarah</em> reports of a <em>missförhållande</em> or
 * <em>påtaglig risk för missförhållande</em> that go from the manager's immediate action through the
 * lex Sarah investigation and the arbetsutskott's decision to the notification to IVO. Each kind runs
 * through an explicit transition table ({@link se.vaksam.deviation.Workflow}); lex Sarah records and
 * deviations naming a person are confidential and every read is logged. The module also compiles
 * <em>mönster</em> (patterns) per tertial and year, can propose a pattern as a risk for next year's
 * risk analysis, and keeps the registers of SOSFS <em>riskanalyser</em> and <em>egenkontroller</em>
 * (the kvalitetsberättelse's Bilaga 1 and 2). The yearly <em>kvalitetsberättelse</em> (quality report) follows
 * reference/004's chapters: chapters computed from data (the deviations 4.1.1–4.1.4, <em>riskanalys</em> 4.2 and
 * <em>egenkontroll</em> 4.3 from the registers) beside <em>berättande kapitel</em> (narrative chapters) that the
 * förvaltning writes per year, with the reference's headings and standard texts until it does; and the
 * <em>prioriterade utvecklingsområden</em> (prioritised development areas) that one year's report sets in its
 * chapter 5 and the next year's report follows up in its chapter 2 with a status (<em>påbörjat</em>,
 * <em>genomfört</em>, <em>kvarstår</em>) and a text. {@link se.vaksam.deviation.DeviationManagement} changes,
 * {@link se.vaksam.deviation.Deviations} reads, {@link se.vaksam.deviation.DeviationStatistics} counts,
 * {@link se.vaksam.deviation.QualityRegisters} keeps the registers, {@link se.vaksam.deviation.QualityNarratives}
 * the report's texts and development areas, {@link se.vaksam.deviation.QualityReports} builds the report.
 */
package se.vaksam.deviation;
