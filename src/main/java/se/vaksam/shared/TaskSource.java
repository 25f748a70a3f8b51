package se.vaksam.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the start page "Mina uppgifter": the open tasks of the signed-in
 * person (overdue reviews, items to report, deviations to investigate …).
 */
public interface TaskSource {

    List<Task> openTasks(AccessScope scope);

    /**
     * @param messageKey message-bundle key describing the kind of task
     * @param title the record's title
     * @param path where to do the task
     * @param due due date, or null
     */
    record Task(String messageKey, String title, String path, LocalDate due) {
    }
}
