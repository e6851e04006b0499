package org.archivist.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.archivist.events.SourceMetadata;
import org.junit.jupiter.api.Test;

class SourceFieldsTest {

    @Test
    void shouldReadWhatTheUploaderKnows() {
        SourceMetadata m = SourceFields.parse(" Workers' Dreadnought ", "1924-05-31",
                "https://libcom.org/article/appeal", "en-gb", "left-communism", List.of("1924, appeal", "appeal", "Russia"));

        assertEquals("Workers' Dreadnought", m.periodical());
        assertEquals(LocalDate.of(1924, 5, 31), m.issueDate());
        assertEquals("en-GB", m.language());
        assertEquals(List.of("1924", "appeal", "Russia"), m.tags());
    }

    @Test
    void shouldLeaveOutWhatWasNotSaid() {
        assertEquals(SourceMetadata.NONE, SourceFields.parse(null, "", " ", null, null, null));
    }

    @Test
    void shouldRefuseInvalidValuesSayingWhich() {
        assertThrows(InvalidUpload.class, () -> SourceFields.parse(null, "31 May 1924", null, null, null, null));
        assertThrows(InvalidUpload.class, () -> SourceFields.parse(null, null, "javascript:alert(1)", null, null, null));
        assertThrows(InvalidUpload.class, () -> SourceFields.parse(null, null, "not a url", null, null, null));
        assertThrows(InvalidUpload.class, () -> SourceFields.parse(null, null, null, "English!", null, null));
        assertThrows(InvalidUpload.class, () -> SourceFields.parse("x".repeat(513), null, null, null, null, null));
        assertThrows(InvalidUpload.class, () -> SourceFields.parse(null, null, null, null, "a\u0007b", null));
    }
}
