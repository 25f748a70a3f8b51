package se.vaksam.governance;

/** The kind of governing document: riktlinje, rutin, kärnprocess, anvisning. */
public enum DocumentKind {
    GUIDELINE, ROUTINE, CORE_PROCESS, INSTRUCTION
}
