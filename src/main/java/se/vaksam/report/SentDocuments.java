package se.vaksam.report;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import se.vaksam.document.Format;
import se.vaksam.document.Snapshots;
import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/**
 * The start page: the documents lately sent to the committee ("Skicka till nämnd" froze them) that the person may
 * read, one line per sending (the PDF where there is one), newest first. Never-sent drafts are not listed.
 */
@Component
class SentDocuments implements TaskSource {

    /** How many stored files are looked at, and how many sendings are listed. */
    static final int LOOK_AT = 60;
    static final int LIST = 10;

    private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

    private final Snapshots snapshots;

    SentDocuments(Snapshots snapshots) {
        this.snapshots = snapshots;
    }

    @Override
    public List<Task> openTasks(AccessScope scope) {
        return List.of();
    }

    @Override
    public List<Task> sentToCommittee(AccessScope scope) {
        Map<String, Snapshots.Snapshot> sendings = new LinkedHashMap<>();
        for (Snapshots.Snapshot s : snapshots.latestReadable(LOOK_AT)) {
            String sending = s.ownerType() + "/" + s.ownerId() + "/" + s.kind() + "/" + s.versionNo();
            sendings.merge(sending, s, (kept, other) -> other.format() == Format.PDF ? other : kept);
        }
        return sendings.values().stream().limit(LIST)
                .map(s -> new Task("home.sent.document", s.label(), "/reports/snapshots/" + s.id(),
                        s.madeAt().atZoneSameInstant(STOCKHOLM).toLocalDate()))
                .toList();
    }
}
