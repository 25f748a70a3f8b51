package se.vaksam.risk;

import java.util.List;

import se.vaksam.shared.DomainException;

/**
 * What a coordinator submits to create a matrix or a new version of one.
 *
 * @param cells band position per cell, indexed {@code [likelihood - 1][consequence - 1]}
 */
public record MatrixDraft(String name, Long unitId, Formula formula, List<RiskMatrix.Level> likelihood,
        List<RiskMatrix.Level> consequence, List<RiskMatrix.Band> bands, int[][] cells) {

    /** Refuses sizes outside 3×3–6×6, empty labels, bad colours and cells without a band. */
    void check() {
        if (name == null || name.isBlank()) {
            throw new DomainException("risk.matrix.error.name");
        }
        if (formula == null) {
            throw new DomainException("risk.matrix.error.formula");
        }
        checkScale(likelihood);
        checkScale(consequence);
        if (bands == null || bands.isEmpty() || bands.size() > 6) {
            throw new DomainException("risk.matrix.error.bands");
        }
        for (RiskMatrix.Band band : bands) {
            if (band.name() == null || band.name().isBlank()) {
                throw new DomainException("risk.matrix.error.bandName", band.position());
            }
            if (!Colours.valid(band.colour())) {
                throw new DomainException("risk.matrix.error.colour", band.name(), band.colour());
            }
        }
        if (cells == null || cells.length != likelihood.size()) {
            throw new DomainException("risk.matrix.error.cells");
        }
        for (int l = 0; l < cells.length; l++) {
            if (cells[l] == null || cells[l].length != consequence.size()) {
                throw new DomainException("risk.matrix.error.cells");
            }
            for (int c = 0; c < cells[l].length; c++) {
                int position = cells[l][c];
                if (bands.stream().noneMatch(b -> b.position() == position)) {
                    throw new DomainException("risk.matrix.error.cell", l + 1, c + 1);
                }
            }
        }
    }

    private static void checkScale(List<RiskMatrix.Level> levels) {
        if (levels == null || levels.size() < 3 || levels.size() > 6) {
            throw new DomainException("risk.matrix.error.size");
        }
        for (RiskMatrix.Level level : levels) {
            if (level.label() == null || level.label().isBlank()) {
                throw new DomainException("risk.matrix.error.label", level.level());
            }
        }
    }

    /** The same draft with one band's colour replaced. */
    public MatrixDraft withColour(int position, String colour) {
        return new MatrixDraft(name, unitId, formula, likelihood, consequence, bands.stream()
                .map(b -> b.position() == position ? new RiskMatrix.Band(position, b.name(), colour) : b).toList(), cells);
    }

    /** A proposal for the cells: the bands spread evenly over the possible risk values. */
    public static int[][] proposeCells(Formula formula, int likelihoodLevels, int consequenceLevels, int bandCount) {
        int max = formula.apply(likelihoodLevels, consequenceLevels);
        int min = formula.apply(1, 1);
        int[][] cells = new int[likelihoodLevels][consequenceLevels];
        for (int l = 1; l <= likelihoodLevels; l++) {
            for (int c = 1; c <= consequenceLevels; c++) {
                double share = max == min ? 0 : (formula.apply(l, c) - min) / (double) (max - min);
                cells[l - 1][c - 1] = Math.min(bandCount, 1 + (int) Math.floor(share * bandCount));
            }
        }
        return cells;
    }
}
