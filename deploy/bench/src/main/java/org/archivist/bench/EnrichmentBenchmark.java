package org.archivist.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.archivist.events.DocumentReceived;
import org.archivist.events.Topics;
import org.archivist.servers.LocalServers;
import org.archivist.stack.ArchiveService;
import org.archivist.stack.ServiceProcess;

/**
 * Throughput and memory of the packaged enrich-service on seed-size documents: real Kafka (topics of two
 * partitions) and PostgreSQL started here, the service as its own process, {@code N} DocumentReceived events
 * of the seed with its persons renamed ({@link TranscriptionGenerator#seedSized}), timed from the first event
 * sent to the last DocumentEnriched read, after {@code W} others (300) that warm the service up and are not
 * counted. Arguments: {@code N P W} (P: partitions). Prints documents and tokens per second, the time to ready, and the
 * service's resident memory at rest and at its peak. Run it with the command in the README.
 */
public final class EnrichmentBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\\p{L}+|\\p{N}+|[^\\s\\p{L}\\p{N}]");

    private EnrichmentBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int documents = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int partitions = args.length > 1 ? Integer.parseInt(args[1]) : 2;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        Path root = Path.of(System.getProperty("archive.root", ".")).toAbsolutePath().normalize();
        Path data = Files.createTempDirectory("enrichment-benchmark");
        ObjectMapper json = new ObjectMapper().registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
        TranscriptionGenerator generator = new TranscriptionGenerator(1924);
        List<TranscriptionGenerator.Transcription> warming = java.util.stream.Stream.generate(generator::seedSized)
                .limit(warmup).toList();
        List<TranscriptionGenerator.Transcription> corpus = java.util.stream.Stream.generate(generator::seedSized)
                .limit(documents).toList();
        long tokens = corpus.stream().mapToLong(t -> count(new String(t.bytes(), java.nio.charset.StandardCharsets.UTF_8)))
                .sum();

        try (LocalServers servers = LocalServers.start(data, EnumSet.of(LocalServers.Server.KAFKA,
                LocalServers.Server.POSTGRES), LocalServers.PortPlan.ANY_FREE, partitions)) {
            String kafka = servers.kafka().bootstrapServers();
            ArchiveService.Wiring wiring = new ArchiveService.Wiring(kafka, "localhost:1", servers.postgres().jdbcUrl(),
                    servers.postgres().username(), servers.postgres().password(), "http://localhost:1",
                    UUID.randomUUID().toString());
            int port = org.archivist.servers.Ports.free();
            long starting = System.nanoTime();
            try (ServiceProcess enrich = ServiceProcess.start(ArchiveService.ENRICH, root, wiring, port,
                    data.resolve("logs"), jvmOptions());
                    ProcessMemory memory = new ProcessMemory(enrich.pid())) {
                enrich.awaitReady(Duration.ofMinutes(2));
                double ready = (System.nanoTime() - starting) / 1e9;
                Thread.sleep(3000);
                long atRest = memory.nowMb();
                memory.resetPeak();

                // Documents of their own first, so that the JIT has compiled the hot paths, as in a service that
                // has run a while; they are not counted.
                if (warmup > 0) {
                    send(kafka, json, warming);
                    awaitEnriched(kafka, warmup, Duration.ofMinutes(30));
                }
                long start = System.nanoTime();
                send(kafka, json, corpus);
                int enriched = awaitEnriched(kafka, warmup + documents, Duration.ofMinutes(30)) - warmup;
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("enrich-service, %d seed-size documents (%.0f tokens each) after %d to warm up, %d partitions:%n",
                        documents, tokens / (double) documents, warmup, partitions);
                System.out.printf("  enriched %d in %.1f s: %.1f documents/s, %.0f tokens/s%n", enriched, seconds,
                        enriched / seconds, tokens * (enriched / (double) documents) / seconds);
                System.out.printf("  ready in %.1f s (process start to /q/health/ready); RSS at rest %d MB, peak under load %d MB%n",
                        ready, atRest, memory.peakMb());
            }
        }
    }

    /** The service's JVM options: a heap for the NER model, and what ARCHIVE_BENCH_JVM_OPTIONS adds (a profiler, say). */
    static List<String> jvmOptions() {
        List<String> options = new java.util.ArrayList<>(List.of("-Xmx768m"));
        String extra = System.getenv("ARCHIVE_BENCH_JVM_OPTIONS");
        if (extra != null && !extra.isBlank()) {
            options.addAll(List.of(extra.trim().split("\\s+")));
        }
        return options;
    }

    private static long count(String text) {
        Matcher m = TOKEN.matcher(text);
        long n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void send(String kafka, ObjectMapper json, List<TranscriptionGenerator.Transcription> documents)
            throws Exception {
        try (KafkaProducer<String, String> producer = producer(kafka)) {
            for (TranscriptionGenerator.Transcription t : documents) {
                UUID id = UUID.randomUUID();
                DocumentReceived event = new DocumentReceived(UUID.randomUUID(), DocumentReceived.SCHEMA_VERSION,
                        id, t.fileName(), t.mediaType(), t.bytes().length, Integer.toHexString(t.hashCode()),
                        Instant.now(), t.bytes(), null);
                producer.send(new ProducerRecord<>(Topics.DOCUMENTS_RECEIVED, id.toString(),
                        json.writeValueAsString(event)));
            }
        }
    }

    private static KafkaProducer<String, String> producer(String kafka) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 2 * 1024 * 1024);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return new KafkaProducer<>(config, new StringSerializer(), new StringSerializer());
    }

    private static int awaitEnriched(String kafka, int documents, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        Set<String> seen = new HashSet<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.DOCUMENTS_ENRICHED));
            while (seen.size() < documents && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> seen.add(r.key()));
            }
        }
        return seen.size();
    }
}
