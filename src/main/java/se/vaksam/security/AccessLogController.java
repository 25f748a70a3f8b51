package se.vaksam.security;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.function.Function;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import se.vaksam.org.OrgQuery;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;
import se.vaksam.shared.Choice;

/**
 * The access log page (<em>åtkomstlogg</em>) for the system administrator and the
 * internal-control coordinator (enforced in {@link SecurityConfiguration}). Read only.
 */
@Allowed(Capability.READ_ACCESS_LOG)
@Controller
class AccessLogController {

    private final AccessLog log;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final OrgQuery org;

    AccessLogController(AccessLog log, Clock clock, ApplicationEventPublisher events, OrgQuery org) {
        this.log = log;
        this.org = org;
        this.clock = clock;
        this.events = events;
    }

    @GetMapping("/admin/access-log")
    String page(@RequestParam(required = false) String username, @RequestParam(required = false) String recordType,
            @RequestParam(required = false) String from, @RequestParam(required = false) String to, Model model) {
        model.addAttribute("username", username);
        model.addAttribute("recordType", recordType);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("recordTypes", log.recordTypes());
        LocalDate fromDay;
        LocalDate toDay;
        try {
            fromDay = day(from);
            toDay = day(to);
        } catch (DateTimeParseException e) {
            model.addAttribute("dateError", true);
            model.addAttribute("entries", List.of());
            return "security/access-log";
        }
        AccessLog.Filter filter = new AccessLog.Filter(username, recordType, fromDay, toDay);
        events.publishEvent(AccessLog.readOf(filter));
        List<AccessLog.Entry> entries = log.search(filter, AccessLog.LIMIT + 1);
        model.addAttribute("limited", entries.size() > AccessLog.LIMIT);
        model.addAttribute("limit", AccessLog.LIMIT);
        List<AccessLog.Entry> shown = entries.stream().limit(AccessLog.LIMIT).toList();
        List<String> usernames = new java.util.ArrayList<>(shown.stream().map(AccessLog.Entry::username).toList());
        if (username != null && !username.isBlank()) {
            usernames.add(username);
        }
        Function<String, String> names = PersonChoices.names(org, usernames);
        model.addAttribute("usernameLabel", username == null || username.isBlank() ? null : names.apply(username));
        model.addAttribute("entries", shown.stream().map(e -> row(e, clock.getZone(), names)).toList());
        return "security/access-log";
    }

    /** The people picker of the filter: people of the organisation by a part of their name. */
    @GetMapping(path = "/admin/access-log/people", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    List<Choice> people(@RequestParam(defaultValue = "") String q) {
        return PersonChoices.search(org, q);
    }

    private static LocalDate day(String value) {
        return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
    }

    private static Row row(AccessLog.Entry entry, ZoneId zone, Function<String, String> names) {
        return new Row(entry.readAt().atZoneSameInstant(zone).toLocalDateTime(), entry.username(),
                names.apply(entry.username()), entry.recordType(), entry.recordId(), entry.remoteAddress());
    }

    record Row(LocalDateTime readAt, String username, String name, String recordType, String recordId,
            String remoteAddress) {
    }
}
