package se.vaksam.document;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import se.vaksam.shared.Access;
import se.vaksam.shared.Capability;
import se.vaksam.shared.ChangeSet;
import se.vaksam.shared.Authorisation;
import se.vaksam.shared.ForbiddenException;
import se.vaksam.shared.RecordChanged;
import se.vaksam.shared.Versions;

/**
 * The municipality's look of the documents, one row: everyone's documents read it, only the system
 * administrator changes it, each change goes to the history (record type {@value #RECORD_TYPE}).
 */
@Service
public class Brandings {

    static final String RECORD_TYPE = "document.branding";

    private final JdbcClient jdbc;
    private final Authorisation authorisation;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Brandings(JdbcClient jdbc, Authorisation authorisation, Access access, ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.authorisation = authorisation;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** The look in force (no permission needed: every document shows it). */
    public Branding current() {
        return jdbc.sql("""
                select municipality, committee, administration, heading_colour, accent_colour, font, cover_layout,
                       logo, logo_media_type, logo_alt, version
                from document_branding where id = 1""").query((rs, n) -> {
                    byte[] logo = rs.getBytes("logo");
                    return new Branding(rs.getString("municipality"), rs.getString("committee"),
                            rs.getString("administration"), rs.getString("heading_colour"),
                            rs.getString("accent_colour"), rs.getString("font"),
                            Branding.CoverLayout.valueOf(rs.getString("cover_layout")),
                            logo == null ? null : new Branding.Logo(logo, rs.getString("logo_media_type"),
                                    rs.getString("logo_alt")),
                            rs.getInt("version"));
                }).optional().orElse(Branding.DEFAULT);
    }

    /**
     * Saves the look if {@code seenVersion} is still the row's version (else {@link
     * se.vaksam.shared.StaleVersionException}); only the system administrator may.
     *
     * @param keepLogo with a null logo in {@code branding}: keep the stored logo (true) or remove it (false)
     */
    @Transactional
    public Branding save(Branding branding, boolean keepLogo, int seenVersion) {
        if (!authorisation.permits(Capability.ADMINISTER_SYSTEM)) {
            throw new ForbiddenException();
        }
        Branding before = current();
        Branding.Logo logo = branding.logo() == null && keepLogo ? before.logo() : branding.logo();
        Branding after = new Branding(branding.municipality(), branding.committee(), branding.administration(),
                Branding.normalised(branding.headingColour()), Branding.normalised(branding.accentColour()),
                branding.font(), branding.coverLayout(), logo, seenVersion + 1);
        Branding.validate(after);
        int updated = jdbc.sql("""
                update document_branding set municipality = ?, committee = ?, administration = ?, heading_colour = ?,
                       accent_colour = ?, font = ?, cover_layout = ?, logo = ?, logo_media_type = ?, logo_alt = ?,
                       version = version + 1, changed_by = ?, changed_at = ?
                where id = 1 and version = ?""")
                .params(after.municipality(), after.committee(), after.administration(), after.headingColour(),
                        after.accentColour(), after.font(), after.coverLayout().name(),
                        logo == null ? null : logo.content(), logo == null ? null : logo.mediaType(),
                        logo == null ? null : logo.alt(), access.current().username(),
                        OffsetDateTime.now(clock), seenVersion)
                .update();
        Versions.checked(updated, jdbc, "document_branding", 1, seenVersion);
        ChangeSet changes = ChangeSet.create().field("municipality", before.municipality(), after.municipality())
                .field("committee", before.committee(), after.committee())
                .field("administration", before.administration(), after.administration())
                .field("headingColour", before.headingColour(), after.headingColour())
                .field("accentColour", before.accentColour(), after.accentColour())
                .field("font", before.font(), after.font())
                .field("coverLayout", before.coverLayout(), after.coverLayout())
                .field("logo", fingerprint(before.logo()), fingerprint(logo))
                .field("logoAlt", before.logo() == null ? null : before.logo().alt(), logo == null ? null : logo.alt());
        if (!changes.isEmpty()) {
            events.publishEvent(new RecordChanged(RECORD_TYPE, "1", RecordChanged.Action.UPDATED, changes.toList(),
                    null));
        }
        return current();
    }

    /** A logo in the history: its type, size and the start of its SHA-256 (the bytes themselves are not text). */
    private static String fingerprint(Branding.Logo logo) {
        if (logo == null) {
            return null;
        }
        return logo.mediaType() + ", " + logo.content().length + " byte, sha256 "
                + Snapshots.sha256(logo.content()).substring(0, 12);
    }
}
