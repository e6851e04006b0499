package org.archivist.ingest.intake;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DocumentStatusTest {

    private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    private static final Instant T1 = T0.plusSeconds(1);

    @Test
    void shouldOnlyMoveForwardWhateverOrderReportsArriveIn() {
        assertTrue(DocumentStatus.RECEIVED.givesWayTo(DocumentStatus.ENRICHED, T0, T1));
        assertTrue(DocumentStatus.RECEIVED.givesWayTo(DocumentStatus.INDEXED, T0, T1));
        assertFalse(DocumentStatus.INDEXED.givesWayTo(DocumentStatus.ENRICHED, T1, T0), "a late ENRICHED");
    }

    @Test
    void shouldTakeAFailureOrARecoveryOnlyWhenReportedLater() {
        assertTrue(DocumentStatus.ENRICHED.givesWayTo(DocumentStatus.FAILED, T1, T0));
        assertFalse(DocumentStatus.ENRICHED.givesWayTo(DocumentStatus.FAILED, T0, T1), "an old failure");
        assertTrue(DocumentStatus.FAILED.givesWayTo(DocumentStatus.INDEXED, T1, T0), "indexed after a retry");
        assertFalse(DocumentStatus.FAILED.givesWayTo(DocumentStatus.ENRICHED, T0, T1), "a stale ENRICHED");
    }
}
