package org.archivist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Elasticsearch alone: the documents search-service indexed, read back (their {@code _source} and the fields
 * it keeps outside it) and sent straight to a copy of the index (same mapping and analysis) with
 * {@code _bulk}, 500 a request, as fast as Elasticsearch takes them.
 */
final class ElasticsearchAlone {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ElasticsearchAlone() {
    }

    static double bulkDocumentsPerSecond(String elasticsearch, String alias, int documents)
            throws IOException, InterruptedException {
        JsonNode mappings = get(elasticsearch + "/" + alias + "/_mapping");
        String index = mappings.fieldNames().next();
        JsonNode mapping = mappings.path(index).path("mappings");
        JsonNode settings = get(elasticsearch + "/" + index + "/_settings").path(index).path("settings").path("index");
        List<String> stored = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = mapping.path("properties").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            if (field.getValue().path("store").asBoolean(false)) {
                stored.add(field.getKey());
            }
        }
        List<String> lines = read(elasticsearch, alias, documents, stored);

        String copy = "bench-bulk-copy";
        send("DELETE", elasticsearch + "/" + copy, null);
        ObjectNode create = JSON.createObjectNode();
        ObjectNode indexSettings = create.putObject("settings").putObject("index");
        indexSettings.put("number_of_shards", settings.path("number_of_shards").asText("1"));
        indexSettings.put("number_of_replicas", "0");
        indexSettings.put("refresh_interval", settings.path("refresh_interval").asText("1s"));
        if (settings.has("analysis")) {
            indexSettings.set("analysis", settings.path("analysis"));
        }
        create.set("mappings", mapping);
        send("PUT", elasticsearch + "/" + copy, JSON.writeValueAsString(create));

        long start = System.nanoTime();
        for (int from = 0; from < lines.size(); from += 500) {
            StringBuilder body = new StringBuilder();
            for (String line : lines.subList(from, Math.min(lines.size(), from + 500))) {
                body.append("{\"index\":{}}\n").append(line).append('\n');
            }
            JsonNode answer = JSON.readTree(send("POST", elasticsearch + "/" + copy + "/_bulk", body.toString()));
            if (answer.path("errors").asBoolean()) {
                throw new IllegalStateException("bulk errors: " + answer.toString().substring(0, 500));
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        send("DELETE", elasticsearch + "/" + copy, null);
        return lines.size() / seconds;
    }

    /** Up to {@code documents} indexed documents, each as one JSON line with its stored fields put back. */
    private static List<String> read(String elasticsearch, String alias, int documents, List<String> stored)
            throws IOException, InterruptedException {
        List<String> lines = new ArrayList<>();
        String body = "{\"size\":500,\"stored_fields\":" + JSON.writeValueAsString(withSource(stored))
                + ",\"_source\":true,\"query\":{\"match_all\":{}}}";
        JsonNode page = JSON.readTree(send("POST", elasticsearch + "/" + alias + "/_search?scroll=2m", body));
        while (page.path("hits").path("hits").size() > 0 && lines.size() < documents) {
            for (JsonNode hit : page.path("hits").path("hits")) {
                ObjectNode source = (ObjectNode) hit.path("_source");
                for (String field : stored) {
                    JsonNode value = hit.path("fields").path(field);
                    if (value.isArray() && !value.isEmpty()) {
                        source.set(field, value.get(0));
                    }
                }
                lines.add(JSON.writeValueAsString(source));
            }
            page = JSON.readTree(send("POST", elasticsearch + "/_search/scroll",
                    "{\"scroll\":\"2m\",\"scroll_id\":\"" + page.path("_scroll_id").asText() + "\"}"));
        }
        return lines.size() > documents ? lines.subList(0, documents) : lines;
    }

    /**
     * Where Elasticsearch spends its time, by its own statistics of all indices: the milliseconds spent indexing,
     * merging, refreshing and flushing, the requests of each kind, and the node's garbage collection, since start.
     */
    static java.util.Map<String, Long> work(String elasticsearch) throws IOException, InterruptedException {
        JsonNode total = get(elasticsearch + "/_all/_stats/indexing,merge,refresh,flush,search,get").path("_all")
                .path("total");
        java.util.Map<String, Long> work = new java.util.LinkedHashMap<>();
        work.put("indexingMs", total.path("indexing").path("index_time_in_millis").asLong());
        work.put("indexOperations", total.path("indexing").path("index_total").asLong());
        work.put("mergeMs", total.path("merges").path("total_time_in_millis").asLong());
        work.put("merges", total.path("merges").path("total").asLong());
        work.put("refreshMs", total.path("refresh").path("total_time_in_millis").asLong());
        work.put("refreshes", total.path("refresh").path("total").asLong());
        work.put("flushMs", total.path("flush").path("total_time_in_millis").asLong());
        work.put("searchQueryMs", total.path("search").path("query_time_in_millis").asLong());
        work.put("searches", total.path("search").path("query_total").asLong());
        work.put("getMs", total.path("get").path("time_in_millis").asLong());
        long gc = 0;
        for (JsonNode node : get(elasticsearch + "/_nodes/stats/jvm").path("nodes")) {
            for (JsonNode collector : node.path("jvm").path("gc").path("collectors")) {
                gc += collector.path("collection_time_in_millis").asLong();
            }
        }
        work.put("gcMs", gc);
        return work;
    }

    private static List<String> withSource(List<String> stored) {
        List<String> fields = new ArrayList<>(stored);
        fields.add("_source");
        return fields;
    }

    private static JsonNode get(String url) throws IOException, InterruptedException {
        return JSON.readTree(send("GET", url, null));
    }

    private static String send(String method, String url, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofMinutes(2))
                .header("Content-Type", url.endsWith("_bulk") ? "application/x-ndjson" : "application/json");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300 && !(method.equals("DELETE") && response.statusCode() == 404)) {
            throw new IllegalStateException(method + " " + url + ": " + response.statusCode() + " " + response.body());
        }
        return response.body();
    }
}
