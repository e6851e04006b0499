package org.archivist.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "archive.search")
public interface SearchConfig {

    Index index();

    Bulk bulk();

    Web web();

    Reindex reindex();

    @WithDefault("100")
    int maxPageSize();

    @WithDefault("1000")
    int maxQueryLength();

    /** How many values each facet lists. */
    @WithDefault("10")
    int facetSize();

    /** The most suggestions {@code /api/suggest} gives. */
    @WithDefault("20")
    int maxSuggestions();

    /** How long to wait before trying Elasticsearch again after it failed a whole batch; doubles up to 30 s. */
    @WithDefault("1s")
    Duration retryBackoff();

    /**
     * Where a person's browser reaches the other two services, for the upload and authority pages: their
     * addresses as the browser sees them (each must allow this service's pages as a CORS origin).
     */
    interface Web {

        @WithDefault("http://localhost:8081")
        String ingestUrl();

        @WithDefault("http://localhost:8082")
        String enrichUrl();
    }

    interface Index {

        /** The name searches and writes go through; it points at the versioned index. */
        @WithDefault("archive-documents")
        String alias();

        /** The versioned index created behind the alias when there is none is {@code <alias>-v<version>}. */
        @WithDefault("1")
        int version();

        @WithDefault("0")
        int replicas();

        default String versionedName() {
            return alias() + "-v" + version();
        }
    }

    interface Bulk {

        /** The most operations in one bulk request; a bigger Kafka batch is sent in several. */
        @WithDefault("1000")
        int maxActions();

        /** About the most bytes of documents in one bulk request. */
        @WithDefault("10000000")
        long maxBytes();
    }

    interface Reindex {

        /** Documents read from the old index and written to the new one per round. */
        @WithDefault("500")
        int batchSize();

        /**
         * How long the reindex waits, once the new index exists, for every instance's indexer to write to it
         * too before it starts copying: longer than one bulk request takes.
         */
        @WithDefault("5s")
        Duration settle();

        /** A pause after each round of the copy, to leave a busy cluster room for searches; none by default. */
        @WithDefault("0s")
        Duration pause();
    }
}
