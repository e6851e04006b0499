package org.archivist.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Bad input at every HTTP endpoint of the three packaged services: each kind is refused with a 4xx
 * problem+json (a query the forgiving syntax can run may also be answered), never a 5xx, and a refused
 * request changes nothing: not the documents ingest-service holds, not the authority version, not the index.
 */
class HostileInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static RunningPipeline pipeline;
    private static String ingest;
    private static String enrich;
    private static String search;
    private static String key;

    @BeforeAll
    static void startPipeline() {
        pipeline = RunningPipeline.start("hostile-input-it-logs", "hostile-" + UUID.randomUUID().toString().substring(0, 8),
                List.of("-Xmx512m"));
        ingest = pipeline.ingestUrl();
        enrich = pipeline.enrichUrl();
        search = pipeline.searchUrl();
        key = TestServers.apiKey();
    }

    @AfterAll
    static void stopPipeline() {
        if (pipeline != null) {
            pipeline.close();
        }
    }

    /** Whether a case must be refused, or may also be answered (a query the forgiving syntax runs). */
    enum Expect { REFUSED, ANSWERED_OR_REFUSED }

    record Case(String kind, Expect expect, HttpRequest request) {
    }

    @Test
    void shouldAnswerEveryKindOfBadInputWithAProblemAndChangeNothing() throws Exception {
        List<Case> cases = cases();
        assertTrue(cases.size() >= 40, "at least 40 kinds: " + cases.size());
        String before = state();
        List<String> wrong = new ArrayList<>();
        StringBuilder table = new StringBuilder("| kind | status | problem type |\n|---|---|---|\n");
        for (Case c : cases) {
            HttpResponse<String> r = HTTP.send(c.request(), HttpResponse.BodyHandlers.ofString());
            String type = problemType(r);
            table.append(String.format(Locale.ROOT, "| %s | %d | %s |%n", c.kind(), r.statusCode(), type));
            boolean refused = r.statusCode() >= 400 && r.statusCode() < 500 && type != null;
            boolean answered = r.statusCode() >= 200 && r.statusCode() < 300;
            if (!(refused || c.expect() == Expect.ANSWERED_OR_REFUSED && answered)) {
                wrong.add(c.kind() + ": " + r.statusCode() + " " + r.headers().firstValue("content-type").orElse("")
                        + " " + r.body().substring(0, Math.min(300, r.body().length())));
            }
            String after = state();
            if (!after.equals(before)) {
                wrong.add(c.kind() + " changed the state: " + before + " -> " + after);
                before = after;
            }
        }
        System.out.println("Hostile input, " + cases.size() + " kinds:\n" + table);
        assertEquals(List.of(), wrong, "every kind refused with a 4xx problem+json (or answered), nothing changed");
    }

    /** The documents ingest holds, the authority version and the documents in the index. */
    private static String state() throws Exception {
        long documents = JSON.readTree(send(get(ingest + "/api/documents?size=1")).body()).path("total").asLong(-1);
        long version = JSON.readTree(send(HttpRequest.newBuilder(URI.create(enrich + "/api/authority/version"))
                .header("X-API-Key", key).GET().build()).body()).path("version").asLong(-1);
        long indexed = JSON.readTree(send(get(search + "/api/search?size=1&facets=false")).body()).path("total").asLong(-1);
        return "documents=" + documents + ", authority=" + version + ", indexed=" + indexed;
    }

    /** The problem's type, "about:blank" when it has none; null when the answer is no problem+json. */
    private static String problemType(HttpResponse<String> r) {
        if (!r.headers().firstValue("content-type").orElse("").startsWith("application/problem+json")) {
            return null;
        }
        try {
            JsonNode body = JSON.readTree(r.body());
            if (body.path("status").asInt() != r.statusCode()) {
                return null;
            }
            return body.path("type").asText("about:blank");
        } catch (IOException e) {
            return null;
        }
    }

    private static List<Case> cases() throws IOException {
        List<Case> c = new ArrayList<>();
        String seedLike = "A letter to the Dreadnought, " + UUID.randomUUID();
        // ingest-service: uploads
        c.add(refused("upload without an API key", post(ingest + "/api/documents", null,
                multipart("file", "a.txt", "text/plain", seedLike.getBytes(StandardCharsets.UTF_8)))));
        c.add(refused("upload with a wrong API key", post(ingest + "/api/documents", "wrong-key",
                multipart("file", "a.txt", "text/plain", seedLike.getBytes(StandardCharsets.UTF_8)))));
        c.add(refused("upload with an empty body", raw("POST", ingest + "/api/documents", key,
                "multipart/form-data; boundary=xyz", new byte[0])));
        c.add(refused("upload of an empty file", post(ingest + "/api/documents", key,
                multipart("file", "empty.txt", "text/plain", new byte[0]))));
        c.add(refused("upload without a file part", post(ingest + "/api/documents", key,
                multipart("collection", null, "text/plain", "letters".getBytes(StandardCharsets.UTF_8)))));
        c.add(refused("malformed multipart", raw("POST", ingest + "/api/documents", key,
                "multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-da".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("JSON where a file is expected", raw("POST", ingest + "/api/documents", key,
                "application/json", "{\"file\":\"x\"}".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("a binary of an unsupported type", post(ingest + "/api/documents", key,
                multipart("file", "program.txt", "text/plain", elf()))));
        c.add(refused("a ZIP bomb", post(ingest + "/api/documents", key,
                multipart("file", "bomb.zip", "application/zip", zip("big.txt", new byte[20_000_000])))));
        c.add(refused("a ZIP entry climbing out of its folder", post(ingest + "/api/documents", key,
                multipart("file", "climb.zip", "application/zip", zip("../../etc/passwd.txt",
                        seedLike.getBytes(StandardCharsets.UTF_8))))));
        c.add(refused("a file over the size limit", raw("PUT", ingest + "/api/uploads/huge.txt", key, "text/plain",
                "A".repeat(50_000_001).getBytes(StandardCharsets.US_ASCII))));
        c.add(refused("path traversal in an upload's name", raw("PUT", ingest + "/api/uploads/..%2F..%2Fetc%2Fpasswd",
                key, "text/plain", seedLike.getBytes(StandardCharsets.UTF_8))));
        c.add(refused("control characters in an upload's name", raw("PUT", ingest + "/api/uploads/a%01%07b.txt", key,
                "text/plain", seedLike.getBytes(StandardCharsets.UTF_8))));
        c.add(refused("an invalid issue date", raw("PUT", ingest + "/api/uploads/letter.txt?issueDate=1924-13-45", key,
                "text/plain", seedLike.getBytes(StandardCharsets.UTF_8))));
        c.add(refused("an overlong collection name", raw("PUT", ingest + "/api/uploads/letter.txt?collection="
                + "c".repeat(5000), key, "text/plain", seedLike.getBytes(StandardCharsets.UTF_8))));
        // ingest-service: reads, delete, admin
        c.add(refused("a document id that is no UUID", get(ingest + "/api/documents/not-a-uuid")));
        c.add(refused("a document that does not exist", get(ingest + "/api/documents/" + UUID.randomUUID())));
        c.add(refused("the content of a document that does not exist",
                get(ingest + "/api/documents/" + UUID.randomUUID() + "/content")));
        c.add(refused("an unknown status filter", get(ingest + "/api/documents?status=DONE")));
        c.add(refused("a negative page size", get(ingest + "/api/documents?size=-1")));
        c.add(refused("a page number that is no number", get(ingest + "/api/documents?page=two")));
        c.add(refused("a batch id that is no UUID", get(ingest + "/api/batches/%27%20or%201=1--")));
        c.add(refused("a delete without an API key", raw("DELETE", ingest + "/api/documents/" + UUID.randomUUID(),
                null, null, null)));
        c.add(refused("a delete of a document that does not exist", raw("DELETE", ingest + "/api/documents/"
                + UUID.randomUUID(), key, null, null)));
        c.add(refused("a replay without an API key", raw("POST", ingest + "/api/admin/replay?status=FAILED", null,
                null, null)));
        c.add(refused("a replay of an unknown status", raw("POST", ingest + "/api/admin/replay?status=BOGUS", key,
                null, null)));
        c.add(refused("a retry of one document without an API key", raw("POST", ingest + "/api/documents/"
                + UUID.randomUUID() + "/replay", null, null, null)));
        c.add(refused("a retry of a document that does not exist", raw("POST", ingest + "/api/documents/"
                + UUID.randomUUID() + "/replay", key, null, null)));
        c.add(refused("a retry of a document id that is no UUID", raw("POST", ingest + "/api/documents/x%27/replay",
                key, null, null)));
        c.add(refused("a path that does not exist", get(ingest + "/api/nothing-here")));
        c.add(refused("a method the path does not take", raw("PATCH", ingest + "/api/documents", key,
                "application/json", "{}".getBytes(StandardCharsets.UTF_8))));
        // enrich-service: the editors' API
        c.add(refused("the authority file without an API key", get(enrich + "/api/authority/entities?q=Lenin")));
        c.add(refused("an entity as malformed JSON", raw("POST", enrich + "/api/authority/entities", key,
                "application/json", "{\"type\": \"PERSON\", ".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("an entity of an unknown type", raw("POST", enrich + "/api/authority/entities", key,
                "application/json", "{\"type\":\"ALIEN\",\"preferredLabel\":\"Zorg\"}".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("an entity without a label", raw("POST", enrich + "/api/authority/entities", key,
                "application/json", "{\"type\":\"PERSON\",\"preferredLabel\":\"  \"}".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("an entity as text, not JSON", raw("POST", enrich + "/api/authority/entities", key,
                "text/plain", "PERSON Lenin".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("JSON nested ten thousand deep", raw("POST", enrich + "/api/authority/entities", key,
                "application/json", ("[".repeat(10_000) + "]".repeat(10_000)).getBytes(StandardCharsets.UTF_8))));
        c.add(refused("an entity id that is no id", raw("PATCH", enrich + "/api/authority/entities/%3Cscript%3E", key,
                "application/json", "{\"notes\":\"x\"}".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("a variant for an entity that does not exist", raw("POST", enrich + "/api/authority/entities/"
                + UUID.randomUUID() + "/variants", key, "application/json",
                "{\"form\":\"Lenine\",\"kind\":\"spelling\"}".getBytes(StandardCharsets.UTF_8))));
        c.add(refused("a merge from an entity that does not exist", raw("POST", enrich + "/api/authority/entities/"
                + UUID.randomUUID() + "/merge", key, "application/json",
                ("{\"from\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8))));
        c.add(refused("accepting a suggestion that does not exist", raw("POST", enrich
                + "/api/authority/suggestions/999999999/accept", key, null, null)));
        c.add(refused("an unknown status in the entity search", HttpRequest.newBuilder(URI.create(enrich
                + "/api/authority/entities?status=%22%3B%20drop%20table")).header("X-API-Key", key).GET().build()));
        // search-service
        c.add(answeredOrRefused("Lucene syntax in a query", get(search + "/api/search?q="
                + enc("title:(Lenin AND body:[* TO *]) OR _id:1~2^3 \\"))));
        c.add(answeredOrRefused("JSON in a query", get(search + "/api/search?q="
                + enc("{\"query\":{\"script\":{\"source\":\"1\"}}}"))));
        c.add(answeredOrRefused("a query of NUL and control characters", get(search + "/api/search?q=%00%01%1b%7f")));
        c.add(answeredOrRefused("script tags in a query", get(search + "/api/search?q="
                + enc("<script>alert(1)</script> Myasnikov"))));
        c.add(refused("a query over the length limit", get(search + "/api/search?q=" + "w".repeat(1500))));
        c.add(refused("an invalid date in a range", get(search + "/api/search?from=1924-13-01")));
        c.add(refused("a page size over the cap", get(search + "/api/search?size=100000")));
        c.add(refused("a negative page", get(search + "/api/search?page=-1")));
        c.add(refused("a cursor that was never given out", get(search + "/api/search?cursor=" + enc("AAAA$$$$"))));
        c.add(refused("an unknown sort", get(search + "/api/search?sort=" + enc("_script"))));
        c.add(refused("a search document that does not exist", get(search + "/api/documents/" + UUID.randomUUID())));
        c.add(refused("an entity id of a thousand characters", get(search + "/api/entities/" + "e".repeat(1000)
                + "/documents")));
        c.add(refused("a suggestion without a prefix", get(search + "/api/suggest")));
        c.add(refused("a reindex without an API key", raw("POST", search + "/api/admin/reindex", null, null, null)));
        c.add(refused("an index merge without an API key", raw("POST", search + "/api/admin/index/merge", null, null,
                null)));
        c.add(refused("an index merge into no segment", raw("POST", search + "/api/admin/index/merge?segments=0", key,
                null, null)));
        return c;
    }

    private static Case refused(String kind, HttpRequest request) {
        return new Case(kind, Expect.REFUSED, request);
    }

    private static Case answeredOrRefused(String kind, HttpRequest request) {
        return new Case(kind, Expect.ANSWERED_OR_REFUSED, request);
    }

    private static HttpRequest get(String url) {
        return HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest post(String url, String apiKey, Multipart body) {
        return raw("POST", url, apiKey, "multipart/form-data; boundary=" + Multipart.BOUNDARY, body.bytes());
    }

    private static HttpRequest raw(String method, String url, String apiKey, String contentType, byte[] body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body));
        if (apiKey != null) {
            b.header("X-API-Key", apiKey);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return b.build();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    record Multipart(byte[] bytes) {
        static final String BOUNDARY = "hostile-input-boundary";
    }

    private static Multipart multipart(String name, String fileName, String type, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(("--" + Multipart.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + name + "\""
                + (fileName == null ? "" : "; filename=\"" + fileName + "\"") + "\r\nContent-Type: " + type
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.write(content);
        out.write(("\r\n--" + Multipart.BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return new Multipart(out.toByteArray());
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    /** The start of a Linux executable: bytes no transcription is made of. */
    private static byte[] elf() {
        byte[] bytes = new byte[4096];
        byte[] magic = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(magic, 0, bytes, 0, magic.length);
        for (int i = magic.length; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31);
        }
        return bytes;
    }
}
