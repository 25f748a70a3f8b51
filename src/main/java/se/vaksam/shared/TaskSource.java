package se.vaksam.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's contribution to the start page: the open tasks of the signed-in person (overdue reviews, items to
 * report, deviations to investigate …) and, for those who follow the work, figures of how it is going, each
 * leading to the list it counts.
 */
public interface TaskSource {

    List<Task> openTasks(AccessScope scope);

    /** How the work within the person's scope is going; none unless the module has something to say to them. */
    default List<Figure> figures(AccessScope scope) {
        return List.of();
    }

    /**
     * @param messageKey message-bundle key describing the kind of task
     * @param title the record's title
     * @param path where to do the task
     * @param due due date, or null
     * @param overdue how many of its occurrences are overdue, for a recurring task listed once (0 otherwise)
     */
    record Task(String messageKey, String title, String path, LocalDate due, int overdue) {

        public Task(String messageKey, String title, String path, LocalDate due) {
            this(messageKey, title, path, due, 0);
        }
    }

    /**
     * A count on the start page that links to the list it counts.
     *
     * @param messageKey message-bundle key of what is counted
     * @param count how many
     * @param path the list, filtered to what is counted
     * @param alert whether a count above zero needs attention (overdue, past its deadline)
     */
    record Figure(String messageKey, long count, String path, boolean alert) {
    }
}
