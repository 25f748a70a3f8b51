package se.vaksam.deviation;

/** The lex Sarah investigation's assessment: missförhållande, påtaglig risk för missförhållande, or neither. */
public enum Assessment {
    MALADMINISTRATION, CLEAR_RISK, NONE;

    /** Whether the assessment found a missförhållande or a påtaglig risk för ett. */
    public boolean found() {
        return this != NONE;
    }
}
