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
 * read, one line per document with its latest sending (the PDF where there is one; a document sent again says so),
 * newest first. Never-sent drafts are not listed.
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
            // newest first: the first file of a document is its latest sending; its PDF is preferred
            String document = s.ownerType() + "/" + s.ownerId() + "/" + s.kind();
            sendings.merge(document, s, (kept, other) -> other.versionNo() == kept.versionNo()
                    && other.format() == Format.PDF ? other : kept);
        }
        return sendings.values().stream().limit(LIST)
                .map(s -> new Task(s.versionNo() > 1 ? "home.sent.again" : "home.sent.document", s.label(),
                        "/reports/snapshots/" + s.id(), s.madeAt().atZoneSameInstant(STOCKHOLM).toLocalDate()))
                .toList();
    }
}
