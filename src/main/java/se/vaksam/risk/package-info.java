/**
 * Risker och riskanalyser – the risk module. A <em>risk</em> is written as one Swedish sentence in
 * three parts ("Risk för att" händelse "på grund av" orsak ", vilket kan leda till" konsekvens) and is
 * assessed for <em>sannolikhet</em> (likelihood) and <em>konsekvens</em> (consequence) on the scales of a
 * <em>riskmatris</em>; the matrix's formula gives the <em>riskvärde</em> (risk value) and the colour band of
 * the cell. Matrices are data with immutable versions, so an assessment keeps the values it was made with.
 * A <em>riskanalys</em> is the meeting where a committee or unit assesses its risks for a year and decides
 * for each: <em>direktåtgärd</em> (direct action), <em>granskning</em> (review), no action (accepted) or
 * handling in another process; actions and reviews become candidates for the internal-control plan.
 * A municipality's past risk register comes in from a file (<em>inläsning av historik</em>, kind {@code risks}): one
 * row per risk and year, each risk found again by its <em>käll-id</em> (the register's own id); each year's rows
 * become an <em>imported</em> risk analysis of the committee, so that year's heat map and annual report show them.
 */
package se.vaksam.risk;
