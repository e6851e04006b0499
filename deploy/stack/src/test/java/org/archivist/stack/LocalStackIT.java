package org.archivist.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.archivist.servers.Folders;
import org.archivist.servers.Ports;
import org.junit.jupiter.api.Test;

/**
 * The README's first command, run as a user runs it: {@code deploy/stack.sh up} brings up the servers and
 * the services, answers an upload and a search, and {@code deploy/stack.sh down} stops everything.
 */
class LocalStackIT {

    private final Path root = Path.of(System.getProperty("archive.root")).toAbsolutePath();

    @Test
    void shouldRunTheWholeStackWithOneCommandAndStopItWithAnother() throws Exception {
        Path data = Folders.recreate(root.resolve("deploy/stack/target/local-stack-it"));
        Map<String, String> env = new HashMap<>();
        env.put("ARCHIVE_STACK_DATA", data.toString());
        Map<String, Integer> ports = new HashMap<>();
        for (String name : List.of("KAFKA", "ELASTICSEARCH", "POSTGRES", "INGEST", "ENRICH", "SEARCH")) {
            ports.put(name, Ports.free());
            env.put("ARCHIVE_STACK_" + name + "_PORT", Integer.toString(ports.get(name)));
        }

        Process up = command(env, "up", "--no-build");
        List<String> output = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = follow(up.getInputStream(), output, ready);
        try {
            assertTrue(ready.await(4, TimeUnit.MINUTES) && up.isAlive(),
                    "the stack did not say it was ready:\n" + String.join("\n", output));
            String printed = String.join("\n", output);
            assertTrue(printed.contains("http://localhost:" + ports.get("INGEST")), printed);
            assertTrue(printed.contains("http://localhost:" + ports.get("SEARCH")), printed);

            String apiKey = output.stream().filter(l -> l.startsWith("API key: ")).findFirst()
                    .map(l -> l.substring("API key: ".length()).split("\\s+")[0]).orElseThrow();
            assertTrue(printed.contains("(generated, kept in"), "a key is generated when ARCHIVE_API_KEY is unset");
            assertEquals(apiKey, Files.readString(data.resolve("api-key")).strip());
            ArchiveClient archive = new ArchiveClient("http://localhost:" + ports.get("INGEST"),
                    "http://localhost:" + ports.get("SEARCH"), apiKey);
            assertEquals(401, new ArchiveClient("http://localhost:" + ports.get("INGEST"), "", "wrong-key")
                    .upload("wrong-key.txt", "x".getBytes(StandardCharsets.UTF_8), "text/plain").statusCode(),
                    "the stack's ingest-service checks the key");
            byte[] seed;
            try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
                seed = in.readAllBytes();
            }
            String id = archive.upload("000_2066ab160ef91d65.txt", seed, "text/plain").then().statusCode(202)
                    .extract().jsonPath().getString("id");
            archive.awaitSearch("Myasnikov", ArchiveClient.hasHit(id), Duration.ofSeconds(60));

            Process down = command(env, "down");
            assertTrue(down.waitFor(4, TimeUnit.MINUTES), "down did not return");
            assertEquals(0, down.exitValue(), new String(down.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
            assertTrue(up.waitFor(1, TimeUnit.MINUTES), "up did not end after down");
            reader.join(10_000);
            assertTrue(String.join("\n", output).contains("Stopped."), String.join("\n", output));
            for (Map.Entry<String, Integer> port : ports.entrySet()) {
                Ports.requireFree(port.getValue(), port.getKey() + " after down");
            }
            assertTrue(!Files.exists(data.resolve("stack.pid")), "the pid file is removed");
        } finally {
            if (up.isAlive()) {
                command(env, "down").waitFor(4, TimeUnit.MINUTES);
                up.destroyForcibly();
            }
        }
    }

    private Process command(Map<String, String> env, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(root.resolve("deploy/stack.sh").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(root.toFile()).redirectErrorStream(true);
        builder.environment().remove("ARCHIVE_API_KEY");
        builder.environment().putAll(env);
        return builder.start();
    }

    private static Thread follow(InputStream in, List<String> output, CountDownLatch ready) {
        Thread thread = new Thread(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    System.out.println("[stack] " + line);
                    output.add(line);
                    if (line.startsWith("Ctrl-C here")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the process ended
            } finally {
                ready.countDown();
            }
        }, "stack-output");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }
}
