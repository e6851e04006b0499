package org.archivist.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

@ConfigMapping(prefix = "archive.ingest")
public interface IngestConfig {

    /** Files up to this size travel inside the DocumentReceived event; bigger ones go by reference. */
    @WithDefault("262144")
    int maxInlineContentBytes();

    /** Largest single file, also inside a ZIP; a bigger one is refused with 413. */
    @WithDefault("50000000")
    long maxFileBytes();

    /** Largest request (all its files together); a bigger one is refused with 413. */
    @WithDefault("100000000")
    long maxRequestBytes();

    Zip zip();

    DropFolder dropFolder();

    interface DropFolder {

        /** The watched folder; none: no folder is watched. */
        Optional<Path> path();

        @WithDefault("2s")
        Duration pollInterval();

        /** A file is taken once it has not changed for this long (a copy in progress is left alone). */
        @WithDefault("2s")
        Duration settleTime();

        /** The collection the folder's documents go into, if any. */
        Optional<String> collection();
    }

    Outbox outbox();

    Capacity capacity();

    Replay replay();

    /** Replays that authority changes ask for: coalesced per document, so that a backlog does not replay itself. */
    interface Replay {

        /**
         * How long a replay asked for by enrichment's own changes (entity-proposed, variants-found) waits, so that
         * the further changes meanwhile come out as one replay of the document; an editor's change waits none.
         */
        @WithDefault("30s")
        Duration automaticDelay();

        /** How often due replays are sent. */
        @WithDefault("2s")
        Duration interval();

        /** Replays sent per transaction. */
        @WithDefault("200")
        int batchSize();

        /**
         * The replays that enrichment's own changes ask for give way to new documents: they are sent only while
         * fewer than this many documents wait for enrichment, and only as many as bring that up to it.
         */
        @WithDefault("50")
        int busyAt();

        /** How long past its time a replay that gives way waits at most; then it is sent however busy the pipeline is. */
        @WithDefault("10m")
        Duration maxYield();
    }

    /** How much the service takes at once; beyond it an upload is answered 503 with Retry-After, never queued unboundedly. */
    interface Capacity {

        /** Uploads being stored at the same time (each holds a database connection; keep below the pool's size). */
        @WithDefault("12")
        int maxConcurrentStores();

        /** How long an upload waits for its turn before it is answered 503 busy. */
        @WithDefault("2s")
        Duration maxWait();
    }

    interface Zip {

        @WithDefault("1000")
        int maxEntries();

        /** Largest total of a ZIP's files once unpacked. */
        @WithDefault("500000000")
        long maxTotalBytes();

        /** Largest unpacked size as a multiple of the ZIP's own size (ZIP bombs go far beyond). */
        @WithDefault("100")
        int maxRatio();
    }

    interface Outbox {

        /** How often the relay looks for events an earlier round could not send (at least 1 s). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Outbox rows sent to Kafka per round. */
        @WithDefault("200")
        int batchSize();
    }
}
