package org.archivist.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.archivist.events.Topics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * deploy/docker-compose.yml is valid for docker-compose (checked by docker-compose itself, which needs no
 * engine for that) and wires the services with the settings they actually read.
 */
class ComposeFileTest {

    private static final Path ROOT = Path.of(System.getProperty("archive.root")).toAbsolutePath();
    private static final Path COMPOSE = ROOT.resolve("deploy/docker-compose.yml");
    private static final Map<String, String> SECRETS = Map.of("ARCHIVE_DB_PASSWORD", "only-for-this-test",
            "ARCHIVE_API_KEY", "only-for-this-test");
    private static JsonNode resolved;

    @BeforeAll
    static void resolveWithDockerCompose() throws Exception {
        Result config = dockerCompose(SECRETS, "config");
        assertEquals(0, config.exitCode, config.output);
        resolved = new ObjectMapper(new YAMLFactory()).readTree(config.output);
    }

    @Test
    void shouldBeValidForDockerCompose() throws Exception {
        Result quiet = dockerCompose(SECRETS, "config", "-q");
        assertEquals(0, quiet.exitCode, quiet.output);
    }

    @Test
    void shouldRefuseToStartWithoutSecretsFromTheEnvironment() throws Exception {
        Result noPassword = dockerCompose(Map.of("ARCHIVE_API_KEY", "k"), "config", "-q");
        assertNotEquals(0, noPassword.exitCode);
        assertTrue(noPassword.output.contains("ARCHIVE_DB_PASSWORD"), noPassword.output);
        Result noKey = dockerCompose(Map.of("ARCHIVE_DB_PASSWORD", "p"), "config", "-q");
        assertNotEquals(0, noKey.exitCode);
        assertTrue(noKey.output.contains("ARCHIVE_API_KEY"), noKey.output);
        assertFalse(java.util.regex.Pattern.compile("(?m)^\\s*[A-Z_]*(PASSWORD|API_KEY):\\s*(?!\\$\\{)\\S")
                .matcher(Files.readString(COMPOSE)).find(), "no literal password in the compose file");
    }

    @Test
    void shouldSetOnlyVariablesThatTheServicesRead() throws IOException {
        for (ArchiveService service : ArchiveService.values()) {
            Set<String> readable = environmentNames(applicationProperties(service));
            JsonNode environment = resolved.at("/services/" + service.module + "/environment");
            assertFalse(environment.isMissingNode(), service.module + " has an environment");
            for (Iterator<String> names = environment.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                assertTrue(readable.contains(name), service.module + " reads no property for " + name
                        + " (it reads " + new TreeSet<>(readable) + ")");
            }
        }
    }

    @Test
    void shouldSetTheSameVariablesAsTheLocalStack() {
        Map<ArchiveService, Integer> ports = new java.util.EnumMap<>(ArchiveService.class);
        for (ArchiveService service : ArchiveService.values()) {
            ports.put(service, service.defaultPort);
        }
        ArchiveService.Wiring wiring = new ArchiveService.Wiring("k", "e", "j", "u", "p", "i", "a").onPorts(ports);
        for (ArchiveService service : ArchiveService.values()) {
            Set<String> compose = new HashSet<>();
            resolved.at("/services/" + service.module + "/environment").fieldNames().forEachRemaining(compose::add);
            Set<String> local = new HashSet<>(service.environment(wiring, service.defaultPort).keySet());
            local.remove("QUARKUS_HTTP_PORT");
            assertEquals(local, compose, service.module);
        }
    }

    @Test
    void shouldPublishEachServiceOnThePortItListensOn() throws IOException {
        for (ArchiveService service : ArchiveService.values()) {
            String port = applicationProperties(service).getProperty("quarkus.http.port");
            assertEquals(Integer.toString(service.defaultPort), port, service.module);
            // docker-compose 1.x prints "127.0.0.1:8081:8081/tcp"; the compose spec's long form has fields.
            JsonNode published = resolved.at("/services/" + service.module + "/ports/0");
            String[] parts = published.isTextual() ? published.asText().replace("/tcp", "").split(":") : null;
            assertEquals(port, parts != null ? parts[parts.length - 1] : published.path("target").asText(), service.module);
            assertEquals(port, parts != null ? parts[parts.length - 2] : published.path("published").asText(), service.module);
            assertTrue(Files.exists(ROOT.resolve(service.module).resolve("src/main/docker/Dockerfile.jvm")));
        }
    }

