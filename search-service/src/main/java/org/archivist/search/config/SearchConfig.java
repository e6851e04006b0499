package org.archivist.search.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

@ConfigMapping(prefix = "archive.search")
public interface SearchConfig {

    Index index();

    @WithDefault("100")
    int maxPageSize();

    @WithDefault("1000")
    int maxQueryLength();

    /** How long to wait before trying Elasticsearch again after it failed a whole batch; doubles up to 30 s. */
    @WithDefault("1s")
    Duration retryBackoff();

    interface Index {

        /** The name searches and writes go through; it points at the versioned index. */
        @WithDefault("archive-documents")
        String alias();

        /** The versioned index behind the alias is {@code <alias>-v<version>}. */
        @WithDefault("1")
        int version();

        @WithDefault("0")
        int replicas();

        default String versionedName() {
            return alias() + "-v" + version();
        }
    }
}
