package org.archivist.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "archive.enrich")
public interface EnrichConfig {

    /**
     * Text beyond this many characters is cut off (and logged), so that one huge file cannot exhaust the
     * heap and its enriched event fits a Kafka record (16 MiB, for text of up to 4 bytes a character).
     */
    @WithDefault("4000000")
    int maxTextChars();
}
