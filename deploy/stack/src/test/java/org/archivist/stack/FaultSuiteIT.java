package org.archivist.stack;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.archivist.servers.LocalServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The fault suite: while a stream of uploads runs, each service in turn is killed with SIGKILL and started
 * again, then the Kafka broker, then Elasticsearch, then PostgreSQL, each outage long enough for a backlog to
 * build, and each struck just after a burst of uploads, while every stage has work in flight. At the end every
 * accepted document is in the index exactly once, with its own content, and INDEXED; every upload that was not accepted got a clear answer (a problem+json 503 with Retry-After) or found nothing
 * listening while ingest-service was down, and was sent again, as a client does. No service log holds the API
 * key or the database password.
 *
 * <p>Its own servers (it kills them), on free ports, data under {@code target/fault-suite}. Size:
 * {@code -Darchive.faults.uploads} (at least that many, 400 on CI; the README's figures are for 2,000),
 * {@code -Darchive.faults.rate} (uploads a second, 3) and {@code -Darchive.faults.outage-seconds} (8). The
 * report goes to {@code target/fault-suite/report.md}.
 */
class FaultSuiteIT {

    private static final int UPLOADS = Integer.getInteger("archive.faults.uploads", 400);
    private static final Duration OUTAGE = Duration.ofSeconds(Integer.getInteger("archive.faults.outage-seconds", 8));
    private static final int RATE = Integer.getInteger("archive.faults.rate", 3);
    private static final int BURST = 20;
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(5);

    /** What is killed, in this order. */
    enum Fault { INGEST, ENRICH, SEARCH, KAFKA, ELASTICSEARCH, POSTGRES }

    private final Map<ArchiveService, ServiceProcess> services = new EnumMap<>(ArchiveService.class);
    private LocalServers servers;

    @AfterEach
    void stopAll() {
        services.values().forEach(ServiceProcess::close);
        if (servers != null) {
            servers.close();
        }
    }

    @Test
    void shouldIndexEveryAcceptedDocumentExactlyOnceThroughCrashesAndOutages() throws Exception {
        Path root = Path.of(System.getProperty("archive.root")).toAbsolutePath();
        Path data = Path.of("target", "fault-suite").toAbsolutePath();
        deleteTree(data);
        servers = LocalServers.start(data.resolve("servers"), EnumSet.allOf(LocalServers.Server.class),
                LocalServers.PortPlan.ANY_FREE, 6);
        Map<ArchiveService, Integer> ports = ArchiveService.freePorts();
        String apiKey = UUID.randomUUID().toString();
        ArchiveService.Wiring wiring = ArchiveService.Wiring.of(servers,
                "http://localhost:" + ports.get(ArchiveService.INGEST), apiKey);
        for (ArchiveService s : ArchiveService.values()) {
            start(s, root, wiring, ports.get(s), data.resolve("logs"));
        }
        String collection = "faults-" + UUID.randomUUID().toString().substring(0, 8);
        ArchiveClient archive = new ArchiveClient(services.get(ArchiveService.INGEST).url(),
                services.get(ArchiveService.SEARCH).url(), apiKey);
        Uploader uploader = new Uploader(services.get(ArchiveService.INGEST).url(), apiKey, collection, seed(), RATE);
        Thread uploads = new Thread(uploader, "fault-suite-uploads");
        uploads.start();

        Map<Fault, String> drains = new LinkedHashMap<>();
        try {
            awaitAccepted(uploader, Math.max(20, UPLOADS / 10));
            for (Fault fault : Fault.values()) {
                uploader.burst(BURST); // so that every stage has work in flight when the fault strikes
                say("kill -9 " + fault + " (" + uploader.accepted.size() + " accepted so far)");
                kill(fault);
                Thread.sleep(OUTAGE.toMillis());
                restart(fault, root, wiring, ports, data.resolve("logs"));
                int acceptedAtRestart = uploader.accepted.size();
                long restarted = System.nanoTime();
                try {
                    awaitIndexed(archive, collection, acceptedAtRestart);
                } catch (AssertionError e) {
                    throw new AssertionError("after kill -9 " + fault + ": " + e.getMessage(), e);
                }
                double seconds = (System.nanoTime() - restarted) / 1e9;
                drains.put(fault, String.format(Locale.ROOT, "%.1f s (%d accepted by then)", seconds, acceptedAtRestart));
                say(fault + " back; the " + acceptedAtRestart + " accepted by then were INDEXED "
                        + String.format(Locale.ROOT, "%.1f s later", seconds));
            }
            uploader.stopAt(UPLOADS);
            uploads.join(Duration.ofMinutes(10).toMillis());
        } finally {
            uploader.stopAt(0);
            uploads.join(Duration.ofMinutes(1).toMillis());
        }
        Set<String> accepted = new HashSet<>(uploader.accepted.values());
        long drainStart = System.nanoTime();
        awaitIndexed(archive, collection, accepted.size());
        double finalDrain = (System.nanoTime() - drainStart) / 1e9;
        Thread.sleep(5000); // a replay of an authority change may still be on its way: let it land
        awaitIndexed(archive, collection, accepted.size());

        long stored = archive.count(collection);
        long indexedStatus = archive.countInStatus(collection, "INDEXED");
        Set<String> inIndex = archive.indexedIds(collection);
        Set<String> lost = new HashSet<>(accepted);
        lost.removeAll(inIndex);
        Set<String> extra = new HashSet<>(inIndex);
        extra.removeAll(accepted);
        List<String> wrongContent = new ArrayList<>();
        uploader.accepted.forEach((n, id) -> {
            String body = given().baseUri(services.get(ArchiveService.SEARCH).url()).when()
                    .get("/api/documents/" + id).then().extract().asString();
            if (!body.contains(Uploader.token(n))) {
                wrongContent.add(id);
            }
        });
        long duplicated = stored - accepted.size();

        StringBuilder report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "Fault suite, %d uploads, outages of %d s%n%n| measure | value |%n|---|---|%n",
                uploader.accepted.size(), OUTAGE.toSeconds()));
        row(report, "uploads accepted (202)", accepted.size());
        row(report, "answered 503 problem+json with Retry-After, then sent again", uploader.busy.get());
        row(report, "answered otherwise (must be 0)", uploader.unclear.size());
        row(report, "nothing listening or connection cut (ingest down), then sent again", uploader.unreachable.get());
        row(report, "documents ingest-service stored for them", stored);
        row(report, "reported INDEXED", indexedStatus);
        row(report, "in the index", inIndex.size());
        row(report, "lost (must be 0)", lost.size());
        row(report, "duplicated (must be 0)", duplicated + extra.size());
        row(report, "indexed with another document's content (must be 0)", wrongContent.size());
        drains.forEach((fault, drain) -> row(report, "after kill -9 " + fault + ": drained in", drain));
        row(report, "after the last upload: drained in", String.format(Locale.ROOT, "%.1f s", finalDrain));
        Files.writeString(data.resolve("report.md"), report);
        System.out.println(report);

        assertEquals(List.of(), uploader.unclear, "every upload not accepted got a 503 problem+json with Retry-After");
        assertEquals(Set.of(), lost, "every accepted document is in the index");
        assertEquals(Set.of(), extra, "nothing in the index that was not accepted");
        assertEquals(accepted.size(), stored, "one stored document per accepted upload, retries included");
        assertEquals(accepted.size(), indexedStatus, "every accepted document reported INDEXED");
        assertEquals(List.of(), wrongContent, "every indexed document has its own content");
        assertTrue(uploader.accepted.size() >= UPLOADS, "the stream ran to its end: " + uploader.accepted.size());
        assertEquals(List.of(), logsHolding(data.resolve("logs"), apiKey, servers.postgres().password()),
                "no service logs the API key or the database password, even while its servers fail");
    }

    /** The service logs that hold any of these secrets. */
    private static List<String> logsHolding(Path logs, String... secrets) throws IOException {
        List<String> holding = new ArrayList<>();
        try (var files = Files.list(logs)) {
            for (Path log : files.toList()) {
                String text = Files.readString(log, StandardCharsets.ISO_8859_1);
                for (String secret : secrets) {
                    if (text.contains(secret)) {
                        holding.add(log.getFileName().toString());
                    }
                }
            }
        }
        return holding;
    }

    private void kill(Fault fault) {
        switch (fault) {
            case INGEST -> services.get(ArchiveService.INGEST).kill();
            case ENRICH -> services.get(ArchiveService.ENRICH).kill();
            case SEARCH -> services.get(ArchiveService.SEARCH).kill();
            case KAFKA -> servers.kill(LocalServers.Server.KAFKA);
            case ELASTICSEARCH -> servers.kill(LocalServers.Server.ELASTICSEARCH);
            case POSTGRES -> servers.kill(LocalServers.Server.POSTGRES);
        }
    }

    private void restart(Fault fault, Path root, ArchiveService.Wiring wiring, Map<ArchiveService, Integer> ports,
            Path logs) {
        switch (fault) {
            case INGEST -> start(ArchiveService.INGEST, root, wiring, ports.get(ArchiveService.INGEST), logs);
            case ENRICH -> start(ArchiveService.ENRICH, root, wiring, ports.get(ArchiveService.ENRICH), logs);
            case SEARCH -> start(ArchiveService.SEARCH, root, wiring, ports.get(ArchiveService.SEARCH), logs);
            case KAFKA -> servers.restart(LocalServers.Server.KAFKA);
            case ELASTICSEARCH -> servers.restart(LocalServers.Server.ELASTICSEARCH);
            case POSTGRES -> servers.restart(LocalServers.Server.POSTGRES);
        }
    }

    private void start(ArchiveService service, Path root, ArchiveService.Wiring wiring, int port, Path logs) {
        ServiceProcess process = ServiceProcess.start(service, root, wiring, port, logs, List.of("-Xmx512m"));
        services.put(service, process);
        process.awaitReady(Duration.ofSeconds(120));
    }

    private static void awaitAccepted(Uploader uploader, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (uploader.accepted.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
    }

    /** Waits until at least {@code count} documents of the collection are INDEXED; fails after DRAIN_LIMIT. */
    private static void awaitIndexed(ArchiveClient archive, String collection, long count) throws InterruptedException {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        long indexed = 0;
        while (System.nanoTime() < deadline) {
            try {
                indexed = archive.countInStatus(collection, "INDEXED");
                if (indexed >= count) {
                    return;
                }
            } catch (RuntimeException | AssertionError notAnsweringYet) {
                // ingest-service is starting or its database is
            }
            Thread.sleep(250);
        }
        throw new AssertionError(indexed + " of " + count + " documents INDEXED after " + DRAIN_LIMIT.toMinutes()
                + " min; " + whereTheRestAre(archive, collection));
    }

    /** For a failure message: how many documents are in each other status, and a few of them as ingest lists them. */
    private static String whereTheRestAre(ArchiveClient archive, String collection) {
        StringBuilder where = new StringBuilder();
        for (String status : List.of("RECEIVED", "ENRICHED", "FAILED")) {
            try {
                where.append(status).append(": ").append(archive.countInStatus(collection, status)).append(' ')
                        .append(archive.inStatus(collection, status, 3)).append("; ");
            } catch (RuntimeException | AssertionError e) {
                where.append(status).append(": not answered (").append(e.getMessage()).append("); ");
            }
        }
        return where.toString();
    }

    private static void row(StringBuilder report, String measure, Object value) {
        report.append("| ").append(measure).append(" | ").append(value).append(" |\n");
    }

    private static void say(String line) {
        System.out.println("[fault-suite] " + line);
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = FaultSuiteIT.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return in.readAllBytes();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    /**
     * Uploads distinct copies of the seed, one after another, as a client would: a 503 waits its Retry-After
     * and sends the same file again, and so does a refused or cut connection; anything else is recorded as an
     * unclear answer. It runs until told where to stop, so that every fault happens while it uploads.
     */
    static final class Uploader implements Runnable {

        final Map<Integer, String> accepted = new ConcurrentSkipListMap<>();
        final List<String> unclear = java.util.Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger busy = new AtomicInteger();
        final AtomicInteger unreachable = new AtomicInteger();
        private final String ingestUrl;
        private final String apiKey;
        private final String collection;
        private final String seed;
        private final long interval;
        private final AtomicInteger stopAt = new AtomicInteger(Integer.MAX_VALUE);
        private final AtomicInteger copies = new AtomicInteger();

        Uploader(String ingestUrl, String apiKey, String collection, byte[] seed, int perSecond) {
            this.ingestUrl = ingestUrl;
            this.apiKey = apiKey;
            this.collection = collection;
            this.seed = new String(seed, StandardCharsets.UTF_8);
            this.interval = Duration.ofSeconds(1).toNanos() / perSecond;
        }

        /** A word only the n-th copy contains, to check that its document has its content. */
        static String token(int n) {
            return "faultcopy" + Integer.toString(n, 36) + "x";
        }

        /** Stops once {@code count} copies have been sent (at once if that many already were; 0: now). */
        void stopAt(int count) {
            stopAt.set(count);
        }

        @Override
        public void run() {
            long next = System.nanoTime();
            for (int n = copies.getAndIncrement(); n < stopAt.get(); n = copies.getAndIncrement()) {
                pause(Math.max(0, next - System.nanoTime()) / 1_000_000);
                next += interval;
                if (!send(n)) {
                    return;
                }
            }
        }

        /** Sends {@code count} more copies at once, as fast as they are taken: work in flight for a fault. */
        void burst(int count) {
            for (int i = 0; i < count; i++) {
                send(copies.getAndIncrement());
            }
        }

        /** Sends copy n until it is accepted or answered otherwise; false when told to stop meanwhile. */
        private boolean send(int n) {
            byte[] copy = (seed + "\nCopy " + n + " of the fault suite: " + token(n) + ".\n")
                    .getBytes(StandardCharsets.UTF_8);
            while (stopAt.get() != 0) {
                try {
                    Response r = given().baseUri(ingestUrl).header("X-API-Key", apiKey)
                            .multiPart("file", "copy-" + n + ".txt", copy, "text/plain")
                            .multiPart("collection", collection).when().post("/api/documents");
                    if (r.statusCode() == 202 || r.statusCode() == 200) {
                        accepted.put(n, r.jsonPath().getString("id"));
                        return true;
                    }
                    String type = r.contentType() != null && r.contentType().startsWith("application/problem+json")
                            ? r.jsonPath().getString("type") : null;
                    String retryAfter = r.header("Retry-After");
                    if (r.statusCode() == 503 && type != null && retryAfter != null) {
                        busy.incrementAndGet();
                        pause(Long.parseLong(retryAfter.trim()) * 1000);
                    } else {
                        unclear.add("copy " + n + ": " + r.statusCode() + " " + r.contentType() + " " + r.asString());
                        return true;
                    }
                } catch (Exception noConnection) { // RestAssured throws ConnectException unchecked
                    // ingest-service is down or went down while answering: send the same file again
                    unreachable.incrementAndGet();
                    pause(500);
                }
            }
            return false;
        }

        private static void pause(long millis) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
