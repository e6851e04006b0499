package org.archivist.ingest.intake;

import java.time.Instant;

/** Where a document stands: RECEIVED, then ENRICHED, then INDEXED; or FAILED, with a reason. */
public enum DocumentStatus {
    RECEIVED(0), ENRICHED(1), INDEXED(2), FAILED(-1);

    private final int rank;

    DocumentStatus(int rank) {
        this.rank = rank;
    }

    /**
     * Whether a report of {@code next} made at {@code reportedAt} replaces this status, set at {@code since}.
     * Progress only moves forward (reports from different services may arrive out of order); a failure,
     * or a recovery from one, counts when it was reported after the current status was set.
     */
    public boolean givesWayTo(DocumentStatus next, Instant reportedAt, Instant since) {
        if (this != FAILED && next != FAILED) {
            return next.rank > rank;
        }
        return next != this && reportedAt.isAfter(since);
    }

    /** Parses a status named by a client or an event; null when it names none. */
    public static DocumentStatus parse(String name) {
        for (DocumentStatus status : values()) {
            if (status.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return status;
            }
        }
        return null;
    }
}
