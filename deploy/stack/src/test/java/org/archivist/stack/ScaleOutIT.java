package org.archivist.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.archivist.events.Topics;
import org.archivist.servers.KafkaServer;
import org.archivist.servers.Ports;
import org.archivist.testsupport.TestServers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Scale-out: on topics of six partitions, a second enrich-service and a second search-service join their
 * consumer groups while documents flow, and the two of each share the work. Every uploaded document ends up
 * in the index exactly once and INDEXED, whichever instance handled it.
 */
class ScaleOutIT {

    private static final int BEFORE_JOIN = 40;
    private static final int AFTER_JOIN = 80;
    private static final int PARTITIONS = 6;

    private final List<ServiceProcess> services = new ArrayList<>();

    @AfterEach
    void stopAll() {
        services.forEach(ServiceProcess::close);
    }

    @Test
    void shouldShareTheWorkBetweenTwoInstancesOfEachConsumerWithNothingLostOrDuplicated() throws Exception {
        Path root = Path.of(System.getProperty("archive.root")).toAbsolutePath();
        String namespace = "scale-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaServer.createTopics(TestServers.kafkaBootstrapServers(),
                Topics.ALL.stream().map(t -> namespace + "." + t).toList(), PARTITIONS);
        int ingestPort = Ports.free();
        TestServers.Database db = TestServers.databaseOfItsOwn(namespace); // nothing of other tests' pipelines
        ArchiveService.Wiring wiring = new ArchiveService.Wiring(TestServers.kafkaBootstrapServers(),
                TestServers.elasticsearchHosts(), db.jdbcUrl(), db.username(), db.password(),
                "http://localhost:" + ingestPort, TestServers.apiKey()).inNamespace(namespace);
        Path logs = Path.of("target", "scale-out-it-logs");
        ServiceProcess ingest = start(ArchiveService.INGEST, root, wiring, ingestPort, logs.resolve("ingest"));
        ServiceProcess enrich1 = start(ArchiveService.ENRICH, root, wiring, Ports.free(), logs.resolve("enrich-1"));
        ServiceProcess search1 = start(ArchiveService.SEARCH, root, wiring, Ports.free(), logs.resolve("search-1"));
        for (ServiceProcess s : List.of(ingest, enrich1, search1)) {
            s.awaitReady(Duration.ofSeconds(120));
        }
        ArchiveClient archive = new ArchiveClient(ingest.url(), search1.url(), TestServers.apiKey());
        Set<String> uploaded = new HashSet<>();

        uploadSeedCopies(archive, namespace, 0, BEFORE_JOIN, uploaded);
        ServiceProcess enrich2 = start(ArchiveService.ENRICH, root, wiring, Ports.free(), logs.resolve("enrich-2"));
        ServiceProcess search2 = start(ArchiveService.SEARCH, root, wiring, Ports.free(), logs.resolve("search-2"));
        enrich2.awaitReady(Duration.ofSeconds(120));
        search2.awaitReady(Duration.ofSeconds(120));
        uploadSeedCopies(archive, namespace, BEFORE_JOIN, AFTER_JOIN, uploaded);
        int total = BEFORE_JOIN + AFTER_JOIN;
        assertEquals(total, uploaded.size(), "every upload made a new document");

        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (archive.countInStatus(namespace, "INDEXED") < total && System.nanoTime() < deadline) {
            Thread.sleep(500);
        }
        assertEquals(total, archive.countInStatus(namespace, "INDEXED"), "every document reported INDEXED");
        for (ServiceProcess search : List.of(search1, search2)) {
            JsonPath all = new ArchiveClient(ingest.url(), search.url(), TestServers.apiKey())
                    .awaitSearch("", r -> r.getLong("total") == total, Duration.ofSeconds(30));
            assertEquals(total, all.getLong("total"), "the index holds each document once, seen from either instance");
        }
        Set<String> indexed = archive.indexedIds(namespace);
        assertEquals(uploaded, indexed, "the index holds exactly the uploaded documents");

        double enriched1 = counter(enrich1, "archive_enrich_documents_total", "enriched");
        double enriched2 = counter(enrich2, "archive_enrich_documents_total", "enriched");
        double indexed1 = counter(search1, "archive_search_documents_total", "indexed")
                + counter(search1, "archive_search_documents_total", "stale");
        double indexed2 = counter(search2, "archive_search_documents_total", "indexed")
                + counter(search2, "archive_search_documents_total", "stale");
        System.out.printf("scale-out: %d documents; enriched %.0f + %.0f, indexed %.0f + %.0f (above %d: documents"
                + " enriched again after the authority file learnt their names, and events redelivered at a rebalance;"
                + " absorbed by the document id and its version)%n", total, enriched1, enriched2,
                indexed1, indexed2, total);
        assertTrue(enriched1 > 0 && enriched2 > 0, "both enrich instances took documents: " + enriched1 + ", " + enriched2);
        assertTrue(indexed1 > 0 && indexed2 > 0, "both search instances took documents: " + indexed1 + ", " + indexed2);
        assertTrue(enriched1 + enriched2 >= total && indexed1 + indexed2 >= total, "nothing skipped");
        assertEquals(0, counter(enrich1, "archive_enrich_documents_total", "failed")
                + counter(enrich2, "archive_enrich_documents_total", "failed"), "nothing dead-lettered");
    }

    private static double counter(ServiceProcess service, String name, String outcome) {
        return service.counter(name, "outcome", outcome);
    }

    private ServiceProcess start(ArchiveService service, Path root, ArchiveService.Wiring wiring, int port, Path logDir) {
        ServiceProcess process = ServiceProcess.start(service, root, wiring, port, logDir, List.of("-Xmx512m"));
        services.add(process);
        return process;
    }

    private static void uploadSeedCopies(ArchiveClient archive, String collection, int from, int count,
            Set<String> ids) throws IOException {
        byte[] seed = seed();
        for (int i = from; i < from + count; i++) {
            byte[] copy = (new String(seed, StandardCharsets.UTF_8) + "\nCopy " + i + " of " + collection + ".\n")
                    .getBytes(StandardCharsets.UTF_8);
            String id = archive.upload("appeal-" + i + ".txt", copy, "text/plain", collection).then().statusCode(202)
                    .extract().jsonPath().getString("id");
            ids.add(id);
        }
    }

    private static byte[] seed() throws IOException {
        try (InputStream in = ScaleOutIT.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return in.readAllBytes();
        }
    }
}
