package org.archivist.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to and reads records from the test Kafka, as another service would. */
public final class EventProbe {

    private EventProbe() {
    }

    /** Sends one record and waits until Kafka acknowledged it. */
    public static void send(String topic, String key, String value) {
        Properties config = new Properties();
        config.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        } catch (Exception e) {
            throw new IllegalStateException("cannot send to " + topic, e);
        }
    }

    /**
     * Every record with {@code key} on {@code topic}, reading from the start until at least one is there
     * and then for one more poll, or until {@code timeout}.
     */
    public static List<ConsumerRecord<String, String>> records(String topic, String key, Duration timeout) {
        return matching(topic, r -> key.equals(r.key()), timeout);
    }

    /**
     * Every record on {@code topic} that {@code wanted} accepts, reading from the start until at least one is
     * there and then for one more poll, or until {@code timeout}.
     */
    public static List<ConsumerRecord<String, String>> matching(String topic,
            java.util.function.Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestServers.kafkaBootstrapServers());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024);
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + timeout.toNanos();
            boolean oneMore = true;
            while (System.nanoTime() < deadline && (found.isEmpty() || oneMore)) {
                if (!found.isEmpty()) {
                    oneMore = false;
                }
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
