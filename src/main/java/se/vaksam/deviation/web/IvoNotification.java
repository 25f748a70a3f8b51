package se.vaksam.deviation.web;

import java.util.Locale;

import org.springframework.context.MessageSource;

import se.vaksam.deviation.DeviationRecord;

/** The content of a lex Sarah notification to IVO, in the order of IVO's form, from the record. */
final class IvoNotification {

    private IvoNotification() {
    }

    static String text(DeviationRecord d, String unitName, MessageSource messages, Locale locale) {
        StringBuilder out = new StringBuilder();
        line(out, messages.getMessage("deviation.ivo.export.title", null, locale), d.caseNumber());
        line(out, messages.getMessage("deviation.field.unit", null, locale), unitName);
        line(out, messages.getMessage("deviation.field.receivedOn", null, locale), d.receivedOn());
        line(out, messages.getMessage("deviation.field.occurredOn", null, locale), d.occurredOn());
        line(out, messages.getMessage("deviation.field.description", null, locale), d.description());
        line(out, messages.getMessage("deviation.field.immediateAction", null, locale), d.immediateAction());
        line(out, messages.getMessage("deviation.field.investigation", null, locale), d.investigation());
        line(out, messages.getMessage("deviation.field.assessment", null, locale), d.assessment() == null ? null
                : messages.getMessage("deviation.assessment." + d.assessment(), null, locale));
        line(out, messages.getMessage("deviation.field.serious", null, locale), d.serious() == null ? null
                : messages.getMessage(d.serious() ? "deviation.yes" : "deviation.no", null, locale));
        line(out, messages.getMessage("deviation.field.decision", null, locale), d.decision());
        line(out, messages.getMessage("deviation.field.decisionBody", null, locale), d.decisionBody() == null ? null
                : messages.getMessage("deviation.body." + d.decisionBody(), null, locale) + ", " + d.decidedOn());
        if (d.decidedBeforeInvestigation()) {
            line(out, messages.getMessage("deviation.decision.chairEarly", null, locale),
                    messages.getMessage("deviation.ivo.investigationFollows", null, locale));
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, Object value) {
        out.append(label).append(": ").append(value == null ? "–" : value).append("\n\n");
    }
}
