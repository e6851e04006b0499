package org.archivist.ingest.folder;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.archivist.events.SourceMetadata;
import org.archivist.ingest.config.IngestConfig;
import org.archivist.ingest.intake.InvalidUpload;
import org.archivist.ingest.service.DocumentIntake;

/**
 * A watched folder: files copied into it are ingested as if uploaded, then moved to {@code processed/}, or
 * to {@code failed/} with a {@code .reason.txt} beside them. A file is taken once it has not changed for
 * the settle time (so that a copy in progress is left alone). When the archive itself fails (database
 * down), the file stays where it is and is tried again on the next round: nothing dropped is lost.
 */
@ApplicationScoped
public class DropFolder {

    private final IngestConfig config;
    private final DocumentIntake intake;

    public DropFolder(IngestConfig config, DocumentIntake intake) {
        this.config = config;
        this.intake = intake;
    }

    @Scheduled(every = "${archive.ingest.drop-folder.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        config.dropFolder().path().ifPresent(this::takeNewFiles);
    }

    void takeNewFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        Instant settledBefore = Instant.now().minus(config.dropFolder().settleTime());
        List<Path> files;
        try (Stream<Path> entries = Files.list(folder)) {
            files = entries.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .filter(p -> lastModified(p).isBefore(settledBefore))
                    .sorted().toList();
        } catch (IOException e) {
            Log.warnf("cannot list the drop folder %s: %s", folder, e.getMessage());
            return;
        }
        for (Path file : files) {
            take(folder, file);
        }
    }

    private void take(Path folder, Path file) {
        String name = file.getFileName().toString();
        try {
            // The same bound as one HTTP request; the checks per file follow in prepare().
            if (Files.size(file) > config.maxRequestBytes()) {
                throw new InvalidUpload(InvalidUpload.Kind.REQUEST_TOO_LARGE, "'" + name + "' has " + Files.size(file)
                        + " bytes; the limit is " + config.maxRequestBytes() + " (archive.ingest.max-request-bytes).");
            }
            byte[] bytes = Files.readAllBytes(file);
            DocumentIntake.BatchIntake result = intake.accept(intake.prepare(name, bytes),
                    new SourceMetadata(null, null, null, null, config.dropFolder().collection().orElse(null), List.of()));
            move(file, folder.resolve("processed"));
            Log.infof("drop folder: took %s (%d document(s))", name, result.documents().size());
        } catch (InvalidUpload e) {
            try {
                Path target = move(file, folder.resolve("failed"));
                Files.writeString(target.resolveSibling(target.getFileName() + ".reason.txt"),
                        "urn:archive:problem:" + e.kind().slug + "\n" + e.kind().title + "\n" + e.getMessage() + "\n",
                        StandardCharsets.UTF_8);
                Log.warnf("drop folder: refused %s: %s", name, e.getMessage());
            } catch (IOException io) {
                Log.errorf("drop folder: cannot move %s to failed/: %s", name, io.getMessage());
            }
        } catch (IOException | RuntimeException e) {
            Log.warnf("drop folder: %s stays for the next round: %s", name, e.toString());
        }
    }

    /** Moves the file into {@code target}, with a time stamp in its name if that name is taken. */
    private static Path move(Path file, Path target) throws IOException {
        Files.createDirectories(target);
        Path destination = target.resolve(file.getFileName());
        if (Files.exists(destination)) {
            destination = target.resolve(Instant.now().toEpochMilli() + "-" + file.getFileName());
        }
        return Files.move(file, destination, StandardCopyOption.ATOMIC_MOVE);
    }

    private static Instant lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.now();
        }
    }
}
