package se.vaksam.report;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.document.Block;
import se.vaksam.shared.DomainException;
import se.vaksam.shared.Versions;

/**
 * The kommun's standard texts of the reports (Inledning, Ansvar …) as editable templates, and the settings
 * they refer to (the regulation, the guideline). A text may name only the {@link ReportPlaceholders placeholders};
 * filling a template replaces them with the report's facts and turns {@code *italic*} and {@code **bold**} into
 * runs.
 */
@Component
class ReportTexts {

    record Template(String code, String title, String body, int version) {
    }

    record Settings(String regulationReference, String guidelineReference, int version) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportTexts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    List<Template> templates() {
        return jdbc.sql("select code, title, body, version from report_template order by code")
                .query((rs, n) -> new Template(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4)))
                .list();
    }

    String body(String code) {
        return jdbc.sql("select body from report_template where code = ?").param(code).query(String.class)
                .optional().orElse("");
    }

    Settings settings() {
        return jdbc.sql("select regulation_reference, guideline_reference, version from report_setting where id = 1")
                .query((rs, n) -> new Settings(rs.getString(1), rs.getString(2), rs.getInt(3))).single();
    }

    @Transactional
    void saveTemplate(String code, String body, int seenVersion, String username) {
        if (body == null || body.isBlank()) {
            throw new DomainException("report.texts.error.empty");
        }
        List<String> unknown = ReportPlaceholders.unknown(body);
        if (!unknown.isEmpty()) {
            throw new DomainException("report.texts.error.placeholder", "{" + unknown.get(0) + "}");
        }
        int updated = jdbc.sql("""
                update report_template set body = ?, version = version + 1, changed_by = ?, changed_at = ?
                where code = ? and version = ?""").params(body.strip(), username, OffsetDateTime.now(clock), code,
                seenVersion).update();
        Versions.checked(updated, jdbc, "report_template", "code", code, seenVersion);
    }

    @Transactional
    void saveSettings(String regulation, String guideline, int seenVersion) {
        if (regulation == null || regulation.isBlank() || guideline == null || guideline.isBlank()) {
            throw new DomainException("report.texts.error.settings");
        }
        int updated = jdbc.sql("""
                update report_setting set regulation_reference = ?, guideline_reference = ?, version = version + 1
                where id = 1 and version = ?""").params(regulation.strip(), guideline.strip(), seenVersion).update();
        Versions.checked(updated, jdbc, "report_setting", 1, seenVersion);
    }

    /** A template's text with the placeholders filled, as paragraphs of runs (and bullet lists). */
    static List<Block> fill(String body, Map<String, String> values) {
        String text = body == null ? "" : body;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue() == null ? "" : value.getValue());
        }
        List<Block> blocks = new ArrayList<>();
        for (Block block : Block.fromText(text)) {
            if (block instanceof Block.Paragraph p) {
                blocks.add(new Block.Paragraph(runs(p.text())));
            } else {
                blocks.add(block);
            }
        }
        return blocks;
    }

    /** Splits {@code **bold**} and {@code *italic*} marks into runs; unmatched marks stay as text. */
    static List<Block.Run> runs(String text) {
        List<Block.Run> runs = new ArrayList<>();
        int i = 0;
        StringBuilder plain = new StringBuilder();
        while (i < text.length()) {
            String mark = text.startsWith("**", i) ? "**" : text.charAt(i) == '*' ? "*" : null;
            int end = mark == null ? -1 : text.indexOf(mark, i + mark.length());
            if (mark != null && end > i + mark.length()) {
                if (plain.length() > 0) {
                    runs.add(Block.Run.plain(plain.toString()));
                    plain.setLength(0);
                }
                String inner = text.substring(i + mark.length(), end);
                runs.add(mark.length() == 2 ? Block.Run.bold(inner) : Block.Run.italic(inner));
                i = end + mark.length();
            } else {
                plain.append(text.charAt(i));
                i++;
            }
        }
        if (plain.length() > 0) {
            runs.add(Block.Run.plain(plain.toString()));
        }
        return runs;
    }
}
