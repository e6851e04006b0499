package org.archivist.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void shouldTranslateTheWordsOrAndAndNotIntoOperators() {
        assertEquals("Myasnikov | Miasnikov", QueryText.parse("Myasnikov OR Miasnikov").syntax());
        assertEquals("Myasnikov Kusnetzov", QueryText.parse("Myasnikov AND Kusnetzov").syntax());
        assertEquals("Myasnikov -Moscow", QueryText.parse("Myasnikov NOT Moscow").syntax());
        assertEquals("a | b -c", QueryText.parse("a || b && !c").syntax());
        assertEquals("or and not", QueryText.parse("or and not").syntax(), "only capitals are operators");
    }

    @Test
    void shouldKeepPhrasesAndExclusionsAndCloseAnUnclosedPhrase() {
        QueryText q = QueryText.parse("\"Workers' Group\" -Menshevist \"Third International");
        assertEquals("\"Workers' Group\" -Menshevist \"Third International\"", q.syntax());
        assertEquals(List.of("Workers' Group", "Third International"), q.terms(), "excluded words are not wanted");
        assertEquals("-\"secret police\"", QueryText.parse("-\"secret police\"").syntax());
    }

    @Test
    void shouldTakeLuceneAndJsonSyntaxAsText() {
        assertEquals("title:Myasnikov", QueryText.parse("title:(Myasnikov)").syntax());
        assertEquals("[1920 TO 1924]", QueryText.parse("[1920 TO 1924]").syntax(), "no range operator exists");
        assertEquals("Myasnikov2", QueryText.parse("Myasnikov~2").syntax());
        assertEquals("\"query\" \"match_all\"", QueryText.parse("{\"query\":{\"match_all\":{}}}").syntax(),
                "quotes are phrases; braces and colons alone are no words");
        assertTrue(QueryText.parse("| - + ( ) ~ * \\").isEmpty());
        assertTrue(QueryText.parse("OR OR").isEmpty());
    }

    @Test
    void shouldAllowAPrefixOnlyAfterThreeLetters() {
        assertEquals("Mias*", QueryText.parse("Mias*").syntax());
        assertEquals(List.of("Mias"), QueryText.parse("Mias*").terms());
        assertEquals("Mi", QueryText.parse("Mi*").syntax());
        assertTrue(QueryText.parse("*").isEmpty());
    }

    @Test
    void shouldRefuseMoreWordsThanASearchHas() {
        assertEquals("q", assertThrows(InvalidSearch.class, () -> QueryText.parse("w ".repeat(101))).parameter());
        assertEquals(100, QueryText.parse("w ".repeat(100)).syntax().split(" ").length);
    }

    @Test
    void shouldKnowWhatWasTypedInAnyCase() {
        assertTrue(QueryText.parse("myasnikov").typed("Myasnikov"));
    }
}
