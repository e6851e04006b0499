package org.archivist.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void shouldCarryEverySortValueThroughItsOpaqueForm() {
        List<Object> values = Arrays.asList(12.25d, Long.MIN_VALUE, null, "id with\nnewline and ünïcode");
        Cursor cursor = new Cursor("abc", values);

        String encoded = cursor.encode();

        assertEquals(values, Cursor.decode(encoded, "abc").values());
        assertEquals(encoded, encoded.replaceAll("[^A-Za-z0-9_-]", ""), "URL-safe");
    }

    @Test
    void shouldRefuseACursorOfAnotherSearchOrOneItDidNotWrite() {
        String encoded = new Cursor("abc", List.of(1L)).encode();

        assertEquals("cursor", assertThrows(InvalidSearch.class, () -> Cursor.decode(encoded, "xyz")).parameter());
        for (String bad : List.of("", "%%%", "YWJj", java.util.Base64.getUrlEncoder().encodeToString("c1\nabc\nq1".getBytes()),
                java.util.Base64.getUrlEncoder().encodeToString("c1\nabc\nlx".getBytes()))) {
            assertEquals("cursor", assertThrows(InvalidSearch.class, () -> Cursor.decode(bad, "abc")).parameter(), bad);
        }
    }
}
