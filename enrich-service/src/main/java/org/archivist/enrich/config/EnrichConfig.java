package org.archivist.enrich.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "archive.enrich")
public interface EnrichConfig {

    /**
     * Text beyond this many characters is cut off (and logged), so that one huge file cannot exhaust the
     * heap and its enriched event fits a Kafka record (16 MiB, for text of up to 4 bytes a character).
     */
    @WithDefault("4000000")
    int maxTextChars();

    /**
     * The longest the parsing and analysis of one document may take; a document over it goes to the dead
     * letters as FAILED.
     */
    @WithDefault("120s")
    Duration timeLimit();

    /**
     * How many texts the NER model's mentions are kept for (least recently used first out; about 25 KB each for a
     * seed-size text): a document enriched again for an authority change soon after is not read by the model again.
     */
    @WithDefault("2000")
    int nerCacheSize();

    Authority authority();

    interface Authority {

        /**
         * How stale the authority file that enrichment links with may be; edits reach it within this time.
         * (A name new to this snapshot is still looked up in the database before a new entity is made for it.)
         */
        @WithDefault("5s")
        Duration refreshInterval();

        /** How often the relay looks for authority changes whose documents are still to be enriched again. */
        @WithDefault("1s")
        Duration relayInterval();

        /** The most documents one AuthorityChanged event lists; a change that affects more sends several. */
        @WithDefault("500")
        int documentsPerEvent();
    }
}
