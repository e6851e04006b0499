package org.archivist.enrich.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

/**
 * Tika's encoding detection, made surer for single-byte European transcriptions. Where Tika's first guess
 * is Latin-1 (its fallback for single-byte text), ICU's language-aware detector decides between the
 * Western and Central European encodings (e.g. ISO-8859-2 for Czech). Then the rule browsers follow
 * (WHATWG Encoding): Latin-1 is read as windows-1252, its superset, so that the curly quotes and dashes of
 * a Windows transcription come out as such and not as invisible control characters.
 */
final class TranscriptionEncodingDetector implements EncodingDetector {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector tika = TikaConfig.getDefaultConfig().getEncodingDetector();
    private final EncodingDetector icu = new Icu4jEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        Charset detected = tika.detect(input, metadata);
        if (StandardCharsets.ISO_8859_1.equals(detected) || WINDOWS_1252.equals(detected)) {
            Charset second = icu.detect(input, metadata);
            detected = second != null && second.name().startsWith("ISO-8859") || WINDOWS_1252.equals(second)
                    ? second : detected;
        }
        return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
    }
}
