package org.archivist.search.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.archivist.events.DocumentEnriched;
import org.archivist.search.document.EntityFacet;
import org.archivist.search.fixtures.FixtureCorpus;
import org.archivist.search.fixtures.SeedFixture;
import org.junit.jupiter.api.Test;

class IndexedDocumentTest {

    @Test
    void shouldDeriveFiltersFacetsAndSuggestionsFromTheEntities() {
        IndexedDocument seed = IndexedDocument.of(SeedFixture.enriched());

        assertEquals("Workers' Dreadnought", seed.periodical(), "from the citation: the uploader gave none");
        assertEquals(LocalDate.of(1924, 5, 31), seed.issueDate());
        assertTrue(seed.persons().ids().containsAll(List.of("P1", "P2", "P3")));
        assertTrue(seed.persons().names().containsAll(List.of("Miasnikov", "Myasnikov", "Gavriil Myasnikov", "Kusnetzov",
                "Kuznetzov", "Bratzky")));
        assertTrue(seed.persons().facet().contains(EntityFacet.encode(seed.entities().stream()
                .filter(e -> "Bratzky".equals(e.preferredLabel())).findFirst().orElseThrow())));
        assertTrue(seed.places().ids().contains("L1"));
        assertTrue(seed.organisations().ids().contains("O1"));
        assertTrue(seed.entityIds().contains("R1"), "periodicals are entities too");
        assertTrue(seed.hasFootnotes());
        assertEquals(4, seed.footnoteCount());
        assertTrue(seed.entitySuggest().stream().anyMatch(t -> t.startsWith("Miasnikov\u001f")));
        assertTrue(seed.titleSuggest().get(0).startsWith(SeedFixture.TITLE));
        var myasnikov = seed.entities().stream().filter(e -> "P1".equals(e.id())).findFirst().orElseThrow();
        assertEquals(myasnikov.surfaceForms().size(), myasnikov.passages().size());
    }

    @Test
    void shouldRebuildTheSameDocumentFromWhatTheIndexKeeps() {
        for (DocumentEnriched event : FixtureCorpus.generate(20, 5, 1500)) {
            IndexedDocument indexed = IndexedDocument.of(event);
            IndexedDocument kept = new IndexedDocument(indexed.id(), indexed.fileName(), indexed.mediaType(),
                    indexed.sha256(), indexed.receivedAt(), indexed.enrichedAt(), indexed.enrichmentVersion(),
                    indexed.authorityVersion(), indexed.status(), indexed.title(), indexed.author(), indexed.headnote(),
                    indexed.text(), indexed.metadata(), indexed.citation(), indexed.contribution(), indexed.footnotes(),
                    indexed.signatories(), indexed.layout(), indexed.warnings(), indexed.entities(),
                    indexed.periodical(), indexed.issueDate(),
                    indexed.sourceUrl(), indexed.language(), indexed.collection(), indexed.tags(), indexed.persons(),
                    indexed.places(), indexed.organisations(), indexed.entityIds(), indexed.hasFootnotes(),
                    indexed.footnoteCount(), null, null);

            assertEquals(indexed, IndexedDocument.of(kept.toEvent()), "the suggestion terms, not in _source, come back");
            assertEquals(event.mentions(), indexed.layoutParsed().mentions());
            assertEquals(event.paragraphs(), indexed.layoutParsed().paragraphs());
            assertEquals(event.editorialMarks(), indexed.layoutParsed().editorialMarks());
        }
    }
}
