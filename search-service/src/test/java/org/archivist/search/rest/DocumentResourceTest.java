package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.EntityMention;
import org.archivist.events.Footnote;
import org.archivist.search.document.DocumentView;
import org.archivist.search.fixtures.Corpus;
import org.archivist.search.fixtures.SeedFixture;
import org.junit.jupiter.api.Test;

/** {@code GET /api/documents/{id}} gives back the whole enriched document, with offsets that fit its text. */
@QuarkusTest
@TestProfile(Corpus.Profile.class)
class DocumentResourceTest extends CorpusTestBase {

    @Test
    void shouldGiveTheWholeEnrichedSeedForDisplay() {
        DocumentEnriched seed = SeedFixture.enriched();

        DocumentView view = given().when().get("/api/documents/" + SeedFixture.ID).then().statusCode(200)
                .extract().as(DocumentView.class);

        assertEquals(seed.text(), view.text());
        assertEquals(SeedFixture.TITLE, view.title());
        assertEquals("The International Group of Communists", view.author());
        assertEquals(seed.headnote(), view.headnote());
        assertEquals(seed.paragraphs(), view.paragraphs());
        assertEquals(seed.footnotes(), view.footnotes());
        assertEquals(4, view.footnotes().size());
        for (Footnote note : view.footnotes()) {
            assertTrue(view.text().substring(0, note.anchorOffset()).endsWith(note.anchorSentence()),
                    "the anchor follows its sentence: " + note);
        }
        assertEquals(seed.signatories(), view.signatories());
        assertEquals(14, view.signatories().size());
        assertEquals(seed.citation(), view.citation());
        assertEquals(view.citation().text(), view.text().substring(view.citation().start(),
                view.citation().start() + view.citation().text().length()));
        assertEquals("Workers' Dreadnought", view.periodical(), "from the citation");
        assertEquals(java.time.LocalDate.of(1924, 5, 31), view.issueDate());
        assertEquals(seed.mentions(), view.mentions());
        for (EntityMention m : view.mentions()) {
            assertEquals(m.surface(), view.text().substring(m.start(), m.end()), "offsets point into the text");
        }
        assertEquals(seed.entities(), view.entities());
        assertEquals(seed.editorialMarks(), view.editorialMarks());
        assertEquals(seed.contribution(), view.contribution());
        assertEquals(seed.metadata(), view.metadata());
        assertEquals(seed.enrichmentVersion(), view.enrichmentVersion());
        assertEquals(3, view.authorityVersion());
    }

    @Test
    void shouldGiveEveryCorpusDocumentBackAsItWasEnriched() {
        for (DocumentEnriched d : Corpus.DOCUMENTS.subList(0, 10)) {
            DocumentView view = given().when().get("/api/documents/" + d.documentId()).then().statusCode(200)
                    .extract().as(DocumentView.class);
            assertEquals(d.text(), view.text());
            assertEquals(d.footnotes(), view.footnotes());
            assertEquals(d.mentions(), view.mentions());
            assertEquals(d.paragraphs(), view.paragraphs());
        }
    }

    @Test
    void shouldAnswerNotFoundAsProblemJson() {
        for (String id : List.of("00000000-0000-4000-8000-000000000000", "not-a-uuid", "%3Cscript%3E")) {
            given().when().get("/api/documents/" + id).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"))
                    .body("type", equalTo("urn:archive:problem:document-not-found"));
        }
    }
}
