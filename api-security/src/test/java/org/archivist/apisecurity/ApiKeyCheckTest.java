package org.archivist.apisecurity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ApiKeyCheckTest {

    private final ApiKeyCheck openReads = new ApiKeyCheck(Optional.of("s3cret"), false);

    @Test
    void shouldLetReadsAndNonApiPathsThroughByDefault() {
        assertEquals(ApiKeyCheck.Verdict.NONE, openReads.check("GET", "/api/documents", null));
        assertEquals(ApiKeyCheck.Verdict.NONE, openReads.check("POST", "/q/health", null));
    }

    @Test
    void shouldRequireTheRightKeyForWrites() {
        assertEquals(ApiKeyCheck.Verdict.MISSING, openReads.check("POST", "/api/documents", null));
        assertEquals(ApiKeyCheck.Verdict.MISSING, openReads.check("DELETE", "/api/documents/x", " "));
        assertEquals(ApiKeyCheck.Verdict.WRONG, openReads.check("PUT", "/api/uploads/a.txt", "guess"));
        assertEquals(ApiKeyCheck.Verdict.NONE, openReads.check("POST", "/api/documents", "s3cret"));
    }

    @Test
    void shouldCloseReadsWhenConfigured() {
        ApiKeyCheck closed = new ApiKeyCheck(Optional.of("s3cret"), true);
        assertEquals(ApiKeyCheck.Verdict.MISSING, closed.check("GET", "/api/search", null));
        assertEquals(ApiKeyCheck.Verdict.NONE, closed.check("GET", "/api/search", "s3cret"));
        assertEquals(ApiKeyCheck.Verdict.NONE, closed.check("GET", "/q/health/ready", null));
    }

    @Test
    void shouldCloseReadsOfAlwaysProtectedPathsEvenWhenReadsAreOpen() {
        ApiKeyCheck editors = new ApiKeyCheck(Optional.of("s3cret"), false, java.util.List.of("/api/authority"));
        assertEquals(ApiKeyCheck.Verdict.MISSING, editors.check("GET", "/api/authority/entities", null));
        assertEquals(ApiKeyCheck.Verdict.MISSING, editors.check("GET", "/api/authority", null));
        assertEquals(ApiKeyCheck.Verdict.NONE, editors.check("GET", "/api/authority/entities", "s3cret"));
        assertEquals(ApiKeyCheck.Verdict.NONE, editors.check("GET", "/api/authorityx", null), "a prefix, not a substring");
        assertEquals(ApiKeyCheck.Verdict.NONE, editors.check("GET", "/api/search", null));
    }

    @Test
    void shouldRefuseEverythingThatNeedsAKeyWhenNoneIsConfigured() {
        ApiKeyCheck none = new ApiKeyCheck(Optional.empty(), false);
        assertEquals(ApiKeyCheck.Verdict.NOT_CONFIGURED, none.check("POST", "/api/documents", "anything"));
        assertEquals(ApiKeyCheck.Verdict.NONE, none.check("GET", "/api/documents", null));
    }

    @Test
    void shouldTakeTheKeyFromEitherHeader() {
        assertEquals("k1", ApiKeyCheck.presented("k1", "Bearer k2"));
        assertEquals("k2", ApiKeyCheck.presented(null, "bearer k2"));
        assertEquals(null, ApiKeyCheck.presented(null, "Basic abc"));
    }
}
