package org.archivist.search.persistence;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * The parts of an {@code _msearch} answer a search reads, bound by plain Jackson: on the hot path this is
 * several times cheaper than the Java client's generic JSON-P deserialisation of the whole answer.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record MsearchAnswer(List<Response> responses) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Response(Hits hits, Map<String, Aggregation> aggregations, Error error, Integer status) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hits(Total total, List<Hit> hits) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Total(long value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Hit(@JsonProperty("_id") String id, @JsonProperty("_score") Double score,
            @JsonProperty("_source") DocumentSearch.HitSource source, Map<String, List<String>> highlight,
            List<Object> sort) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Aggregation(List<Bucket> buckets) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Bucket(Object key, @JsonProperty("key_as_string") String keyAsString,
            @JsonProperty("doc_count") long docCount) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Error(String type, String reason) {
    }
}
