package se.vaksam.survey;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.Access;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.RecordChanged;

/**
 * Figures of surveys run elsewhere, imported from a CSV file (UTF-8, {@code ;} or {@code ,}) with the headers
 * {@code serie, år, område, erbjudna, svarande} and optionally {@code fråga, svar}: a row without a question holds
 * an area's offered and answered; a row with a question and answer holds how many gave that answer (in
 * {@code svarande}). All or nothing; a row already imported (same series, year, area, question, answer) is
 * replaced. Read by other modules through {@link SurveyQuery}.
 */
@Service
@Transactional
public class ExternalFigures implements SurveyQuery {

    static final String TYPE = "survey.external";
    static final int MAX_ROWS = 50_000;
    private static final List<String> REQUIRED = List.of("serie", "år", "område", "erbjudna", "svarande");

    private final JdbcClient jdbc;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ExternalFigures(JdbcClient jdbc, Access access, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    private record Row(String series, int year, String area, String question, String answer, Integer offered,
            int answered) {
    }

    /** Imports the file; returns how many rows were stored. */
    public int importCsv(byte[] file) {
        if (file == null || file.length == 0 || file.length > 10 * 1024 * 1024) {
            throw new DomainException("survey.import.error.file");
        }
        List<String[]> lines = lines(new String(file, StandardCharsets.UTF_8).replace("\uFEFF", ""));
        if (lines.isEmpty()) {
            throw new DomainException("survey.import.error.file");
        }
        Map<String, Integer> header = new LinkedHashMap<>();
        String[] names = lines.get(0);
        for (int i = 0; i < names.length; i++) {
            header.put(names[i].strip().toLowerCase(java.util.Locale.ROOT), i);
        }
        for (String required : REQUIRED) {
            if (!header.containsKey(required)) {
                throw new DomainException("survey.import.error.header", required);
            }
        }
        if (lines.size() - 1 > MAX_ROWS) {
            throw new DomainException("survey.import.error.rows", MAX_ROWS);
        }
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n < lines.size(); n++) {
            rows.add(row(lines.get(n), header, n + 1));
        }
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256").digest(file);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        String sha = HexFormat.of().formatHex(digest);
        jdbc.sql("""
                insert into survey_external_figure (series, year, area, question, answer, offered, answered, imported_by,
                                                    imported_at, file_sha256)
                select s, y, a, q, v, o, n, :by, :at, :sha
                from unnest(cast(:s as text[]), cast(:y as int[]), cast(:a as text[]), cast(:q as text[]),
                            cast(:v as text[]), cast(:o as int[]), cast(:n as int[])) t(s, y, a, q, v, o, n)
                on conflict (series, year, area, question, answer) do update set offered = excluded.offered,
                    answered = excluded.answered, imported_by = excluded.imported_by,
                    imported_at = excluded.imported_at, file_sha256 = excluded.file_sha256""")
                .param("s", rows.stream().map(Row::series).toArray(String[]::new))
                .param("y", rows.stream().map(Row::year).toArray(Integer[]::new))
                .param("a", rows.stream().map(Row::area).toArray(String[]::new))
                .param("q", rows.stream().map(Row::question).toArray(String[]::new))
                .param("v", rows.stream().map(Row::answer).toArray(String[]::new))
                .param("o", rows.stream().map(Row::offered).toArray(Integer[]::new))
                .param("n", rows.stream().map(Row::answered).toArray(Integer[]::new))
                .param("by", access.current().username()).param("at", OffsetDateTime.now(clock)).param("sha", sha)
                .update();
        events.publishEvent(new RecordChanged(TYPE, sha.substring(0, 16), RecordChanged.Action.CREATED,
                ChangeSet.create().field("rows", null, Integer.toString(rows.size())).toList(), null));
        return rows.size();
    }

    private static Row row(String[] cells, Map<String, Integer> header, int line) {
        String series = cell(cells, header, "serie");
        String area = cell(cells, header, "område");
        String question = cell(cells, header, "fråga");
        String answer = cell(cells, header, "svar");
        if (series.isEmpty() || series.length() > 200 || area.isEmpty() || area.length() > 200
                || question.length() > 1000 || answer.length() > 300 || question.isEmpty() != answer.isEmpty()) {
            throw new DomainException("survey.import.error.row", line);
        }
        try {
            int year = Bounds.year("år", Integer.parseInt(cell(cells, header, "år")));
            String offeredText = cell(cells, header, "erbjudna").replace(" ", "");
            Integer offered = offeredText.isEmpty() ? null : Integer.valueOf(offeredText);
            int answered = Integer.parseInt(cell(cells, header, "svarande").replace(" ", ""));
            if (answered < 0 || offered != null && offered < answered) {
                throw new DomainException("survey.import.error.counts", line);
            }
            return new Row(series, year, area, question, answer, question.isEmpty() ? offered : null, answered);
        } catch (NumberFormatException e) {
            throw new DomainException("survey.import.error.number", line);
        }
    }

    private static String cell(String[] cells, Map<String, Integer> header, String name) {
        Integer at = header.get(name);
        return at == null || at >= cells.length ? "" : cells[at].strip();
    }

    /** The file's lines split at {@code ;} (or {@code ,} when the header has no {@code ;}); quotes removed. */
    private static List<String[]> lines(String text) {
        List<String[]> lines = new ArrayList<>();
        try (var reader = new java.io.BufferedReader(new java.io.InputStreamReader(
                new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8))) {
            String separator = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                if (separator == null) {
                    separator = line.contains(";") ? ";" : ",";
                }
                String[] cells = line.split(separator, -1);
                for (int i = 0; i < cells.length; i++) {
                    cells[i] = cells[i].strip().replaceAll("^\"|\"$", "");
                }
                lines.add(cells);
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return lines;
    }

    @Override
    @Transactional(readOnly = true)
    public List<String> series() {
        return jdbc.sql("select distinct series from survey_external_figure order by series limit 500")
                .query(String.class).list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Year> years(String series) {
        List<Object[]> rows = jdbc.sql("""
                select year, area, offered, answered from survey_external_figure
                where series = ? and question = '' order by year, area limit 10000""").param(series)
                .query((rs, n) -> new Object[] {rs.getInt(1), rs.getString(2), rs.getObject(3), rs.getInt(4)}).list();
        Map<Integer, List<Area>> byYear = new LinkedHashMap<>();
        for (Object[] r : rows) {
            Integer offered = (Integer) r[2];
            int answered = (Integer) r[3];
            byYear.computeIfAbsent((Integer) r[0], y -> new ArrayList<>()).add(new Area((String) r[1], offered, answered,
                    offered == null ? null : Survey.percent(answered, offered)));
        }
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, areas) -> {
            List<Area> known = areas.stream().filter(a -> a.offered() != null).toList();
            int offered = known.stream().mapToInt(Area::offered).sum();
            int answered = known.stream().mapToInt(Area::answered).sum();
            years.add(new Year(year, new Area("Totalt", offered, answered, Survey.percent(answered, offered)), areas));
        });
        return years;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnswerCount> answers(String series, int year) {
        return jdbc.sql("""
                select area, question, answer, answered count from survey_external_figure
                where series = ? and year = ? and question <> '' order by area, question, answer limit 10000""")
                .params(series, year).query(AnswerCount.class).list();
    }
}
