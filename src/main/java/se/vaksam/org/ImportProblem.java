package se.vaksam.org;

/**
 * One reason an import was refused, pointing at the row and column of the file.
 *
 * @param source the sheet name for a workbook, null for a CSV file
 * @param row the row number as the user sees it (the header is row 1)
 * @param column the column's name
 * @param messageKey the message-bundle key of the explanation
 * @param arguments the explanation's arguments
 */
record ImportProblem(String source, int row, String column, String messageKey, Object... arguments) {
}
