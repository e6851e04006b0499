package org.archivist.search.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.archivist.events.DocumentEnriched;
import org.archivist.events.DocumentEntity;
import org.archivist.search.fixtures.Api;
import org.archivist.search.fixtures.Corpus;
import org.archivist.search.fixtures.Expected;
import org.archivist.search.fixtures.SeedFixture;
import org.junit.jupiter.api.Test;

/**
 * A search finds a name in every spelling the authority file knows, says which spelling of the document it
 * reached that way, and highlights that spelling in the document's text.
 */
@QuarkusTest
@TestProfile(Corpus.Profile.class)
class VariantSearchTest extends CorpusTestBase {

    @Test
    void shouldFindDocumentsThatOnlySpellMiasnikovWhenSearchingMyasnikov() {
        Set<String> onlyOtherSpellings = Expected.ids(d -> Expected.mentions(d, "P1")
                && !Expected.words(d).contains("myasnikov"));
        assertFalse(onlyOtherSpellings.isEmpty(), "the corpus has documents that never write Myasnikov");
        Set<String> expected = Expected.ids(d -> Expected.words(d).contains("myasnikov")
                || Expected.variantWords(d).contains("myasnikov"));

        JsonPath r = Api.search("q", "Myasnikov", "size", "100");

        assertEquals(expected, new java.util.LinkedHashSet<>(r.<String>getList("hits.id")));
        List<Map<String, Object>> hits = r.getList("hits");
        for (Map<String, Object> hit : hits) {
            if (!onlyOtherSpellings.contains((String) hit.get("id"))) {
                continue;
            }
            DocumentEnriched doc = Corpus.byId((String) hit.get("id"));
            DocumentEntity p1 = doc.entities().stream().filter(e -> "P1".equals(e.id())).findFirst().orElseThrow();
            List<Map<String, Object>> via = list(hit.get("matchedVia"));
            for (String spelling : p1.surfaceForms()) {
                assertTrue(via.contains(Map.of("query", "Myasnikov", "variant", spelling, "entityId", "P1",
                        "type", "person", "label", "Gavriil Myasnikov")), "says it matched " + spelling + ": " + via);
            }
            List<String> text = highlights(hit, "text");
            assertTrue(p1.surfaceForms().stream().anyMatch(s -> text.stream().anyMatch(t -> t.contains(
                    "<mark>" + s.replace("'", "&#x27;") + "</mark>"))), "the document's own spelling is marked: " + text);
            assertTrue(text.stream().noneMatch(t -> t.contains("<mark>Myasnikov</mark>")), "nothing it does not write");
            assertTrue(list(hit.get("matchedEntities")).stream().anyMatch(e -> "P1".equals(e.get("id"))));
        }
    }

    @Test
    void shouldTellWhichOfTheSeedsSpellingsMatchedThroughTheAuthorityFile() {
        JsonPath r = Api.search("q", "Kusnetzov", "size", "100");
        Map<String, Object> seed = hit(r, SeedFixture.ID.toString());

        List<Map<String, Object>> via = list(seed.get("matchedVia"));
        assertEquals(List.of(Map.of("query", "Kusnetzov", "variant", "Kuznetzov", "entityId", "P2", "type", "person",
                "label", "Kuznetsov")), via);
        List<String> text = highlights(seed, "text");
        assertTrue(text.stream().anyMatch(t -> t.contains("<mark>Kusnetzov</mark>")), "the typed spelling: " + text);
        assertTrue(text.stream().anyMatch(t -> t.contains("<mark>Kuznetzov</mark>")), "and the other one: " + text);

        Map<String, Object> lettonia = hit(Api.search("q", "Lettonia", "size", "100"), SeedFixture.ID.toString());
        assertTrue(list(lettonia.get("matchedVia")).stream().anyMatch(v -> "Lettland".equals(v.get("variant"))
                && "L1".equals(v.get("entityId"))), lettonia.toString());
    }

    @Test
    void shouldMatchEachWordOfAQueryInTheTextOrThroughAVariant() {
        Set<String> expected = Expected.ids(d -> (Expected.words(d).contains("myasnikov")
                || Expected.variantWords(d).contains("myasnikov")) && (Expected.words(d).contains("kusnetzov")
                || Expected.variantWords(d).contains("kusnetzov")));
        assertTrue(expected.contains(SeedFixture.ID.toString()));

        assertEquals(expected, Api.ids("q", "Myasnikov Kusnetzov"));
    }

    @Test
    void shouldFindAPhraseThroughAVariantOfSeveralWords() {
        Set<String> expected = Expected.ids(d -> Expected.mentions(d, "O1")
                || d.text().contains("Communist International") || d.title().contains("Communist International"));
        Set<String> onlyAbbreviated = Expected.ids(d -> Expected.mentions(d, "O1")
                && !d.text().contains("Communist International"));
        assertFalse(onlyAbbreviated.isEmpty(), "some documents only write Comintern or Third International");

        assertEquals(expected, Api.ids("q", "\"Communist International\""));
    }

    @Test
    void shouldHighlightMatchedWordsInBodyTitleAndFootnotes() {
        JsonPath r = Api.search("q", "expelled", "size", "100");
        Set<String> expected = Expected.ids(d -> Expected.words(d).contains("expelled"));
        assertEquals(expected.size(), r.getInt("total"));
        Set<String> withNoteMatch = Expected.ids(d -> d.footnotes().stream()
                .anyMatch(f -> f.text() != null && Expected.tokens(f.text()).contains("expelled")));
        assertFalse(withNoteMatch.isEmpty());
        for (Map<String, Object> hit : r.<Map<String, Object>>getList("hits")) {
            List<String> notes = highlights(hit, "footnotes");
            assertEquals(withNoteMatch.contains((String) hit.get("id")), !notes.isEmpty(), hit.get("id") + " " + notes);
            notes.forEach(n -> assertTrue(n.contains("<mark>expelled</mark>"), n));
        }

        Map<String, Object> seed = hit(Api.search("q", "Sympathising", "size", "100"), SeedFixture.ID.toString());
        assertEquals(List.of(SeedFixture.TITLE.replace("Sympathising", "<mark>Sympathising</mark>")),
                highlights(seed, "title"));
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object o) {
        return (List<Map<String, Object>>) o;
    }

    @SuppressWarnings("unchecked")
    private static List<String> highlights(Map<String, Object> hit, String field) {
        Map<String, List<String>> h = (Map<String, List<String>>) hit.get("highlights");
        return h.getOrDefault(field, List.of());
    }

    private static Map<String, Object> hit(JsonPath r, String id) {
        return r.<Map<String, Object>>getList("hits").stream().filter(h -> id.equals(h.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not among " + r.getList("hits.id")));
    }
}
