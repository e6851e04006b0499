package org.archivist.ingest.intake;

/**
 * An upload that was fine but could not be taken now: the service is at its limit of concurrent stores, or
 * its database does not answer. Nothing of it was stored; the client sends it again after {@link #retryAfterSeconds}.
 */
public class Unavailable extends RuntimeException {

    public enum Kind {
        BUSY("busy", "Too many uploads at once"),
        STORAGE_UNAVAILABLE("storage-unavailable", "Storage unavailable");

        public final String slug;
        public final String title;

        Kind(String slug, String title) {
            this.slug = slug;
            this.title = title;
        }
    }

    private final Kind kind;
    private final int retryAfterSeconds;

    public Unavailable(Kind kind, int retryAfterSeconds, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public Kind kind() {
        return kind;
    }

    public int retryAfterSeconds() {
        return retryAfterSeconds;
    }

    /** Whether a failure is the database being away (no connection, or none to be had in time), not a bug. */
    public static boolean isStorageOutage(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException
                    || t instanceof java.sql.SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql && (sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))
                    || sql.getMessage() != null && sql.getMessage().contains("acquisition timeout"))) {
                return true;
            }
            if (t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
