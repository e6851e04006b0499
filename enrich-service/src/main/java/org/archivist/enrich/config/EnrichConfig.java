package org.archivist.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "archive.enrich")
public interface EnrichConfig {

    /** Text beyond this many characters is cut off, so that one huge file cannot exhaust the heap. */
    @WithDefault("20000000")
    int maxTextChars();
}
