package org.archivist.apisecurity;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;
import java.util.Optional;

@ConfigMapping(prefix = "archive.api")
public interface ApiKeyConfig {

    /**
     * The key clients send in {@code X-API-Key} (or as {@code Authorization: Bearer}). Set it with the
     * environment variable ARCHIVE_API_KEY; without it every request that needs the key is refused.
     */
    @WithName("key")
    Optional<String> key();

    /** Whether reading (GET) also needs the key; writing always does. */
    @WithDefault("false")
    boolean protectReads();

    /** Path prefixes whose reads need the key too, whatever {@link #protectReads()} says. */
    Optional<java.util.List<String>> alwaysProtected();
}
