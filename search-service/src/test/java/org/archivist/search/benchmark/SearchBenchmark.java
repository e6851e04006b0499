package org.archivist.search.benchmark;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.archivist.events.Topics;
import org.archivist.search.fixtures.FixtureCorpus;
import org.archivist.search.persistence.AnalysisSupport;
import org.archivist.search.persistence.IndexMapping;
import org.archivist.search.persistence.IndexedDocument;
import org.archivist.search.persistence.SearchQueries;
import org.archivist.search.query.SearchLimits;
import org.archivist.search.query.SearchParameters;
import org.archivist.search.query.SearchRequest;
import org.archivist.servers.ElasticsearchServer;
import org.archivist.servers.KafkaServer;
import org.archivist.servers.Ports;

/**
 * Search latency and throughput through the service's {@code /api/search}, next to the same Elasticsearch
 * request sent straight to Elasticsearch, at 1, 4 and 16 concurrent clients, on an index of generated
 * documents of about 10 KB each. Starts its own Elasticsearch and Kafka (deploy/local-servers) and the
 * packaged search-service (build it first: see README, "Benchmark: search").
 *
 * <p>Options: {@code --docs N} (100000), {@code --chars N} body characters per document (10000),
 * {@code --seconds N} measured per client count and target (20), {@code --clients 1,4,16},
 * {@code --reuse} (keep the index of an earlier run with the same --docs), {@code --segments N} (force-merge
 * the index to at most N segments before measuring, as after a backlog is loaded), {@code --warmup N} seconds of
 * each target at 4 clients before measuring (120), {@code --jfr} (record the service
 * with Java Flight Recorder into the data folder), {@code --data DIR} (search-service/target/benchmark).
 */
public final class SearchBenchmark {

    private static final String ALIAS = "bench-documents";
    private static final long SEED = 1917;
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** What a researcher types, and sometimes filters by. Each is sent as is to the service. */
    static final List<Map<String, String>> QUERIES = List.of(
            Map.of("q", "workers"),
            Map.of("q", "Myasnikov"),
            Map.of("q", "strike council"),
            Map.of("q", "\"Third International\""),
            Map.of("q", "Lettland"),
            Map.of("q", "prisoners OR exile"),
            Map.of("q", "comrades -soviet"),
            Map.of("q", "Genossen", "language", "de"),
            Map.of("q", "unemployment", "from", "1920", "to", "1922"),
            Map.of("q", "Pankhurst suffrage", "sort", "-date"),
            Map.of("q", "kolvo"),
            Map.of("q", "delegation", "person", "Kuznetsov"),
            Map.of("q", "ouvriers grève"),
            Map.of("q", "Comintern", "hasFootnotes", "true"),
            Map.of("q", "revolution", "periodical", "Workers' Dreadnought"),
            Map.of("q", "Rühle"));

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        int docs = Integer.parseInt(options.getOrDefault("docs", "100000"));
        int chars = Integer.parseInt(options.getOrDefault("chars", "10000"));
        int seconds = Integer.parseInt(options.getOrDefault("seconds", "20"));
        int[] clients = Arrays.stream(options.getOrDefault("clients", "1,4,16").split(",")).mapToInt(Integer::parseInt).toArray();
        Path root = Path.of(System.getProperty("archive.root", ".")).toAbsolutePath().normalize();
        Path data = Path.of(options.getOrDefault("data", root.resolve("search-service/target/benchmark").toString()))
                .toAbsolutePath();
        Files.createDirectories(data);
        say("Benchmark: %d documents of about %d characters, %d s per measurement, clients %s; data in %s", docs,
                chars, seconds, Arrays.toString(clients), data);

