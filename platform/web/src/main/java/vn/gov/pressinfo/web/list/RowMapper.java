package vn.gov.pressinfo.web.list;

import java.sql.SQLException;

/** Maps the current row of a list read to one item of the list, usually a response record. */
@FunctionalInterface
public interface RowMapper<T> {

    T map(Rows row) throws SQLException;
}
