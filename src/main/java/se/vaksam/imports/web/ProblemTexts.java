package se.vaksam.imports.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import se.vaksam.imports.HistoryImports;

/** A file's problems in words: the cell (sheet, row, column, value) and the explanation, in Swedish. */
@Component
class ProblemTexts {

    /** One problem as the page and the API show it. */
    record Shown(String sheet, int row, String column, String value, String message, String text) {
    }

    private final MessageSource messages;

    ProblemTexts(MessageSource messages) {
        this.messages = messages;
    }

    List<Shown> shown(List<HistoryImports.Problem> problems, Locale locale) {
        return problems.stream().map(p -> {
            String message = messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale);
            String where = p.row() == 0 ? messages.getMessage("imports.problem.file", null, locale)
                    : messages.getMessage(p.sheet().isEmpty() ? "imports.problem.cell" : "imports.problem.sheetCell",
                            new Object[] {p.sheet(), p.row(), p.column().isEmpty() ? "–" : p.column(),
                                    p.value().isEmpty() ? "–" : p.value()}, locale);
            return new Shown(p.sheet(), p.row(), p.column(), p.value(), message, where + ": " + message);
        }).toList();
    }

    String message(String key, Object[] arguments, Locale locale) {
        return messages.getMessage(key, arguments, key, locale);
    }
}
