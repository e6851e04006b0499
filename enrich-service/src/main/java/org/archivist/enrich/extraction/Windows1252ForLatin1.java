package org.archivist.enrich.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;

/**
 * Tika's encoding detection, with the rule browsers follow (WHATWG Encoding): text that looks like
 * ISO-8859-1 is read as windows-1252, its superset, so that the curly quotes and dashes of a Windows
 * transcription come out as such and not as invisible control characters.
 */
final class Windows1252ForLatin1 implements EncodingDetector {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector delegate = TikaConfig.getDefaultConfig().getEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset detected = delegate.detect(input, metadata);
        return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
    }
}
