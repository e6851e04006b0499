package org.archivist.ingest.folder;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.archivist.ingest.intake.FileFacts;
import org.archivist.ingest.persistence.StoredDocument;
import org.archivist.servers.Folders;
import org.archivist.testsupport.ApiKeyResource;
import org.archivist.testsupport.KafkaResource;
import org.archivist.testsupport.PostgresResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(DropFolderTest.WatchedFolder.class)
@QuarkusTestResource(PostgresResource.class)
@QuarkusTestResource(KafkaResource.class)
@QuarkusTestResource(ApiKeyResource.class)
class DropFolderTest {

    static final Path FOLDER = Folders.recreate(Path.of("target", "drop-folder-test").toAbsolutePath());

    public static class WatchedFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("archive.ingest.drop-folder.path", FOLDER.toString(),
                    "archive.ingest.drop-folder.poll-interval", "1s",
                    "archive.ingest.drop-folder.settle-time", "1s",
                    "archive.ingest.drop-folder.collection", "dropped");
        }
    }

    @Test
    void shouldIngestAFileCopiedInAndMoveItToProcessed() throws Exception {
        byte[] bytes = ("Copied into the drop folder " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        Files.write(FOLDER.resolve("dropped.txt"), bytes);

        await(() -> Files.exists(FOLDER.resolve("processed/dropped.txt")));

        StoredDocument stored = QuarkusTransaction.requiringNew().call(
                () -> StoredDocument.findBySha256(FileFacts.sha256(bytes)).orElseThrow());
        assertTrue("dropped".equals(stored.collection), "the folder's collection");
        assertTrue(!Files.exists(FOLDER.resolve("dropped.txt")));
    }

    @Test
    void shouldMoveARefusedFileToFailedWithItsReason() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        Files.write(FOLDER.resolve("scan.png"), png);
        Files.write(FOLDER.resolve("empty.txt"), new byte[0]);

        await(() -> Files.exists(FOLDER.resolve("failed/scan.png.reason.txt"))
                && Files.exists(FOLDER.resolve("failed/empty.txt.reason.txt")));

        String reason = Files.readString(FOLDER.resolve("failed/scan.png.reason.txt"));
        assertTrue(reason.contains("urn:archive:problem:unsupported-media-type") && reason.contains("image/png"), reason);
        assertTrue(Files.readString(FOLDER.resolve("failed/empty.txt.reason.txt")).contains("empty-file"));
        assertTrue(Files.exists(FOLDER.resolve("failed/scan.png")), "the file itself is kept");
    }

    private static void await(BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the drop folder did not get there: " + list());
            }
            Thread.sleep(200);
        }
    }

    private static String list() {
        try (var files = Files.walk(FOLDER)) {
            return files.map(FOLDER::relativize).map(Path::toString).toList().toString();
        } catch (IOException e) {
            return e.toString();
        }
    }
}