    @Test
    void shouldStartEachServiceOnlyOnceWhatItNeedsIsHealthy() {
        for (String name : List.of("postgres", "kafka", "elasticsearch", "ingest-service", "enrich-service",
                "search-service")) {
            assertFalse(resolved.at("/services/" + name + "/healthcheck/test").isMissingNode(), name + " healthcheck");
        }
        assertEquals(Set.of("postgres", "kafka", "kafka-init"), dependencies("ingest-service"));
        assertEquals(Set.of("postgres", "kafka", "kafka-init", "ingest-service"), dependencies("enrich-service"));
        assertEquals(Set.of("kafka", "kafka-init", "elasticsearch"), dependencies("search-service"));
        for (String service : List.of("ingest-service", "enrich-service", "search-service")) {
            resolved.at("/services/" + service + "/depends_on").fields().forEachRemaining(d -> assertEquals(
                    d.getKey().equals("kafka-init") ? "service_completed_successfully" : "service_healthy",
                    d.getValue().path("condition").asText(), service + " on " + d.getKey()));
            assertTrue(resolved.at("/services/" + service + "/read_only").asBoolean(), service + " read-only");
        }
    }

    @Test
    void shouldRunEachServiceAsAUserThatIsNotRoot() throws IOException {
        for (String service : List.of("ingest-service", "enrich-service", "search-service")) {
            List<String> users = java.nio.file.Files.readAllLines(ROOT.resolve(service + "/src/main/docker/Dockerfile.jvm"))
                    .stream().map(String::strip).filter(l -> l.startsWith("USER ")).toList();
            assertFalse(users.isEmpty(), service + "'s image names its user");
            String user = users.get(users.size() - 1).substring(5).strip();
            assertFalse(Set.of("root", "0", "0:0").contains(user), service + " runs as " + user);
            assertTrue(resolved.at("/services/" + service + "/user").isMissingNode()
                    || !Set.of("root", "0", "0:0").contains(resolved.at("/services/" + service + "/user").asText()),
                    service + ": the compose file does not make it root");
        }
    }

    @Test
    void shouldKeepStateInNamedVolumesAndVersionsInTheEnvFile() throws IOException {
        assertEquals(Set.of("postgres-data", "kafka-data", "elasticsearch-data"), names(resolved.path("volumes")));
        String raw = Files.readString(COMPOSE);
        for (String image : List.of("${POSTGRES_IMAGE}", "${KAFKA_IMAGE}", "${ELASTICSEARCH_IMAGE}")) {
            assertTrue(raw.contains("image: " + image), image);
        }
        Properties env = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("deploy/.env"))) {
            env.load(in);
        }
        assertEquals("apache/kafka:4.1.1", env.getProperty("KAFKA_IMAGE"));
        assertTrue(env.getProperty("ELASTICSEARCH_IMAGE").endsWith(":8.19.21"));
        assertFalse(env.stringPropertyNames().stream().anyMatch(k -> k.contains("PASSWORD") || k.contains("KEY")),
                "no secret in .env");
    }

    @Test
    void shouldCreateEveryTopicTheServicesUse() throws IOException {
        String init = resolved.at("/services/kafka-init/command/0").asText();
        Set<String> used = new TreeSet<>();
        for (ArchiveService service : ArchiveService.values()) {
            Properties properties = applicationProperties(service);
            properties.stringPropertyNames().stream().filter(k -> k.matches("mp\\.messaging\\..*\\.topic"))
                    // with the default, empty ARCHIVE_KAFKA_PREFIX
                    .map(properties::getProperty).map(t -> t.replace("${archive.kafka.prefix:}", ""))
                    .forEach(used::add);
        }
        assertEquals(new TreeSet<>(Topics.ALL), used, "services use exactly the contract's topics");
        for (String topic : Topics.ALL) {
            assertTrue(init.contains(topic), "kafka-init creates " + topic);
        }
        assertTrue(init.contains("max.message.bytes=" + Topics.MAX_MESSAGE_BYTES), "topics take whole documents");
    }

    private static Set<String> dependencies(String service) {
        return names(resolved.at("/services/" + service + "/depends_on"));
    }

    private static Set<String> names(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Properties applicationProperties(ArchiveService service) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(
                ROOT.resolve(service.module).resolve("src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    /** MicroProfile Config's environment form of each property: upper case, every other character '_'. */
    private static Set<String> environmentNames(Properties properties) {
        Set<String> names = new HashSet<>();
        for (String key : properties.stringPropertyNames()) {
            names.add(key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase());
        }
        return names;
    }

    private record Result(int exitCode, String output) {
    }

    private static Result dockerCompose(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("docker-compose", "-f", COMPOSE.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(COMPOSE.getParent().toFile());
        Map<String, String> environment = new HashMap<>(builder.environment());
        environment.remove("ARCHIVE_DB_PASSWORD");
        environment.remove("ARCHIVE_API_KEY");
        builder.environment().clear();
        builder.environment().putAll(environment);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("docker-compose is needed to validate deploy/docker-compose.yml "
                    + "(Debian: apt-get install docker-compose; .ci/run installs it)", e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "docker-compose config did not return");
        return new Result(process.exitValue(), output);
    }
}
