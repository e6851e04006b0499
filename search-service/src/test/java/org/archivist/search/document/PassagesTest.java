package org.archivist.search.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.archivist.events.DocumentEntity;
import org.archivist.events.EntityMention;
import org.junit.jupiter.api.Test;

class PassagesTest {

    private static final String TEXT = "The GPU had imprisoned Miasnikov on 25 May 1923, though he was shortly "
            + "thereafter released and permitted to go to Germany. Comrades Myasnikov, Kusnetzov and Prostatnov "
            + "are amongst those imprisoned in Siberia.";

    @Test
    void shouldKeepOnePassageForEachSpellingOfAnEntityWithOtherVariants() {
        int mias = TEXT.indexOf("Miasnikov");
        int myas = TEXT.indexOf("Myasnikov");
        List<EntityMention> mentions = List.of(
                new EntityMention("person", "Miasnikov", mias, mias + 9, "P1", "exact", "authority", 0.9, null),
                new EntityMention("person", "Myasnikov", myas, myas + 9, "P1", "exact", "authority", 0.9, null),
                new EntityMention("place", "Siberia", TEXT.indexOf("Siberia"), TEXT.indexOf("Siberia") + 7, "L5",
                        "exact", "authority", 0.9, null));
        List<MentionedEntity> entities = Passages.of(TEXT, List.of(
                new DocumentEntity("P1", "person", "Gavriil Myasnikov", List.of("Miasnikov", "Myasnikov"),
                        List.of("Miasnikov", "Myasnikov", "G. T. Miasnikov"), 2),
                new DocumentEntity("L5", "place", "Siberia", List.of("Siberia"), List.of("Siberia"), 1)), mentions);

        List<Passage> passages = entities.get(0).passages();
        assertEquals(2, passages.size());
        for (Passage p : passages) {
            assertEquals(p.surface(), p.text().substring(p.markStart(), p.markEnd()));
            assertTrue(p.text().length() <= p.surface().length() + 2 * Passages.CONTEXT);
            assertTrue(TEXT.contains(p.text()));
            assertTrue(p.text().startsWith(" ") == false && !p.text().endsWith(" "), "whole words: '" + p.text() + "'");
        }
        assertEquals(List.of(), entities.get(1).passages(), "no other spelling is known: nothing to show");
    }

    @Test
    void shouldIgnoreMentionsWhoseOffsetsDoNotFitTheText() {
        List<MentionedEntity> entities = Passages.of("short", List.of(new DocumentEntity("P1", "person", "X",
                List.of("Miasnikov"), List.of("Miasnikov", "Myasnikov"), 1)), List.of(new EntityMention("person",
                "Miasnikov", 100, 109, "P1", "exact", "authority", 0.9, null)));

        assertEquals(List.of(), entities.get(0).passages());
    }
}
