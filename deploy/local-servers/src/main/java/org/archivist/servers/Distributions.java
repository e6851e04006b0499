package org.archivist.servers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the real server distributions are: laid out by the deploy/server-dist module at build time,
 * overridable with the system properties {@code archive.kafka.libs} and {@code archive.elasticsearch.home}.
 */
public final class Distributions {

    private static final Properties BUILT = load();

    private Distributions() {
    }

    public static Path kafkaLibs() {
        return existing("kafka.libs");
    }

    public static Path elasticsearchHome() {
        return existing("elasticsearch.home");
    }

    private static Path existing(String key) {
        String value = System.getProperty("archive." + key, BUILT.getProperty(key));
        Path path = Path.of(value).normalize();
        if (!Files.isDirectory(path)) {
            throw new IllegalStateException("No " + key + " at " + path
                    + ": build deploy/server-dist first (./mvnw -pl deploy/server-dist generate-resources)");
        }
        return path;
    }

    private static Properties load() {
        Properties properties = new Properties();
        try (InputStream in = Distributions.class.getResourceAsStream("distributions.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
