package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.archivist.events.SourceCitation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CitationParserTest {

    @Test
    void shouldFindTheSeedsCitation() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        SourceCitation citation = CitationParser.find(seed).orElseThrow();

        assertEquals("Workers' Dreadnought", citation.periodical());
        assertEquals(11, citation.volume());
        assertEquals(11, citation.number());
        assertEquals(LocalDate.of(1924, 5, 31), citation.issueDate());
        assertTrue(citation.text().startsWith("Text taken from the Vol. 11 No. 11 issue"), citation.text());
        assertEquals(citation.text(), seed.substring(citation.start(), citation.start() + citation.text().length()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Source: Workers' Dreadnought, Vol. 11, No. 11, 31 May 1924              | Workers' Dreadnought | 11 | 11 | 1924-05-31",
        "First published in The Communist, vol. 3, no. 12, 1921                  | The Communist        | 3  | 12 | -",
        "From *The Worker*, vol. VIII, no. 32, 22 October 1921                   | The Worker           | 8  | 32 | 1921-10-22",
        "Originally published in Pravda, March 14, 1923.                         | Pravda               | -  | -  | 1923-03-14",
        "Reprinted from Kommunistische Arbeiter-Zeitung, Nr. 49, 1921-06-18      | Kommunistische Arbeiter-Zeitung | - | 49 | 1921-06-18",
        "Transcribed from the 3rd March 1923 issue of Solidarity (vol. IV, no 2) | Solidarity           | 4  | 2  | 1923-03-03",
    })
    void shouldReadTheUsualForms(String line, String periodical, Integer volume, Integer number, LocalDate date) {
        SourceCitation citation = CitationParser.find("Some body text.\n\n" + line + "\n").orElseThrow();

        assertEquals(periodical, citation.periodical());
        assertEquals(volume, citation.volume());
        assertEquals(number, citation.number());
        assertEquals(date, citation.issueDate());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "He was lured back to Russia from Germany and imprisoned yet again in the Fall of 1923.",
        "Quick to the rescue, comrades!",
        "From the first, therefore, the group has been obliged to work underground.",
        "A. Medwedyev was imprisoned, without trial or charge, and held for 21 days.",
    })
    void shouldNotTakeProseForACitation(String line) {
        assertTrue(CitationParser.find(line).isEmpty(), line);
    }
}
