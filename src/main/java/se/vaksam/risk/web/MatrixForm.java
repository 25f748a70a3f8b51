package se.vaksam.risk.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import se.vaksam.risk.Formula;
import se.vaksam.risk.MatrixDraft;
import se.vaksam.risk.RiskMatrix;
import se.vaksam.shared.DomainException;

/**
 * The matrix form as posted: {@code lLabel1…}, {@code cLabel1…}, {@code bandName1…},
 * {@code bandColour1…} and one {@code cell<l>_<c>} per cell holding a band position.
 */
record MatrixForm(String name, Long unitId, Formula formula, List<RiskMatrix.Level> likelihood,
        List<RiskMatrix.Level> consequence, List<RiskMatrix.Band> bands, int[][] cells, Integer version,
        String reason) {

    private static final List<String> LIKELIHOOD_5 = List.of("Mycket osannolik", "Osannolik", "Möjlig", "Sannolik",
            "Mycket sannolik");
    private static final List<String> CONSEQUENCE_5 = List.of("Försumbar", "Lindrig", "Måttlig", "Betydande",
            "Allvarlig");
    private static final List<String> LIKELIHOOD_4 = List.of("Osannolik", "Mindre sannolik", "Möjlig", "Sannolik");
    private static final List<String> CONSEQUENCE_4 = List.of("Lindrig", "Måttlig", "Betydande", "Allvarlig");
    private static final List<RiskMatrix.Band> BANDS = List.of(new RiskMatrix.Band(1, "Låg", "#00703c"),
            new RiskMatrix.Band(2, "Medel", "#ffdd00"), new RiskMatrix.Band(3, "Hög", "#f47738"),
            new RiskMatrix.Band(4, "Mycket hög", "#d4351c"), new RiskMatrix.Band(5, "Kritisk", "#942514"),
            new RiskMatrix.Band(6, "Extrem", "#0b0c0c"));

    /** A proposal for a new matrix of the given size, with common Swedish labels where there are some. */
    static MatrixForm proposal(int likelihoodLevels, int consequenceLevels, int bandCount) {
        int l = clamp(likelihoodLevels, 3, 6);
        int c = clamp(consequenceLevels, 3, 6);
        int b = clamp(bandCount, 2, 6);
        return new MatrixForm("", null, Formula.PRODUCT, levels(l, l == 5 ? LIKELIHOOD_5 : LIKELIHOOD_4),
                levels(c, c == 5 ? CONSEQUENCE_5 : CONSEQUENCE_4), BANDS.subList(0, b),
                MatrixDraft.proposeCells(Formula.PRODUCT, l, c, b), null, "");
    }

    static MatrixForm of(RiskMatrix m) {
        return new MatrixForm(m.name(), m.unitId(), m.formula(), m.likelihood(), m.consequence(), m.bands(), m.cells(),
                m.matrixRowVersion(), "");
    }

    /** This form resized: labels and bands kept where they still exist, cells proposed anew. */
    MatrixForm resized(int likelihoodLevels, int consequenceLevels, int bandCount) {
        int l = clamp(likelihoodLevels, 3, 6);
        int c = clamp(consequenceLevels, 3, 6);
        int b = clamp(bandCount, 2, 6);
        return new MatrixForm(name, unitId, formula, resize(likelihood, l), resize(consequence, c),
                resizeBands(b), MatrixDraft.proposeCells(formula, l, c, b), version, reason);
    }

    private static List<RiskMatrix.Level> resize(List<RiskMatrix.Level> levels, int n) {
        List<RiskMatrix.Level> result = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            result.add(i <= levels.size() ? levels.get(i - 1) : new RiskMatrix.Level(i, "Nivå " + i, ""));
        }
        return result;
    }

    private List<RiskMatrix.Band> resizeBands(int n) {
        List<RiskMatrix.Band> result = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            result.add(i <= bands.size() ? bands.get(i - 1) : BANDS.get(i - 1));
        }
        return result;
    }

    private static List<RiskMatrix.Level> levels(int n, List<String> names) {
        List<RiskMatrix.Level> levels = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            levels.add(new RiskMatrix.Level(i, n == names.size() ? names.get(i - 1) : "Nivå " + i, ""));
        }
        return levels;
    }

    private static int clamp(int v, int min, int max) {
        return Math.max(min, Math.min(max, v));
    }

    static MatrixForm parse(Map<String, String> p) {
        int l = count(p, "lLabel");
        int c = count(p, "cLabel");
        int b = count(p, "bandName");
        List<RiskMatrix.Level> likelihood = new ArrayList<>();
        for (int i = 1; i <= l; i++) {
            likelihood.add(new RiskMatrix.Level(i, p.get("lLabel" + i), p.getOrDefault("lDesc" + i, "")));
        }
        List<RiskMatrix.Level> consequence = new ArrayList<>();
        for (int i = 1; i <= c; i++) {
            consequence.add(new RiskMatrix.Level(i, p.get("cLabel" + i), p.getOrDefault("cDesc" + i, "")));
        }
        List<RiskMatrix.Band> bands = new ArrayList<>();
        for (int i = 1; i <= b; i++) {
            bands.add(new RiskMatrix.Band(i, p.get("bandName" + i), p.get("bandColour" + i)));
        }
        int[][] cells = new int[l][c];
        for (int i = 1; i <= l; i++) {
            for (int j = 1; j <= c; j++) {
                cells[i - 1][j - 1] = number(p.get("cell" + i + "_" + j), 0);
            }
        }
        Formula formula;
        try {
            formula = Formula.valueOf(p.getOrDefault("formula", "PRODUCT"));
        } catch (IllegalArgumentException e) {
            throw new DomainException("risk.matrix.error.formula");
        }
        String unit = p.get("unitId");
        String version = p.get("version");
        return new MatrixForm(p.getOrDefault("name", ""), unit == null || unit.isBlank() ? null : Long.valueOf(unit),
                formula, likelihood, consequence, bands, cells,
                version == null || version.isBlank() ? null : Integer.valueOf(version), p.getOrDefault("reason", ""));
    }

    private static int count(Map<String, String> p, String prefix) {
        int n = 0;
        while (p.containsKey(prefix + (n + 1))) {
            n++;
        }
        return n;
    }

    private static int number(String s, int fallback) {
        try {
            return s == null ? fallback : Integer.parseInt(s.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    MatrixDraft draft() {
        return new MatrixDraft(name, unitId, formula, likelihood, consequence, bands, cells);
    }

    public int band(int l, int c) {
        return cells[l - 1][c - 1];
    }
}
