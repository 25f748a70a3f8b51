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
     * Documents sent to the committee that the person may read, newest first (each a {@link Task} whose date is
     * when it was sent); none unless the module sends documents.
     */
    default List<Task> sentToCommittee(AccessScope scope) {
        return List.of();
    }

    /**
     * What the person has been told of lately (a deviation reported to their unit, an assignment, a case awaiting
     * their decision), newest first, each a {@link Task} whose date is when it happened; none by default.
     */
    default List<Task> notices(AccessScope scope) {
        return List.of();
    }

    /** The year at a glance for those who follow it: how far each plan's follow-up has come; none by default. */
    default List<Progress> progress(AccessScope scope) {
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

    /**
     * How far a record's periodic reporting has come, per period and responsible unit: drawn on the start page as
     * bars with the figures in a table beside them.
     *
     * @param title the record, e.g. the plan's committee and year
     * @param statusKey message-bundle key of the record's status
     * @param path the record's page
     * @param columns the periods, with their deadlines
     * @param rows one per responsible unit
     */
    record Progress(String title, String statusKey, String path, List<Column> columns, List<Row> rows) {
    }

    /** A period: its label, its deadline and whether the deadline has passed with items unreported. */
    record Column(String messageKey, LocalDate due, boolean pastDue, String path) {
    }

    /** A unit's counts, one per column: how many of how many items are reported. */
    record Row(String label, List<Count> counts) {
    }

    record Count(long reported, long total) {

        public int percent() {
            return total == 0 ? 0 : (int) (reported * 100 / total);
        }
    }
}
