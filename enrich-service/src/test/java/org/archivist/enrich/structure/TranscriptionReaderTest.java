package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TranscriptionReaderTest {

    @Test
    void shouldKeepEveryCharacterAndSayWhyWhenTheStructureCannotBeRead() {
        String text = "Title\n\nBody with a marker1 and all.\n";

        TranscriptionReader.Reading reading = TranscriptionReader.plain(text, "Declared", "java.lang.IllegalStateException");

        assertEquals(text, reading.text(), "the text as it came");
        assertEquals("Declared", reading.title());
        assertTrue(reading.footnotes().isEmpty());
        assertEquals(1, reading.warnings().size());
        assertTrue(reading.warnings().get(0).contains("plain text: java.lang.IllegalStateException"),
                reading.warnings().toString());
    }
}
