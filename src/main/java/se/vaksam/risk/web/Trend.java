package se.vaksam.risk.web;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import se.vaksam.risk.RiskQuery;

/** A risk's values over time as an inline SVG line: points in a 320×120 box. */
record Trend(String points, List<Point> dots, int max) {

    record Point(double x, double y, int value, String label) {
    }

    static final int WIDTH = 320;
    static final int HEIGHT = 120;

    static Trend of(List<RiskQuery.Assessment> assessments) {
        int max = Math.max(1, assessments.stream().mapToInt(RiskQuery.Assessment::value).max().orElse(1));
        int n = assessments.size();
        List<Point> dots = IntStream.range(0, n).mapToObj(i -> {
            RiskQuery.Assessment a = assessments.get(i);
            double x = n == 1 ? WIDTH / 2.0 : 20 + i * (WIDTH - 40.0) / (n - 1);
            double y = HEIGHT - 15 - a.value() * (HEIGHT - 30.0) / max;
            return new Point(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, a.value(), a.assessedOn().toString());
        }).toList();
        return new Trend(dots.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" ")), dots, max);
    }
}
