package se.vaksam.check.web;

import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import se.vaksam.check.ImportProblem;
import se.vaksam.shared.ProblemTypes;

/** A refused file import as a problem detail (422) listing every problem in the person's language. */
final class ImportRefusals {

    private ImportRefusals() {
    }

    /** Each problem as a sentence: "Rad 4, kolumn inledd: …" for a row, the message alone for the file. */
    static List<String> texts(MessageSource messages, List<ImportProblem> problems) {
        var locale = LocaleContextHolder.getLocale();
        return problems.stream().map(p -> {
            String text = messages.getMessage(p.messageKey(), p.arguments().toArray(), p.messageKey(), locale);
            return p.row() == 0 ? text
                    : messages.getMessage("check.import.problem", new Object[] {p.row(), p.column(), text}, locale);
        }).toList();
    }

    static ResponseEntity<ProblemDetail> refused(MessageSource messages, List<ImportProblem> problems) {
        List<String> texts = texts(messages, problems);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY, texts.get(0));
        problem.setType(ProblemTypes.of("import-refused"));
        problem.setTitle(messages.getMessage("check.import.refused", null, LocaleContextHolder.getLocale()));
        problem.setProperty("problems", texts);
        return ResponseEntity.unprocessableEntity().body(problem);
    }
}
