package org.archivist.enrich.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.Icu4jEncodingDetector;

/**
 * Tika's encoding detection, made surer for transcriptions. Valid UTF-8 is UTF-8. Where Tika's first guess
 * is Latin-1 (its fallback for single-byte text), ICU's language-aware detector decides between the
 * Western and Central European encodings (e.g. ISO-8859-2 for Czech). Then the rule browsers follow
 * (WHATWG Encoding): Latin-1 is read as windows-1252, its superset, so that the curly quotes and dashes of
 * a Windows transcription come out as such and not as invisible control characters.
 */
final class TranscriptionEncodingDetector implements EncodingDetector {

    /** How much of the file is read to decide; UTF-8 that is valid this far is taken for UTF-8. */
    private static final int SAMPLE_BYTES = 1 << 20;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final EncodingDetector tika = TikaConfig.getDefaultConfig().getEncodingDetector();
    private final EncodingDetector icu = new Icu4jEncodingDetector();

    @Override
    public Charset detect(InputStream input, Metadata metadata) throws IOException {
        if (input != null && isUtf8(input)) {
            return StandardCharsets.UTF_8;
        }
        Charset detected = tika.detect(input, metadata);
        if (StandardCharsets.ISO_8859_1.equals(detected) || WINDOWS_1252.equals(detected)) {
            Charset second = icu.detect(input, metadata);
            detected = second != null && second.name().startsWith("ISO-8859") || WINDOWS_1252.equals(second)
                    ? second : detected;
        }
        return StandardCharsets.ISO_8859_1.equals(detected) ? WINDOWS_1252 : detected;
    }

    /**
     * Non-ASCII text that decodes as strict UTF-8 is UTF-8: in other encodings such byte sequences are
     * practically never valid. Tika's statistical guess can miss it in long texts with few accents.
     */
    private static boolean isUtf8(InputStream input) throws IOException {
        input.mark(SAMPLE_BYTES);
        try {
            byte[] sample = input.readNBytes(SAMPLE_BYTES);
            boolean ascii = true;
            for (byte b : sample) {
                if (b < 0) {
                    ascii = false;
                    break;
                }
            }
            if (ascii) {
                return false;
            }
            int end = sample.length;
            if (end == SAMPLE_BYTES) {
                // The sample may end inside a character: leave out a trailing incomplete sequence.
                int back = 0;
                while (back < 3 && end > 0 && (sample[end - 1] & 0xC0) == 0x80) {
                    end--;
                    back++;
                }
                if (end > 0 && (sample[end - 1] & 0xC0) == 0xC0) {
                    end--;
                }
            }
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(sample, 0, end));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        } finally {
            input.reset();
        }
    }
}