        List<AutoCloseable> started = new ArrayList<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            for (int i = started.size() - 1; i >= 0; i--) {
                try {
                    started.get(i).close();
                } catch (Exception e) {
                    System.err.println("could not stop: " + e);
                }
            }
        }));
        ElasticsearchServer es = ElasticsearchServer.start(data, Ports.free());
        started.add(es);
        KafkaServer kafka = KafkaServer.start(data, Ports.free());
        started.add(kafka::stop);
        kafka.createTopics(Topics.ALL, 1);
        String esUrl = es.url();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

        long indexed = count(http, esUrl);
        if (options.containsKey("reuse") && indexed == docs) {
            say("Reusing the index of %d documents", indexed);
        } else {
            build(http, esUrl, docs, chars);
        }
        if (options.containsKey("segments")) {
            long segments = Long.parseLong(options.get("segments"));
            say("Force-merging the index to at most %d segment(s)...", segments);
            long t0 = System.nanoTime();
            post(http, esUrl + "/" + ALIAS + "/_forcemerge?max_num_segments=" + segments, "");
            say("  merged in %.0f s", (System.nanoTime() - t0) / 1e9);
        }
        JsonNode stats = JSON.readTree(get(http, esUrl + "/" + ALIAS + "/_stats/store,docs,segments").body());
        say("Index: %d documents, %.1f MB on disk, %d segments", stats.at("/_all/primaries/docs/count").asLong(),
                stats.at("/_all/primaries/store/size_in_bytes").asLong() / 1e6,
                stats.at("/_all/primaries/segments/count").asLong());

        Process serviceProcess = startService(root, data, esUrl, kafka.bootstrapServers(), options.containsKey("jfr"));
        started.add(serviceProcess::destroy);
        int servicePort = Integer.parseInt(Files.readString(data.resolve("service.port")).strip());
        String serviceUrl = "http://127.0.0.1:" + servicePort;
        awaitReady(http, serviceUrl);

        List<Target> service = new ArrayList<>();
        List<Target> direct = new ArrayList<>();
        JacksonJsonpMapper mapper = new JacksonJsonpMapper(JSON);
        AnalysisSupport analysis = analysisOf(http, esUrl);
        for (Map<String, String> q : QUERIES) {
            service.add(new Target(URI.create(serviceUrl + "/api/search?" + query(q)), null));
            SearchRequest request = SearchRequest.of(parameters(q), new SearchLimits(100, 1000));
            StringBuilder body = new StringBuilder();
            for (var item : SearchQueries.search(request, ALIAS, analysis, 10).searches()) {
                body.append(JsonpUtils.toJsonString(item.header(), mapper)).append('\n')
                        .append(JsonpUtils.toJsonString(item.body(), mapper)).append('\n');
            }
            direct.add(new Target(URI.create(esUrl + "/_msearch"), body.toString()));
        }
        for (int i = 0; i < QUERIES.size(); i++) {
            HttpResponse<String> s = send(http, service.get(i));
            HttpResponse<String> e = send(http, direct.get(i));
            if (s.statusCode() != 200 || e.statusCode() != 200) {
                throw new IllegalStateException("query " + QUERIES.get(i) + ": service " + s.statusCode() + " "
                        + s.body() + " / Elasticsearch " + e.statusCode() + " " + e.body());
            }
            long serviceTotal = JSON.readTree(s.body()).path("total").asLong();
            long directTotal = JSON.readTree(e.body()).at("/responses/1/hits/total/value").asLong();
            if (serviceTotal != directTotal) {
                throw new IllegalStateException("not the same query: " + QUERIES.get(i) + " " + serviceTotal + " vs "
                        + directTotal);
            }
            say("  %-60s %7d hits", QUERIES.get(i), serviceTotal);
        }

        // Long enough for the JIT to compile the hot paths, as in a service that has run a while: a profile of the
        // service showed its C2 compiler still busy (about a sixth of a core) two minutes after 30 s of warm-up.
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "120"));
        say("Warming up (both targets, 4 clients, %d s each)...", warmup);
        run(direct, 4, warmup);
        run(service, 4, warmup);

        List<String[]> rows = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        for (int c : clients) {
            // Blocks of two seconds, alternating, so that load from anything else on the machine falls on both.
            Result e = new Result(new long[0], 0, 0);
            Result s = new Result(new long[0], 0, 0);
            double load = 0;
            int blocks = Math.max(1, seconds / 2);
            for (int b = 0; b < blocks; b++) {
                if (b % 2 == 0) {
                    e = e.plus(run(direct, c, 2));
                    s = s.plus(run(service, c, 2));
                } else {
                    s = s.plus(run(service, c, 2));
                    e = e.plus(run(direct, c, 2));
                }
                load += loadAverage();
            }
            loads.add(String.format(Locale.ROOT, "%.1f", load / blocks));
            rows.add(new String[] {Integer.toString(c), ms(s.percentile(50)), ms(s.percentile(99)),
                    String.format(Locale.ROOT, "%.0f", s.throughput()), ms(e.percentile(50)), ms(e.percentile(99)),
                    String.format(Locale.ROOT, "%.0f", e.throughput()),
                    pct(s.percentile(50), e.percentile(50)), pct(s.percentile(99), e.percentile(99)),
                    Integer.toString(s.errors + e.errors)});
            say("  %d clients done: service p50 %s p99 %s ms, Elasticsearch p50 %s p99 %s ms", c, rows.get(rows.size() - 1)[1],
                    rows.get(rows.size() - 1)[2], rows.get(rows.size() - 1)[4], rows.get(rows.size() - 1)[5]);
        }

        // Which queries cost what, one client, so that the percentiles above can be read.
        List<String[]> perQuery = new ArrayList<>();
        for (int i = 0; i < QUERIES.size(); i++) {
            Result e = run(List.of(direct.get(i)), 1, 2);
            Result s = run(List.of(service.get(i)), 1, 2);
            perQuery.add(new String[] {QUERIES.get(i).toString(), ms(s.percentile(50)), ms(e.percentile(50))});
        }

        List<Target> suggest = new ArrayList<>();
        for (String prefix : List.of("mya", "Lett", "comin", "the w", "An Appeal", "Kuz", "rü", "glas")) {
            suggest.add(new Target(URI.create(serviceUrl + "/api/suggest?prefix="
                    + URLEncoder.encode(prefix, StandardCharsets.UTF_8)), null));
        }
        Result suggest1 = run(suggest, 1, 5);
        Result suggest4 = run(suggest, 4, 5);

        say("");
        say("| clients | service p50 ms | service p99 ms | service req/s | Elasticsearch p50 ms | Elasticsearch p99 ms "
                + "| Elasticsearch req/s | added p50 | added p99 | errors | load average |");
        say("|---|---|---|---|---|---|---|---|---|---|---|");
        for (int r = 0; r < rows.size(); r++) {
            say("| " + String.join(" | ", rows.get(r)) + " | " + loads.get(r) + " |");
        }
        say("");
        say("| query (1 client) | service p50 ms | Elasticsearch p50 ms |");
        say("|---|---|---|");
        for (String[] row : perQuery) {
            say("| `" + row[0] + "` | " + row[1] + " | " + row[2] + " |");
        }
        say("");
        say("/api/suggest: 1 client p50 %s p99 %s ms (%.0f req/s); 4 clients p50 %s p99 %s ms (%.0f req/s); errors %d",
                ms(suggest1.percentile(50)), ms(suggest1.percentile(99)), suggest1.throughput(),
                ms(suggest4.percentile(50)), ms(suggest4.percentile(99)), suggest4.throughput(),
                suggest1.errors + suggest4.errors);
        System.exit(0);
    }

    private static AnalysisSupport analysisOf(HttpClient http, String esUrl) throws Exception {
        JsonNode mapping = JSON.readTree(get(http, esUrl + "/" + ALIAS + "/_mapping").body());
        JsonNode meta = mapping.elements().next().at("/mappings/_meta");
        return new AnalysisSupport(meta.path("folding").isTextual() ? meta.path("folding").asText() : null,
                meta.path("stemming").isTextual() ? meta.path("stemming").asText() : null);
    }

    /** The same analysis the service would choose: asks the cluster what it can do. */
    private static AnalysisSupport probe(HttpClient http, String esUrl) throws Exception {
        String folding = null;
        for (String filter : List.of("icu_folding", "asciifolding")) {
            if (post(http, esUrl + "/_analyze", "{\"tokenizer\":\"standard\",\"filter\":[\"" + filter
                    + "\"],\"text\":\"x\"}").statusCode() == 200) {
                folding = filter;
                break;
            }
        }
        boolean english = post(http, esUrl + "/_analyze", "{\"analyzer\":\"english\",\"text\":\"x\"}").statusCode() == 200;
        return new AnalysisSupport(folding, english ? "english" : null);
    }

    private static void build(HttpClient http, String esUrl, int docs, int chars) throws Exception {
        for (String index : List.of(ALIAS + "-v1")) {
            http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + index)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        AnalysisSupport analysis = probe(http, esUrl);
        ObjectMapper plain = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode body = (com.fasterxml.jackson.databind.node.ObjectNode)
                plain.readTree(IndexMapping.createBody(analysis, 0, true));
        body.putObject("aliases").putObject(ALIAS).put("is_write_index", true);
        HttpResponse<String> created = put(http, esUrl + "/" + ALIAS + "-v1", body.toString());
        if (created.statusCode() != 200) {
            throw new IllegalStateException("cannot create the index: " + created.body());
        }
        say("Building the index (%s): %d documents, bulk-loaded straight into Elasticsearch...", analysis.describe(), docs);
        long t0 = System.nanoTime();
        int threads = 2;
        int batch = 250;
        AtomicInteger next = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            work.add(pool.submit(() -> {
                StringBuilder bulk = new StringBuilder(batch * 30_000);
                while (true) {
                    int from = next.getAndAdd(batch);
                    if (from >= docs) {
                        return null;
                    }
                    bulk.setLength(0);
                    for (int i = from; i < Math.min(docs, from + batch); i++) {
                        IndexedDocument d = IndexedDocument.of(FixtureCorpus.document(i, SEED, chars));
                        bulk.append("{\"index\":{\"_id\":\"").append(d.id()).append("\"}}\n")
                                .append(JSON.writeValueAsString(d)).append('\n');
                    }
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(esUrl + "/" + ALIAS
                            + "/_bulk?filter_path=errors,items.*.error"))
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(bulk.toString())).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (r.statusCode() != 200 || r.body().contains("\"errors\":true")) {
                        throw new IllegalStateException("bulk refused: " + r.body().substring(0, Math.min(2000, r.body().length())));
                    }
                    int n = done.addAndGet(Math.min(docs, from + batch) - from);
                    if (n % 10_000 < batch) {
                        say("  %d documents (%.0f/s)", n, n / ((System.nanoTime() - t0) / 1e9));
                    }
                }
            }));
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();
        put(http, esUrl + "/" + ALIAS + "-v1/_settings", "{\"index\":{\"refresh_interval\":\"1s\",\"gc_deletes\":\"60s\"}}");
        post(http, esUrl + "/" + ALIAS + "/_refresh", "");
        say("Built in %.0f s", (System.nanoTime() - t0) / 1e9);
    }

    private static Process startService(Path root, Path data, String esUrl, String kafka, boolean jfr) throws IOException {
        Path jar = root.resolve("search-service/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("No " + jar + ": package search-service first (see README)");
        }
        int port = Ports.free();
        Files.writeString(data.resolve("service.port"), Integer.toString(port));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        if (jfr) {
            command.add("-XX:StartFlightRecording=filename=" + data.resolve("search-service.jfr") + ",settings=profile");
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("search-service.log").toFile());
        builder.environment().put("QUARKUS_HTTP_PORT", Integer.toString(port));
        builder.environment().put("QUARKUS_ELASTICSEARCH_HOSTS", URI.create(esUrl).getAuthority());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", kafka);
        builder.environment().put("ARCHIVE_SEARCH_INDEX_ALIAS", ALIAS);
        builder.environment().put("ARCHIVE_API_KEY", java.util.UUID.randomUUID().toString());
        builder.environment().put("QUARKUS_LOG_LEVEL", "WARN");
        return builder.start();
    }

    private static void awaitReady(HttpClient http, String url) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (get(http, url + "/q/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("search-service not ready at " + url);
    }

    /** One request of the mix: a GET to the service, or a POST of the request body to Elasticsearch. */
    record Target(URI uri, String body) {
    }

    /** Latencies of one measurement, in nanoseconds. */
    record Result(long[] nanos, double seconds, int errors) {

        Result plus(Result other) {
            long[] all = Arrays.copyOf(nanos, nanos.length + other.nanos.length);
            System.arraycopy(other.nanos, 0, all, nanos.length, other.nanos.length);
            return new Result(all, seconds + other.seconds, errors + other.errors);
        }

        long percentile(int p) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
        }

        double throughput() {
            return nanos.length / seconds;
        }
    }

    /** {@code clients} threads, each with its own connection, sending the mix in turn for {@code seconds}. */
    static Result run(List<Target> targets, int clients, int seconds) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<long[]>> futures = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long[] window = new long[2];
        for (int c = 0; c < clients; c++) {
            int offset = c * 5;
            futures.add(pool.submit(() -> {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                long[] latencies = new long[1 << 16];
                int n = 0;
                start.await();
                long end = System.nanoTime() + seconds * 1_000_000_000L;
                int i = offset;
                while (System.nanoTime() < end) {
                    Target target = targets.get(i++ % targets.size());
                    long t0 = System.nanoTime();
                    HttpResponse<byte[]> r = client.send(request(target), HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - t0;
                    if (r.statusCode() != 200) {
                        errors.incrementAndGet();
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        window[0] = System.nanoTime();
        start.countDown();
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> f : futures) {
            all.add(f.get());
        }
        window[1] = System.nanoTime();
        pool.shutdown();
        long[] merged = all.stream().flatMapToLong(Arrays::stream).toArray();
        return new Result(merged, (window[1] - window[0]) / 1e9, errors.get());
    }

    private static HttpRequest request(Target target) {
        HttpRequest.Builder b = HttpRequest.newBuilder(target.uri()).timeout(Duration.ofSeconds(30));
        return target.body() == null ? b.GET().build()
                : b.header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(target.body())).build();
    }

    private static HttpResponse<String> send(HttpClient http, Target target) throws Exception {
        return http.send(request(target), HttpResponse.BodyHandlers.ofString());
    }

    private static SearchParameters parameters(Map<String, String> q) {
        return new SearchParameters(q.get("q"), null, null, null, q.get("sort"), list(q.get("person")), null, null, null,
                list(q.get("periodical")), list(q.get("language")), null, null, q.get("from"), q.get("to"),
                q.get("hasFootnotes"), null);
    }

    private static List<String> list(String v) {
        return v == null ? null : List.of(v);
    }

    private static String query(Map<String, String> q) {
        List<String> parts = new ArrayList<>();
        new java.util.TreeMap<>(q).forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    private static long count(HttpClient http, String esUrl) throws Exception {
        HttpResponse<String> r = get(http, esUrl + "/" + ALIAS + "/_count");
        return r.statusCode() == 200 ? JSON.readTree(r.body()).path("count").asLong() : -1;
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> put(HttpClient http, String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The machine's one-minute load average: how busy it was besides this benchmark's clients. */
    private static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String ms(long nanos) {
        return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
    }

    private static String pct(long service, long direct) {
        return String.format(Locale.ROOT, "%+.0f%%", 100.0 * (service - direct) / direct);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--")) {
                continue;
            }
            String name = args[i].substring(2);
            if (i + 1 < args.length && !args[i + 1].startsWith("--")) {
                options.put(name, args[++i]);
            } else {
                options.put(name, "true");
            }
        }
        return options;
    }

    private static void say(String format, Object... args) {
        System.out.println(args.length == 0 ? format : String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
