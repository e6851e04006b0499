package org.archivist.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.archivist.events.Topics;
import org.archivist.servers.LocalServers;
import org.archivist.stack.ArchiveService;
import org.archivist.stack.ServiceProcess;

/**
 * The whole pipeline on this machine, measured from outside as an archive would use it: real Kafka,
 * Elasticsearch and PostgreSQL, the three packaged services, documents uploaded through the HTTP API.
 *
 * <ol>
 * <li>start-up: each service's time to ready and resident memory at rest;</li>
 * <li>backlog: {@code documents} seed-size transcriptions uploaded as fast as the stack accepts them
 * ({@code clients} uploaders), while a probe uploads a 10 KB file every 200 ms (then every second, until the
 * backlog is indexed); for every document the time
 * from upload to INDEXED (its status event; the index refreshes within a second more);</li>
 * <li>trickle, once the backlog's replays have drained: {@code rate} documents a second for {@code trickle-seconds}, each timed the same way;</li>
 * <li>each stage alone on the same documents: enrichment in process ({@link EnrichmentAlone}, no Kafka, no
 * database) and the indexed documents sent straight to Elasticsearch with {@code _bulk}.</li>
 * </ol>
 *
 * Writes {@code report.json}, {@code report.md} and {@code chart.png} to the output folder (default
 * {@code target/pipeline-benchmark}). Options: {@code --documents=N --clients=N --rate=N --trickle-seconds=N
 * --partitions=N --out=DIR}.
 */
