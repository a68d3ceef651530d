package dev.retort.store.ingest;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Values of up to {@link ExchangeTable#ROWS_PER_STATEMENT} rows, bound to one multi-row INSERT when full, or row by
 * row to the single-row statement for the rest at a flush. Values are kept boxed, as the driver keeps them anyway.
 */
final class MultiRowBuffer {
    private final int columns;
    private final Object[] values;
    private int filled;

    MultiRowBuffer(int columns) {
        this.columns = columns;
        this.values = new Object[columns * ExchangeTable.ROWS_PER_STATEMENT];
    }

    /** "(?, ?, ...), (?, ...)" for {@code rows} rows of {@code columns} parameters. */
    static String values(int columns, int rows) {
        String row = "(" + "?, ".repeat(columns - 1) + "?)";
        StringBuilder sql = new StringBuilder(row);
        for (int r = 1; r < rows; r++) {
            sql.append(", ").append(row);
        }
        return sql.toString();
    }

    void put(long v) {
        values[filled++] = v;
    }

    void put(Long v) {
        values[filled++] = v;
    }

    void put(String v) {
        values[filled++] = v;
    }

    /** An id or count where a negative value means unknown (stored as NULL). */
    void putId(long v) {
        values[filled++] = v < 0 ? null : Long.valueOf(v);
    }

    /** Ends the current row; returns how many rows are held. */
    int endRow() {
        if (filled % columns != 0) {
            throw new IllegalStateException("row has " + filled % columns + " of " + columns + " values");
        }
        return filled / columns;
    }

    int rows() {
        return filled / columns;
    }

    /** Binds every held row to a statement with parameters for all of them, and empties the buffer. */
    void bindAll(PreparedStatement many) throws SQLException {
        for (int i = 0; i < filled; i++) {
            bind(many, i + 1, values[i]);
        }
        clear();
    }

    /** Binds each held row to a single-row statement and adds it to that statement's batch; empties the buffer. */
    void bindEachRow(PreparedStatement single) throws SQLException {
        for (int start = 0; start < filled; start += columns) {
            for (int c = 0; c < columns; c++) {
                bind(single, c + 1, values[start + c]);
            }
            single.addBatch();
        }
        clear();
    }

    /** Starts over; the old values stay referenced until overwritten (one statement's worth, not worth a fill). */
    private void clear() {
        filled = 0;
    }

    private static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.INTEGER);
        } else if (v instanceof Long l) {
            ps.setLong(index, l);
        } else {
            ps.setString(index, (String) v);
        }
    }
}
