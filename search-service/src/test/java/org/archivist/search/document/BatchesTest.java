package org.archivist.search.document;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void shouldCutByCountAndBySizeKeepingTheOrder() {
        assertEquals(List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7)),
                Batches.split(List.of(1, 2, 3, 4, 5, 6, 7), i -> 1, 3, 100));
        assertEquals(List.of(List.of(10, 20, 70), List.of(200), List.of(5)),
                Batches.split(List.of(10, 20, 70, 200, 5), i -> i, 100, 100), "one too big goes alone");
        assertEquals(List.of(), Batches.split(List.<Integer>of(), i -> 1, 3, 100));
    }

    @Test
    void shouldGiveEachEntityOneFacetValueThatSaysIdAndLabel() {
        MentionedEntity known = new MentionedEntity("P1", "person", "Gavriil Myasnikov", List.of(), List.of(), 1, List.of());
        MentionedEntity unknown = new MentionedEntity(null, "person", "Bratzky", List.of(), List.of(), 1, List.of());

        assertEquals(new EntityFacet.Value("P1", "Gavriil Myasnikov"), EntityFacet.decode(EntityFacet.encode(known)));
        assertEquals(new EntityFacet.Value(null, "Bratzky"), EntityFacet.decode(EntityFacet.encode(unknown)));
        assertEquals("Bratzky", EntityFacet.decode(EntityFacet.encode(unknown)).filter());
        assertEquals("P1", EntityFacet.decode(EntityFacet.encode(known)).filter());
    }
}
