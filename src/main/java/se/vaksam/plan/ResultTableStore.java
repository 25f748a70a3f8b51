package se.vaksam.plan;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A review's result tables: caption, typed columns and cells (numbers in a numeric column). */
@Repository
class ResultTableStore {

    private final JdbcClient jdbc;

    ResultTableStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the item's row until the transaction ends, so that two who put a table into the same item's result
     * at once (a checklist and a deadline evaluation, say) each keep the other's table.
     */
    void lockItem(long itemId) {
        jdbc.sql("select id from plan_item where id = ? for update").param(itemId).query(Long.class).optional();
    }

    List<ResultTable> tables(long itemId) {
        record Head(long id, String caption) {
        }
        List<Head> heads = jdbc.sql("select id, caption from plan_result_table where item_id = ? order by position")
                .param(itemId).query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).list();
        List<ResultTable> tables = new ArrayList<>();
        for (Head head : heads) {
            List<ResultTable.Column> columns = jdbc.sql(
                    "select header, numeric from plan_result_column where table_id = ? order by position")
                    .param(head.id()).query((rs, n) -> new ResultTable.Column(rs.getString(1), rs.getBoolean(2)))
                    .list();
            List<List<ResultTable.Cell>> rows = new ArrayList<>();
            jdbc.sql("""
                    select row_position, col_position, text_value, number_value from plan_result_cell
                    where table_id = ? order by row_position, col_position""").param(head.id()).query(rs -> {
                        int row = rs.getInt(1);
                        while (rows.size() <= row) {
                            rows.add(new ArrayList<>(java.util.Collections.nCopies(columns.size(),
                                    new ResultTable.Cell(null, null))));
                        }
                        BigDecimal number = rs.getBigDecimal(4);
                        rows.get(row).set(rs.getInt(2), new ResultTable.Cell(rs.getString(3), number));
                    });
            tables.add(new ResultTable(head.caption(), columns, rows));
        }
        return tables;
    }

    void replace(long itemId, List<ResultTable> tables) {
        jdbc.sql("delete from plan_result_table where item_id = ?").param(itemId).update();
        for (int t = 0; t < tables.size(); t++) {
            ResultTable table = tables.get(t);
            long id = jdbc.sql("insert into plan_result_table (item_id, position, caption) values (?, ?, ?) returning id")
                    .params(itemId, t, table.caption().strip()).query(Long.class).single();
            for (int c = 0; c < table.columns().size(); c++) {
                ResultTable.Column column = table.columns().get(c);
                jdbc.sql("insert into plan_result_column (table_id, position, header, numeric) values (?, ?, ?, ?)")
                        .params(id, c, column.header().strip(), column.numeric()).update();
            }
            for (int r = 0; r < table.rows().size(); r++) {
                List<ResultTable.Cell> row = table.rows().get(r);
                for (int c = 0; c < row.size(); c++) {
                    ResultTable.Cell cell = row.get(c);
                    jdbc.sql("""
                            insert into plan_result_cell (table_id, row_position, col_position, text_value, number_value)
                            values (?, ?, ?, ?, ?)""").params(id, r, c, cell.text(), cell.number()).update();
                }
            }
        }
    }
}
