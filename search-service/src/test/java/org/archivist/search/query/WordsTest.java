package org.archivist.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void shouldCutWordsAsTheStandardTokenizerDoes() {
        assertEquals(List.of("l'humanité", "workers", "group", "1924", "czecho", "slovakia"),
                Words.tokens("L'Humanité — Workers' Group (1924), Czecho-Slovakia.", false).stream()
                        .map(Words.Token::key).toList());
        assertEquals(List.of("puhringer"), Words.tokens("Pühringer", true).stream().map(Words.Token::key).toList());
    }

    @Test
    void shouldMarkEveryWantedWordAndPhraseOfATitle() {
        QueryText q = QueryText.parse("\"communist international\" appeal* -proletariat");
        String title = "An Appeal to the Communist International & its <Proletariat>";

        QueryText.Found found = q.finder(false).find(title);

        assertEquals(List.of("communist international", "appeal"), found.terms());
        assertEquals("An <mark>Appeal</mark> to the <mark>Communist International</mark> &amp; its &lt;Proletariat&gt;",
                Html.marked(title, found.spans()));
    }
}
