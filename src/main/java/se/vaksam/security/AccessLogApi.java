package se.vaksam.security;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import se.vaksam.shared.Bounds;
import se.vaksam.shared.NotFoundException;
import se.vaksam.shared.Allowed;
import se.vaksam.shared.Capability;

/**
 * Read-only access to the access log for the system administrator and the internal-control
 * coordinator (enforced in {@link SecurityConfiguration}). Nothing here changes or deletes.
 */
@Allowed(Capability.READ_ACCESS_LOG)
@RestController
@RequestMapping("/api/v1/access-log")
@Tag(name = "Åtkomstlogg", description = "Läsningar av sekretessmarkerade uppgifter (endast läsning)")
class AccessLogApi {

    /** The most entries one search returns. */
    static final int MAX_LIMIT = 1000;

    private final AccessLog log;
    private final ApplicationEventPublisher events;

    AccessLogApi(AccessLog log, ApplicationEventPublisher events) {
        this.log = log;
        this.events = events;
    }

    @GetMapping
    @Operation(summary = "De senaste läsningarna, filtrerade på användare, typ av uppgift och datum")
    List<AccessLog.Entry> search(@RequestParam(required = false) String username,
            @RequestParam(required = false) String recordType,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(schema = @Schema(minimum = "1", maximum = "" + MAX_LIMIT, defaultValue = "200"))
            @RequestParam(defaultValue = "200") int limit) {
        AccessLog.Filter filter = new AccessLog.Filter(username, recordType, from, to);
        int bounded = Bounds.size("limit", limit, MAX_LIMIT);
        events.publishEvent(AccessLog.readOf(filter));
        return log.search(filter, bounded);
    }

    @GetMapping("/{id}")
    @Operation(summary = "En läsning")
    AccessLog.Entry entry(@PathVariable long id) {
        events.publishEvent(AccessLogReaders.read("entry " + id));
        return log.entry(id).orElseThrow(() -> new NotFoundException("accessLog.error.notFound"));
    }
}
