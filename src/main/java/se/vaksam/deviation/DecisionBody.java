package se.vaksam.deviation;

/** Who decided a lex Sarah case: the committee's arbetsutskott, or its ordförande when it could not wait. */
public enum DecisionBody { WORKING_COMMITTEE, CHAIR }
