package org.archivist.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptionGeneratorTest {

    @Test
    void shouldMakeTheSameDocumentsFromTheSameSeedNumber() {
        TranscriptionGenerator a = new TranscriptionGenerator(7);
        TranscriptionGenerator b = new TranscriptionGenerator(7);
        for (int i = 0; i < 20; i++) {
            assertArrayEquals(a.next().bytes(), b.next().bytes());
        }
        assertArrayEquals(a.seedSized().bytes(), b.seedSized().bytes());
    }

    @Test
    void shouldVaryLengthFormatLanguageAndFootnotes() {
        TranscriptionGenerator generator = new TranscriptionGenerator(1924);
        List<TranscriptionGenerator.Transcription> all = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            all.add(generator.next());
        }
        int shortest = all.stream().mapToInt(t -> t.bytes().length).min().orElseThrow();
        int longest = all.stream().mapToInt(t -> t.bytes().length).max().orElseThrow();
        assertTrue(shortest >= 1_000 && shortest < 3_000, "from about 1 KB: " + shortest);
        assertTrue(longest > 100_000 && longest < 220_000, "to about 200 KB: " + longest);
        assertTrue(all.stream().anyMatch(t -> t.mediaType().equals("text/html")));
        assertTrue(all.stream().anyMatch(t -> t.language().equals("de")));
        assertTrue(all.stream().anyMatch(t -> t.language().equals("fr")));
        assertTrue(all.stream().anyMatch(t -> text(t).contains("Notes\n")), "note lists");
        assertTrue(all.stream().anyMatch(t -> text(t).contains("The Executive Committee:")), "signatory lists");
        assertTrue(all.stream().anyMatch(t -> text(t).contains("Text taken from the Vol.")), "citations");
        assertTrue(all.stream().anyMatch(t -> text(t).contains("Sinowjew")) && all.stream().anyMatch(
                t -> text(t).contains("Zinoviev")), "names in several spellings");
    }

    @Test
    void shouldRenameTheSeedsPersonsInSeedSizedDocuments() {
        TranscriptionGenerator generator = new TranscriptionGenerator(1);
        String seed = TranscriptionGenerator.seed();
        String renamed = text(generator.seedSized());
        assertNotEquals(seed, renamed);
        assertTrue(!renamed.contains("Miasnikov") && renamed.contains("Workers' Dreadnought"));
        assertTrue(Math.abs(renamed.length() - seed.length()) < seed.length() / 10, "seed-size");
    }

    private static String text(TranscriptionGenerator.Transcription t) {
        return new String(t.bytes(), StandardCharsets.UTF_8);
    }
}
