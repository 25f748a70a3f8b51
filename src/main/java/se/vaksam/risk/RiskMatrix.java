package se.vaksam.risk;

import java.util.List;

/**
 * One version of a risk matrix as it was saved: scales with Swedish labels, the formula, the bands
 * and which band each cell (likelihood × consequence) belongs to. Versions never change.
 *
 * @param matrixId the matrix (what a committee chooses)
 * @param name the matrix's name
 * @param unitId the owning unit, or null for the whole kommun
 * @param defaultMatrix whether new analyses use it unless another is chosen
 * @param matrixRowVersion the matrix row's version for optimistic locking
 * @param versionId this version's id (assessments point here)
 * @param number the version number, 1 upwards
 * @param cells band position per cell, indexed {@code [likelihood - 1][consequence - 1]}
 */
public record RiskMatrix(long matrixId, String name, Long unitId, boolean defaultMatrix, int matrixRowVersion,
        long versionId, int number, Formula formula, List<Level> likelihood, List<Level> consequence,
        List<Band> bands, int[][] cells) {

    /** A scale step: level 1 is the lowest. */
    public record Level(int level, String label, String description) {
    }

    /** A colour band (låg, medel, hög …); position 1 is the lowest. */
    public record Band(int position, String name, String colour) {

        /** Black or white, whichever contrasts more with the band's colour (WCAG relative luminance). */
        public String textColour() {
            return Colours.textOn(colour);
        }
    }

    public int likelihoodLevels() {
        return likelihood.size();
    }

    public int consequenceLevels() {
        return consequence.size();
    }

    public boolean contains(int l, int c) {
        return l >= 1 && l <= likelihoodLevels() && c >= 1 && c <= consequenceLevels();
    }

    public int value(int l, int c) {
        return formula.apply(l, c);
    }

    public Band band(int l, int c) {
        int position = cells[l - 1][c - 1];
        return bands.stream().filter(b -> b.position() == position).findFirst().orElseThrow();
    }

    public Level likelihoodLevel(int l) {
        return likelihood.get(l - 1);
    }

    public Level consequenceLevel(int c) {
        return consequence.get(c - 1);
    }

    /** Likelihood levels highest first, as a heat map shows them top-down. */
    public List<Level> likelihoodDescending() {
        List<Level> levels = new java.util.ArrayList<>(likelihood);
        java.util.Collections.reverse(levels);
        return levels;
    }
}