public final class PipelineBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final Map<String, String> options;
    private final Path out;
    private final long t0 = System.nanoTime();
    /** Upload time (ns since t0) of each accepted document, and the time it was reported INDEXED. */
    private final Map<String, Long> uploadedAt = new ConcurrentHashMap<>();
    private final Map<String, Long> indexedAt = new ConcurrentHashMap<>();
    private final AtomicInteger failed = new AtomicInteger();

    private PipelineBenchmark(Map<String, String> options) {
        this.options = options;
        this.out = Path.of(options.getOrDefault("out", "target/pipeline-benchmark")).toAbsolutePath();
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new java.util.HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            } else {
                throw new IllegalArgumentException("unknown argument " + arg);
            }
        }
        new PipelineBenchmark(options).run();
        System.exit(0);
    }

    private int option(String name, int otherwise) {
        return Integer.parseInt(options.getOrDefault(name, Integer.toString(otherwise)));
    }

    private void run() throws Exception {
        int documents = option("documents", 2000);
        int clients = option("clients", 4);
        int rate = option("rate", 5);
        int trickleSeconds = option("trickle-seconds", 60);
        int partitions = option("partitions", 6);
        Path root = Path.of(System.getProperty("archive.root", ".")).toAbsolutePath().normalize();
        Files.createDirectories(out);
        Path data = Files.createTempDirectory("pipeline-benchmark");
        ObjectNode report = JSON.createObjectNode();
        report.put("date", LocalDate.now().toString());
        report.put("documents", documents);
        report.put("clients", clients);
        report.put("partitions", partitions);
        report.put("cores", Runtime.getRuntime().availableProcessors());

        TranscriptionGenerator generator = new TranscriptionGenerator(1924);
        List<TranscriptionGenerator.Transcription> backlog = new ArrayList<>(documents);
        for (int i = 0; i < documents; i++) {
            backlog.add(generator.seedSized());
        }
        say("starting Kafka, Elasticsearch and PostgreSQL...");
        try (LocalServers servers = LocalServers.start(data, EnumSet.allOf(LocalServers.Server.class),
                LocalServers.PortPlan.ANY_FREE, partitions)) {
            Map<ArchiveService, Integer> ports = ArchiveService.freePorts();
            String apiKey = UUID.randomUUID().toString();
            ArchiveService.Wiring wiring = ArchiveService.Wiring.of(servers,
                    "http://localhost:" + ports.get(ArchiveService.INGEST), apiKey);
            List<ServiceProcess> services = new ArrayList<>();
            Map<ArchiveService, ProcessMemory> memory = new EnumMap<>(ArchiveService.class);
            ObjectNode startup = report.putObject("services");
            try {
                for (ArchiveService s : ArchiveService.values()) {
                    // Time to ready is the service's own: not that of the servers warming up after their start.
                    double idle = MachineLoad.awaitIdle(0.8, Duration.ofSeconds(60));
                    long starting = System.nanoTime();
                    ServiceProcess process = startReady(s, root, wiring, ports.get(s), data);
                    services.add(process);
                    double ready = (System.nanoTime() - starting) / 1e9;
                    memory.put(s, new ProcessMemory(process.pid()));
                    startup.putObject(s.module).put("readySeconds", round(ready)).put("idleCpuAtStart", round(idle));
                    say(String.format(Locale.ROOT, "%s ready in %.1f s (started with the cores %.0f%% idle)", s.module,
                            ready, 100 * idle));
                }
                Thread.sleep(5000);
                memory.forEach((s, m) -> {
                    ((ObjectNode) startup.get(s.module)).put("rssAtRestMb", m.nowMb());
                    m.resetPeak();
                });
                String ingest = services.get(0).url();

                Thread statuses = watchStatuses(servers.kafka().bootstrapServers());
                Thread.sleep(3000);
                ProcessCpu cpu = new ProcessCpu()
                        .add("Kafka", servers.kafka().pid())
                        .add("Elasticsearch", servers.elasticsearch().pid())
                        .add("PostgreSQL", servers.postgres().pid());
                for (int i = 0; i < services.size(); i++) {
                    cpu.add(ArchiveService.values()[i].module, services.get(i).pid());
                }
                cpu.addThisProcess("load driver");
                // What each process costs with nothing to do (its fixed share of the cores under load).
                cpu.start();
                Thread.sleep(10_000);
                Map<String, Double> cpuAtRest = cpu.sinceStart();
                double restWall = cpu.wallSeconds();

                say("backlog: " + documents + " documents, " + clients + " uploaders...");
                Percentiles uploadLatency = new Percentiles();
                Percentiles probeWhileUploading = new Percentiles();
                Percentiles probeAfterUploads = new Percentiles();
                cpu.start();
                AtomicLong refused = new AtomicLong();
                AtomicLong refusedWithRetryAfter = new AtomicLong();
                double enrichedBefore = services.get(1).counter("archive_enrich_documents_total", "outcome", "enriched");
                Map<String, Long> elasticBefore = ElasticsearchAlone.work(servers.elasticsearch().url());
                long backlogStart = System.nanoTime();
                AtomicInteger next = new AtomicInteger();
                java.util.Set<String> backlogIds = ConcurrentHashMap.newKeySet();
                ExecutorService uploaders = Executors.newFixedThreadPool(clients + 1);
                java.util.concurrent.atomic.AtomicBoolean uploading = new java.util.concurrent.atomic.AtomicBoolean(true);
                // The probe goes on until the whole backlog is indexed: while it is uploaded, then enriched.
                java.util.concurrent.atomic.AtomicBoolean probing = new java.util.concurrent.atomic.AtomicBoolean(true);
                List<java.util.concurrent.Future<?>> running = new ArrayList<>();
                for (int c = 0; c < clients; c++) {
                    running.add(uploaders.submit(() -> {
                        for (int i = next.getAndIncrement(); i < backlog.size(); i = next.getAndIncrement()) {
                            backlogIds.add(upload(ingest, apiKey, backlog.get(i), uploadLatency, refused,
                                    refusedWithRetryAfter));
                        }
                        return null;
                    }));
                }
                TranscriptionGenerator probes = new TranscriptionGenerator(7);
                uploaders.submit(() -> {
                    while (probing.get()) {
                        boolean during = uploading.get();
                        upload(ingest, apiKey, tenKilobytes(probes), during ? probeWhileUploading : probeAfterUploads,
                                refused, refusedWithRetryAfter);
                        // Each probe is a document to enrich too: after the uploads, one a second (not five)
                        // keeps them from adding a quarter to the backlog's work.
                        Thread.sleep(during ? 200 : 1000);
                    }
                    return null;
                });
                for (java.util.concurrent.Future<?> uploader : running) {
                    uploader.get();
                }
                double uploadSeconds = (System.nanoTime() - backlogStart) / 1e9;
                uploading.set(false);
                long deadline = System.nanoTime() + TimeUnit.HOURS.toNanos(3);
                while (backlogIds.stream().filter(indexedAt::containsKey).count() + failed.get() < backlogIds.size()
                        && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                }
                double backlogSeconds = (System.nanoTime() - backlogStart) / 1e9;
                probing.set(false);
                uploaders.shutdown();
                Map<String, Double> cpuSeconds = cpu.sinceStart();
                Map<String, Long> elasticAfter = ElasticsearchAlone.work(servers.elasticsearch().url());
                long enrichedDuring = Math.round(services.get(1).counter("archive_enrich_documents_total", "outcome",
                        "enriched") - enrichedBefore);
                double cpuWall = cpu.wallSeconds();
                int indexed = (int) backlogIds.stream().filter(indexedAt::containsKey).count();
                ObjectNode b = report.putObject("backlog");
                b.put("documents", documents);
                b.put("indexed", indexed);
                b.put("failed", failed.get());
                b.put("seconds", round(backlogSeconds));
                b.put("documentsPerSecond", round(indexed / backlogSeconds));
                b.put("uploadsPerSecond", round(backlogIds.size() / uploadSeconds));
                b.put("uploadP50Ms", round(uploadLatency.at(50)));
                b.put("uploadP99Ms", round(uploadLatency.at(99)));
                Percentiles probeLatency = probeWhileUploading.with(probeAfterUploads);
                b.put("probe10kbUploadP50Ms", round(probeLatency.at(50)));
                b.put("probe10kbUploadP99Ms", round(probeLatency.at(99)));
                b.put("probe10kbUploads", probeLatency.count());
                b.put("probe10kbWhileUploadingP50Ms", round(probeWhileUploading.at(50)));
                b.put("probe10kbWhileUploadingP99Ms", round(probeWhileUploading.at(99)));
                b.put("probe10kbWhileUploadingUploads", probeWhileUploading.count());
                b.put("probe10kbAfterUploadsP50Ms", round(probeAfterUploads.at(50)));
                b.put("probe10kbAfterUploadsP99Ms", round(probeAfterUploads.at(99)));
                b.put("uploadSeconds", round(uploadSeconds));
                // Who used the cores while the backlog ran, and how much CPU each document cost them (the probes
                // are documents too).
                int documentsInWindow = indexed + probeLatency.count();
                b.put("documentsWithProbes", documentsInWindow);
                // What Elasticsearch did meanwhile, by its own statistics.
                ObjectNode elastic = b.putObject("elasticsearchWork");
                elasticAfter.forEach((k, v) -> elastic.put(k, v - elasticBefore.getOrDefault(k, 0L)));
                // More than the documents: replays of authority changes that did not wait for the backlog.
                b.put("enrichmentsDuringBacklog", enrichedDuring);
                ObjectNode c = b.putObject("cpu");
                cpuSeconds.forEach((name, seconds) -> c.putObject(name).put("seconds", round(seconds))
                        .put("cores", Math.round(seconds / cpuWall * 100) / 100.0).put("msPerDocument", round(1000 * seconds / documentsInWindow))
                        .put("coresAtRest", Math.round(cpuAtRest.get(name) / restWall * 100) / 100.0));
                b.put("refused", refused.get());
                b.put("refusedWithRetryAfter", refusedWithRetryAfter.get());
                Percentiles backlogToSearchable = latencies(backlogIds);
                b.put("uploadToIndexedP50Ms", round(backlogToSearchable.at(50)));
                b.put("uploadToIndexedP99Ms", round(backlogToSearchable.at(99)));
                memory.forEach((s, m) -> ((ObjectNode) startup.get(s.module)).put("rssPeakUnderLoadMb", m.peakMb()));
                say(String.format(Locale.ROOT, "backlog: %d indexed in %.0f s = %.1f documents/s", indexed,
                        backlogSeconds, indexed / backlogSeconds));

                // The trickle comes on a later day: after the backlog's replays (authority changes) have drained.
                double settle = awaitQuiet(services.get(1));
                b.put("replaysDrainedSeconds", round(settle));
                say(String.format(Locale.ROOT, "backlog replays drained %.0f s after the last first indexing", settle));
                say("trickle: " + rate + " documents/s for " + trickleSeconds + " s...");
                java.util.Set<String> trickleIds = trickle(ingest, apiKey, rate, trickleSeconds, generator);
                long trickleDeadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
                while (!indexedAt.keySet().containsAll(trickleIds) && System.nanoTime() < trickleDeadline) {
                    Thread.sleep(200);
                }
                Percentiles trickleLatency = latencies(trickleIds);
                ObjectNode t = report.putObject("trickle");
                t.put("rate", rate);
                t.put("documents", trickleIds.size());
                t.put("indexed", trickleIds.stream().filter(indexedAt::containsKey).count());
                t.put("uploadToIndexedP50Ms", round(trickleLatency.at(50)));
                t.put("uploadToIndexedP99Ms", round(trickleLatency.at(99)));
                say(String.format(Locale.ROOT, "trickle: upload to indexed p50 %.0f ms, p99 %.0f ms",
                        trickleLatency.at(50), trickleLatency.at(99)));
                statuses.interrupt();

                // What the services did, by their own counters: more enrichments than documents are replays.
                ObjectNode work = report.putObject("work");
                work.put("uploadedFiles", (long) services.get(0).counter("archive_ingest_files_total", "outcome", "stored"));
                work.put("enrichments", (long) services.get(1).counter("archive_enrich_documents_total", "outcome", "enriched"));
                work.put("indexings", (long) services.get(2).counter("archive_search_documents_total", "outcome", "indexed"));
                work.put("nerTextsFromMemory", (long) services.get(1).counter("archive_enrich_ner_texts_total", "answer", "memory"));
                work.put("nerTextsRead", (long) services.get(1).counter("archive_enrich_ner_texts_total", "answer", "model"));
                say("work: " + work);

                say("stages alone...");
                ObjectNode stages = report.putObject("stagesAlone");
                double enrichAlone = EnrichmentAlone.documentsPerSecond(backlog.subList(0, Math.min(backlog.size(), 600)), 2);
                stages.put("enrichmentInProcessDocumentsPerSecond", round(enrichAlone));
                double bulkAlone = ElasticsearchAlone.bulkDocumentsPerSecond(servers.elasticsearch().url(),
                        "archive-documents", Math.min(indexed, 20_000));
                stages.put("elasticsearchBulkDocumentsPerSecond", round(bulkAlone));
                double slowest = Math.min(enrichAlone, bulkAlone);
                report.put("pipelineAsShareOfSlowestStage", Math.round(indexed / backlogSeconds / slowest * 1000) / 1000.0);
                say(String.format(Locale.ROOT, "enrichment alone %.1f/s, Elasticsearch bulk alone %.0f/s: the pipeline"
                        + " runs at %.0f%% of its slowest stage", enrichAlone, bulkAlone,
                        100 * indexed / backlogSeconds / slowest));

                // The first start above migrated an empty database (enrich-service loads its starter authority
                // file then): a restart is what an operator sees every other time.
                say("restarts...");
                for (int i = 0; i < services.size(); i++) {
                    ArchiveService s = services.get(i).service();
                    services.get(i).close();
                    MachineLoad.awaitIdle(0.8, Duration.ofSeconds(60));
                    long starting = System.nanoTime();
                    services.set(i, startReady(s, root, wiring, ports.get(s), data));
                    double ready = (System.nanoTime() - starting) / 1e9;
                    ((ObjectNode) startup.get(s.module)).put("readyOnRestartSeconds", round(ready));
                    say(String.format(Locale.ROOT, "%s ready again in %.1f s", s.module, ready));
                }
            } finally {
                memory.values().forEach(ProcessMemory::close);
                services.forEach(ServiceProcess::close);
            }
        }
        report.set("timeline", timeline());
        Files.writeString(out.resolve("report.json"), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(report));
        Files.writeString(out.resolve("report.md"), BenchmarkReport.markdown(report));
        BenchmarkReport.chart(report, out.resolve("chart.png"));
        say("report in " + out);
        System.out.println(BenchmarkReport.markdown(report));
    }





    /** Starts a service as the benchmark runs it and returns once it is ready; stops it if it never is. */
    private static ServiceProcess startReady(ArchiveService service, Path root, ArchiveService.Wiring wiring, int port,
            Path data) {
        ServiceProcess process = ServiceProcess.start(service, root, wiring, port, data.resolve("logs"),
                EnrichmentBenchmark.jvmOptions());
        try {
            process.awaitReady(Duration.ofMinutes(2));
        } catch (RuntimeException e) {
            process.close();
            throw e;
        }
        return process;
    }

    /** Uploads until accepted (waiting as a 429 or 503 asks); returns the document's id. */
    private String upload(String ingest, String apiKey, TranscriptionGenerator.Transcription t, Percentiles latency,
            AtomicLong refused, AtomicLong refusedWithRetryAfter) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(ingest + "/api/documents?fileName="
                        + URLEncoder.encode(t.fileName(), StandardCharsets.UTF_8)))
                .header("X-API-Key", apiKey).header("Content-Type", t.mediaType())
                .timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofByteArray(t.bytes())).build();
        while (true) {
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
                long now = System.nanoTime();
                if (response.statusCode() == 202 || response.statusCode() == 200) {
                    latency.add((now - start) / 1e6);
                    String id = JSON.readTree(response.body()).path("id").asText();
                    uploadedAt.putIfAbsent(id, start - t0);
                    return id;
                }
                refused.incrementAndGet();
                if ((response.statusCode() == 429 || response.statusCode() == 503)
                        && response.headers().firstValue("Retry-After").isPresent()) {
                    refusedWithRetryAfter.incrementAndGet();
                    Thread.sleep(Long.parseLong(response.headers().firstValue("Retry-After").get()) * 1000);
                    continue;
                }
                throw new IllegalStateException("upload refused: " + response.statusCode() + " " + response.body());
            } catch (IOException e) {
                refused.incrementAndGet();
                Thread.sleep(1000);
            }
        }
    }

    /**
     * Waits until enrich-service has enriched nothing for longer than a coalesced replay waits (35 s), at most 30
     * minutes; returns the seconds until its last enrichment.
     */
    private static double awaitQuiet(ServiceProcess enrich) throws InterruptedException {
        long start = System.nanoTime();
        long lastChange = start;
        double seen = enrich.counter("archive_enrich_documents_total", "outcome", "enriched");
        while (System.nanoTime() - lastChange < TimeUnit.SECONDS.toNanos(35)
                && System.nanoTime() - start < TimeUnit.MINUTES.toNanos(30)) {
            Thread.sleep(1000);
            double now = enrich.counter("archive_enrich_documents_total", "outcome", "enriched");
            if (now != seen) {
                seen = now;
                lastChange = System.nanoTime();
            }
        }
        return (lastChange - start) / 1e9;
    }

    private java.util.Set<String> trickle(String ingest, String apiKey, int rate, int seconds,
            TranscriptionGenerator generator) throws InterruptedException {
        java.util.Set<String> ids = ConcurrentHashMap.newKeySet();
        int total = rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        ExecutorService senders = Executors.newFixedThreadPool(8);
        Percentiles latency = new Percentiles();
        AtomicLong refused = new AtomicLong();
        for (int i = 0; i < total; i++) {
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            TranscriptionGenerator.Transcription doc = generator.seedSized();
            senders.submit(() -> ids.add(upload(ingest, apiKey, doc, latency, refused, refused)));
        }
        senders.shutdown();
        senders.awaitTermination(2, TimeUnit.MINUTES);
        return ids;
    }

    private Percentiles latencies(java.util.Collection<String> ids) {
        Percentiles p = new Percentiles();
        for (String id : ids) {
            Long up = uploadedAt.get(id);
            Long done = indexedAt.get(id);
            if (up != null && done != null) {
                p.add((done - up) / 1e6);
            }
        }
        return p;
    }

    private Thread watchStatuses(String kafka) {
        Thread watcher = new Thread(() -> {
            Properties config = new Properties();
            config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
            config.put(ConsumerConfig.GROUP_ID_CONFIG, "pipeline-benchmark-" + UUID.randomUUID());
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                    new StringDeserializer())) {
                consumer.subscribe(List.of(Topics.DOCUMENTS_STATUS));
                while (!Thread.currentThread().isInterrupted()) {
                    consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                        try {
                            JsonNode event = JSON.readTree(r.value());
                            String status = event.path("status").asText();
                            if ("INDEXED".equals(status)) {
                                indexedAt.putIfAbsent(r.key(), System.nanoTime() - t0);
                            } else if ("FAILED".equals(status)) {
                                failed.incrementAndGet();
                            }
                        } catch (IOException e) {
                            // not a status event
                        }
                    });
                }
            } catch (org.apache.kafka.common.errors.InterruptException e) {
                // stopped
            }
        }, "status-watcher");
        watcher.setDaemon(true);
        watcher.start();
        return watcher;
    }

    /** Documents indexed, and median and 99th percentile of upload to indexed, per 10 s of the run. */
    private ArrayNode timeline() {
        ArrayNode rows = JSON.createArrayNode();
        long bucket = TimeUnit.SECONDS.toNanos(10);
        long last = indexedAt.values().stream().mapToLong(Long::longValue).max().orElse(0);
        for (long from = 0; from <= last; from += bucket) {
            long lo = from;
            long hi = from + bucket;
            Percentiles latency = new Percentiles();
            int count = 0;
            for (Map.Entry<String, Long> e : indexedAt.entrySet()) {
                if (e.getValue() >= lo && e.getValue() < hi && uploadedAt.containsKey(e.getKey())) {
                    count++;
                    latency.add((e.getValue() - uploadedAt.get(e.getKey())) / 1e6);
                }
            }
            ObjectNode row = rows.addObject();
            row.put("second", from / 1_000_000_000L);
            row.put("indexedPerSecond", round(count / 10.0));
            row.put("latencyP50Ms", round(latency.at(50)));
            row.put("latencyP99Ms", round(latency.at(99)));
        }
        return rows;
    }

    private static TranscriptionGenerator.Transcription tenKilobytes(TranscriptionGenerator generator) {
        TranscriptionGenerator.Transcription seedSized = generator.seedSized();
        byte[] bytes = java.util.Arrays.copyOf(seedSized.bytes(), 10 * 1024);
        for (int i = seedSized.bytes().length; i < bytes.length; i++) {
            bytes[i] = ' ';
        }
        return new TranscriptionGenerator.Transcription("probe-" + UUID.randomUUID() + ".txt", "text/plain", bytes, "en");
    }

    private static double round(double value) {
        return Math.round(value * 10) / 10.0;
    }

    private static void say(String line) {
        System.out.println("[pipeline-benchmark] " + line);
        System.out.flush();
    }
}
