/**
 * Internkontrollplan – the plan module. Each committee (nämnd) adopts one <em>internkontrollplan</em> a
 * year; its items are tied to risks: <em>direktåtgärder</em> (direct actions: vad ska göras, genomförda
 * åtgärder, status) and <em>granskningar</em> (reviews, the committee's own or kommungemensamma, with
 * results in text and tables). Reviews that find gaps lead to <em>förbättringsåtgärder</em> (improvement
 * actions), which at year end are carried into next year's follow-up, proposed for next year's plan or
 * handed to another process; any item can <em>föreslå</em> an item for next year's plan.
 */
package se.vaksam.plan;
