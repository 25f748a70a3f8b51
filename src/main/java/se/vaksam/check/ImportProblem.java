package se.vaksam.check;

import java.util.List;

/** What is wrong with a file or one of its rows: a message-bundle key and its arguments (row 0 = the file). */
public record ImportProblem(int row, String column, String messageKey, List<Object> arguments) {

    /** A problem with the whole file (row 0). */
    public static ImportProblem fileProblem(String messageKey, Object... arguments) {
        return file(messageKey, arguments);
    }

    static ImportProblem file(String messageKey, Object... arguments) {
        return new ImportProblem(0, "", messageKey, List.of(arguments));
    }
}
