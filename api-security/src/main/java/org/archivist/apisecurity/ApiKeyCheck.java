package org.archivist.apisecurity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/** Whether a request may go on, from its method, path and the key it presents. Plain Java. */
public final class ApiKeyCheck {

    /** Why a request is refused; null-free: {@link #NONE} when it may go on. */
    public enum Verdict { NONE, MISSING, WRONG, NOT_CONFIGURED }

    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Optional<String> key;
    private final boolean protectReads;
    private final java.util.List<String> alwaysProtected;

    public ApiKeyCheck(Optional<String> key, boolean protectReads) {
        this(key, protectReads, java.util.List.of());
    }

    /**
     * @param alwaysProtected path prefixes (such as {@code /api/authority}) that need the key for reading too
     */
    public ApiKeyCheck(Optional<String> key, boolean protectReads, java.util.List<String> alwaysProtected) {
        this.key = key.filter(k -> !k.isBlank());
        this.protectReads = protectReads;
        this.alwaysProtected = java.util.List.copyOf(alwaysProtected);
    }

    /**
     * @param presented the key from {@code X-API-Key}, or from {@code Authorization: Bearer …}; null if none
     */
    public Verdict check(String method, String path, String presented) {
        boolean api = path.equals("/api") || path.startsWith("/api/");
        boolean protectedPath = alwaysProtected.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
        if (!api || (READS.contains(method) && !protectReads && !protectedPath)) {
            return Verdict.NONE;
        }
        if (key.isEmpty()) {
            return Verdict.NOT_CONFIGURED;
        }
        if (presented == null || presented.isBlank()) {
            return Verdict.MISSING;
        }
        // Constant time: the comparison must not tell how much of a guess was right.
        return MessageDigest.isEqual(key.get().getBytes(StandardCharsets.UTF_8),
                presented.strip().getBytes(StandardCharsets.UTF_8)) ? Verdict.NONE : Verdict.WRONG;
    }

    /** The key from the headers: {@code X-API-Key} first, else a bearer token. */
    public static String presented(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return apiKeyHeader;
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return authorization.substring(7);
        }
        return null;
    }
}
