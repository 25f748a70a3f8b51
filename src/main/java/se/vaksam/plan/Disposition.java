package se.vaksam.plan;

/**
 * What happens at year end to an improvement action still open: it is reported again in next year's
 * follow-up ("Uppföljning förbättringsåtgärder"), becomes a proposal for next year's plan, or is handled
 * in another process (budget, verksamhetsplan, kvalitetsarbete).
 */
public enum Disposition { CARRIED_TO_FOLLOW_UP, PROPOSED_FOR_NEXT_PLAN, OTHER_PROCESS }
