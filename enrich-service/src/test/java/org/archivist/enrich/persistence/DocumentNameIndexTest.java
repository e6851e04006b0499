package org.archivist.enrich.persistence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.junit.jupiter.api.Test;

/**
 * Every enriched document asks whether its unlinked names recur in other documents, by form key alone
 * ({@code AuthorityStore.unlinkedElsewhere}). The table grows with every document, so that lookup must go
 * through an index, not read the table (or every unlinked name): PostgreSQL is asked for its plan over a table
 * of 20,000 unlinked names.
 */
@QuarkusTest
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class DocumentNameIndexTest {

    @Inject
    EntityManager db;

    @Test
    void shouldLookUpUnlinkedNamesOfOtherDocumentsByKeyThroughAnIndex() {
        String plan;
        QuarkusTransaction.begin();
        try {
            // An archive of some thousand documents' unlinked names, with the statistics PostgreSQL plans by;
            // rolled back at the end.
            db.createNativeQuery("insert into document_name (document_id, type, form_key, form, entity_id, mentions)"
                    + " select gen_random_uuid(), 'person', 'name' || g, 'Name' || g, null, 1"
                    + " from generate_series(1, 20000) g").executeUpdate();
            db.createNativeQuery("analyze document_name").executeUpdate();
            @SuppressWarnings("unchecked")
            List<Object> rows = db.createNativeQuery("explain select n.type, n.form_key from document_name n"
                    + " where n.form_key in ('miasnikov', 'kusnetzov') and n.entity_id is null and n.document_id <> ?1")
                    .setParameter(1, UUID.randomUUID()).getResultList();
            plan = rows.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        } finally {
            QuarkusTransaction.rollback();
        }
        assertTrue(plan.contains("document_name_unlinked_key"), plan);
    }
}
