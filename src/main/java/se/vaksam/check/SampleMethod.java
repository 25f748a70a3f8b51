package se.vaksam.check;

/** How the sample's size is given: a percentage of the population (per stratum) or a count (per stratum). */
public enum SampleMethod {
    PERCENT, COUNT
}
