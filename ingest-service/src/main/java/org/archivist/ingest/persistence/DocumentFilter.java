package org.archivist.ingest.persistence;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Parameters;
import java.time.Instant;

/** Which documents a listing or a replay is about; every part is optional. */
public record DocumentFilter(String status, String collection, Instant receivedFrom, Instant receivedTo) {

    /** The matching documents, newest first. */
    public PanacheQuery<StoredDocument> find() {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (collection != null) {
            where.append(" and collection = :collection");
            parameters.and("collection", collection);
        }
        if (receivedFrom != null) {
            where.append(" and receivedAt >= :from");
            parameters.and("from", receivedFrom);
        }
        if (receivedTo != null) {
            where.append(" and receivedAt < :to");
            parameters.and("to", receivedTo);
        }
        return StoredDocument.find(where + " order by receivedAt desc, id", parameters);
    }
}
