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
 * (the kvalitetsberättelse's Bilaga 1 and 2). {@link se.vaksam.deviation.DeviationManagement} changes,
 * {@link se.vaksam.deviation.Deviations} reads, {@link se.vaksam.deviation.DeviationStatistics} counts,
 * {@link se.vaksam.deviation.QualityRegisters} keeps the registers.
 */
package se.vaksam.deviation;
