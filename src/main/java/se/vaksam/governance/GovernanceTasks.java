package se.vaksam.governance;

import java.util.List;

import org.springframework.stereotype.Component;

import se.vaksam.shared.AccessScope;
import se.vaksam.shared.TaskSource;

/** Overdue revisions on the start page of the document's owner (dokumentägare). */
@Component
class GovernanceTasks implements TaskSource {

    private final GoverningDocuments documents;

    GovernanceTasks(GoverningDocuments documents) {
        this.documents = documents;
    }

    @Override
    public List<Task> openTasks(AccessScope scope) {
        return documents.overdueOwnedBy(scope).stream()
                .map(d -> new Task("governance.task.revision", d.title(), "/governing-documents/" + d.id(),
                        d.nextRevision()))
                .toList();
    }
}
