package org.archivist.search.persistence;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The body that creates a version of the documents index: settings with the analysis the cluster offers,
 * and the explicit mapping of {@code index/documents-mapping.json}, which records in {@code _meta} what it
 * was built with.
 */
public final class IndexMapping {

    /** Raised whenever the mapping changes in a way an existing index cannot take: a reindex builds the new one. */
    public static final int MAPPING_VERSION = 2;

    public static final String META_MAPPING_VERSION = "mappingVersion";
    public static final String META_FOLDING = "folding";
    public static final String META_STEMMING = "stemming";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectNode TEMPLATE = load();

    private IndexMapping() {
    }

    /** The mapping, with the stemmed copy of the text only when the cluster can stem. */
    public static ObjectNode mapping(AnalysisSupport analysis) {
        ObjectNode mapping = TEMPLATE.deepCopy();
        if (analysis.stemming() != null) {
            ObjectNode text = (ObjectNode) mapping.path("properties").path("text");
            text.putObject("fields").putObject("stemmed").put("type", "text").put("analyzer", analysis.stemming());
        }
        ObjectNode meta = mapping.putObject("_meta");
        meta.put(META_MAPPING_VERSION, MAPPING_VERSION);
        meta.put(META_FOLDING, analysis.folding());
        meta.put(META_STEMMING, analysis.stemming());
        return mapping;
    }

    /**
     * The index settings: one shard (an archive of periodicals fits one), the analyzers, and the refresh
     * interval: an index being built by a reindex is not refreshed until it is complete; the others keep
     * Elasticsearch's default, which it is not to be set to. Left unset, it refreshes every second while
     * searched, and a shard nobody searched for 30 s is not refreshed until a search comes, which then waits
     * for the refresh and finds every document indexed before it. While a backlog is indexed and nobody
     * searches, that spares the refreshes of one-second segments and their merges, which took 48 of the 64
     * seconds Elasticsearch spent in the pipeline benchmark's backlog.
     */
    public static ObjectNode settings(AnalysisSupport analysis, int replicas, boolean building) {
        ObjectNode settings = JSON.createObjectNode();
        ObjectNode index = settings.putObject("index");
        index.put("number_of_shards", 1);
        index.put("number_of_replicas", building ? 0 : replicas);
        if (building) {
            index.put("refresh_interval", "-1");
        }
        if (building) {
            // A document deleted while the index is built must stay deleted when the copy reaches it.
            index.put("gc_deletes", "12h");
        }
        ObjectNode analysisNode = index.putObject("analysis");
        ArrayNode textFilters = analysisNode.putObject("analyzer").putObject("archive_text")
                .put("type", "custom").put("tokenizer", "standard").putArray("filter");
        textFilters.add("lowercase");
        ArrayNode keywordFilters = analysisNode.putObject("normalizer").putObject("archive_keyword")
                .put("type", "custom").putArray("filter");
        keywordFilters.add("lowercase");
        if (analysis.folding() != null) {
            textFilters.add(analysis.folding());
            keywordFilters.add(analysis.folding());
        }
        return settings;
    }

    /** The whole body of a create-index request. */
    public static String createBody(AnalysisSupport analysis, int replicas, boolean building) {
        ObjectNode body = JSON.createObjectNode();
        body.set("settings", settings(analysis, replicas, building));
        body.set("mappings", mapping(analysis));
        return body.toString();
    }

    private static ObjectNode load() {
        try (InputStream in = IndexMapping.class.getResourceAsStream("/index/documents-mapping.json")) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
