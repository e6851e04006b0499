package org.archivist.ingest.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "archive.ingest")
public interface IngestConfig {

    /** Files up to this size travel inside the DocumentReceived event; bigger ones go by reference. */
    @WithDefault("262144")
    int maxInlineContentBytes();

    Outbox outbox();

    interface Outbox {

        /** How often the relay looks for events an earlier round could not send (at least 1 s). */
        @WithDefault("1s")
        Duration pollInterval();

        /** Outbox rows sent to Kafka per round. */
        @WithDefault("200")
        int batchSize();
    }
}
