package se.vaksam.risk;

/** How a matrix turns likelihood and consequence into a risk value. */
public enum Formula {
    /** sannolikhet × konsekvens, the common choice. */
    PRODUCT,
    /** sannolikhet + konsekvens. */
    SUM;

    public int apply(int likelihood, int consequence) {
        return this == PRODUCT ? likelihood * consequence : likelihood + consequence;
    }
}
