package org.archivist.enrich.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Whether PostgreSQL answers right now. A write that failed in a way no rule names (a commit cut off, a
 * pool that gave up) is an outage when the database does not answer either: the event waits for it and is
 * not failed or dropped.
 */
@ApplicationScoped
public class DatabaseProbe {

    private final DataSource dataSource;

    public DatabaseProbe(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public boolean answers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
