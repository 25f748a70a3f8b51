package se.vaksam.risk;

import java.util.List;

/**
 * The matrix with the number of assessed risks in each cell: rows are likelihood levels
 * (highest first), columns consequence levels, each cell coloured by its band.
 */
public record HeatMap(RiskMatrix matrix, List<Row> rows, int total) {

    public record Row(RiskMatrix.Level likelihood, List<Cell> cells) {
    }

    public record Cell(int likelihood, int consequence, int value, RiskMatrix.Band band, int count) {

        public String textColour() {
            return band.textColour();
        }
    }

    /** Counts the assessments made with this matrix version; others are left out. */
    public static HeatMap of(RiskMatrix matrix, List<RiskQuery.Assessment> assessments) {
        List<RiskQuery.Assessment> own = assessments.stream()
                .filter(a -> a.matrixVersionId() == matrix.versionId()).toList();
        List<Row> rows = matrix.likelihoodDescending().stream().map(l -> new Row(l,
                matrix.consequence().stream().map(c -> new Cell(l.level(), c.level(), matrix.value(l.level(), c.level()),
                        matrix.band(l.level(), c.level()),
                        (int) own.stream().filter(a -> a.likelihood() == l.level() && a.consequence() == c.level()).count()))
                        .toList())).toList();
        return new HeatMap(matrix, rows, own.size());
    }
}
