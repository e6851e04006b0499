package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import edu.stanford.nlp.ling.CoreLabel;

class NerModelTest {

    private final NerModel model = NerModel.shared();

    private static List<String> spans(List<Mention> mentions) {
        return mentions.stream().map(m -> m.type() + ":" + m.start() + "-" + m.end() + ":" + m.surface()).toList();
    }

    private static List<String> found(List<Mention> mentions) {
        return mentions.stream().map(m -> m.type() + ":" + m.surface()).toList();
    }

    /** Prints {@link NerModel#featureExtractionCompiled()} of the JVM it runs in. */
    public static final class CompiledProbe {
        public static void main(String[] args) {
            System.out.print(NerModel.featureExtractionCompiled());
        }
    }

    private static String probe(String option) throws Exception {
        Process java = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), option,
                "-cp", System.getProperty("java.class.path"), CompiledProbe.class.getName())
                .redirectErrorStream(true).start();
        String out = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertEquals(0, java.waitFor(), out);
        return out;
    }

    @Test
    void shouldTellWhetherTheJvmCompilesTheFeatureExtraction() throws Exception {
        assertEquals("true", probe("-XX:-DontCompileHugeMethods"));
        assertEquals("false", probe("-XX:+DontCompileHugeMethods"));
        // and the tests themselves run as the service does (the argLine of this module's pom)
        assertTrue(NerModel.featureExtractionCompiled());
    }

    @Test
    void shouldFindOnTheSeedExactlyWhatWholeSentencesGiveWhileReadingOnlyTheWindowsAroundCapitals() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int tokens = 0;
        int read = 0;
        for (List<CoreLabel> sentence : NerModel.sentences(seed)) {
            tokens += sentence.size();
            read += NerModel.candidateWindows(sentence).stream().mapToInt(List::size).sum();
        }

        // the same names at the same places; the marginal probabilities may differ in the last digits
        assertEquals(spans(model.wholeSentences().find(seed)), spans(model.find(seed)));
        assertTrue(read < tokens * 0.9, "the windows leave out text: " + read + " of " + tokens + " tokens");
    }

    @Test
    void shouldMakeNoWindowForASentenceWithoutCapitalsAndJoinOverlappingOnes() {
        List<CoreLabel> lower = NerModel.sentences("there is nothing here but words in lower case , and 1923 .").get(0);
        List<CoreLabel> two = NerModel.sentences(
                "one two three four five six seven Lenin eight nine ten eleven twelve thirteen fourteen fifteen "
                        + "sixteen seventeen eighteen nineteen Moscow Riga end").get(0);

        assertEquals(List.of(), NerModel.candidateWindows(lower));
        List<List<CoreLabel>> windows = NerModel.candidateWindows(two);
        assertEquals(2, windows.size(), windows.toString());
        assertEquals("three", windows.get(0).get(0).word());
        assertEquals("twelve", windows.get(0).get(windows.get(0).size() - 1).word());
        assertEquals("fifteen", windows.get(1).get(0).word(), "Moscow and Riga share one window");
        assertEquals("end", windows.get(1).get(windows.get(1).size() - 1).word());
    }

    @Test
    void shouldCutAnEndlessRunOfCapitalsIntoWindowsOfBoundedLengthThatDoNotOverlap() {
        List<CoreLabel> endless = NerModel.sentences("Comrades Lenin and Trotsky ".repeat(2_000)).get(0);

        List<List<CoreLabel>> windows = NerModel.candidateWindows(endless);

        assertTrue(windows.size() > 1, "one endless line is not one window");
        assertTrue(windows.stream().allMatch(w -> w.size() <= NerModel.MAX_WINDOW), "each at most MAX_WINDOW tokens");
        assertEquals(endless.size(), windows.stream().mapToInt(List::size).sum(), "every token read once, none twice");
    }

    @Test
    void shouldFindThePersonAndThePlacesOfASeedSentence() {
        String text = "The GPU had imprisoned Miasnikov on 25 May 1923, though he was shortly thereafter released "
                + "and permitted to go to Germany. Those who are suspected even of sympathy with the Workers' Group "
                + "are banished from Moscow.";

        List<Mention> mentions = model.find(text);

        assertTrue(found(mentions).containsAll(List.of("person:Miasnikov", "place:Germany", "place:Moscow")),
                found(mentions).toString());
        for (Mention mention : mentions) {
            assertEquals(text.substring(mention.start(), mention.end()), mention.surface());
            assertEquals("model", mention.method());
            assertTrue(mention.confidence() > 0 && mention.confidence() <= 1, mention.toString());
            assertEquals(null, mention.normalised());
        }
    }

    @Test
    void shouldKeepAGluedFootnoteMarkerOutOfTheName() {
        String text = "He was later lured back to Russia1 from Germany. "
                + "The Workers' Group of the Communist Party of Russia1 consists exclusively of those who work.";

        List<Mention> mentions = model.find(text);

        Mention russia = mentions.get(0);
        assertEquals("place:Russia", russia.type() + ":" + russia.surface());
        assertEquals(text.indexOf("Russia1"), russia.start());
        assertEquals(text.indexOf("Russia1") + "Russia".length(), russia.end());
        assertTrue(mentions.stream().noneMatch(m -> m.surface().matches(".*\\d.*")), found(mentions).toString());
    }

    @Test
    void shouldEndAMentionAtACommaAndAtTheEndOfALine() {
        String text = "Moskovskiy, Russia.\nVasilev, Russia.\nHartz, Germany, Hamburg.\n"
                + "Comrades Myasnikov, Kusnetzov and Prostatnov are amongst those imprisoned in Siberia.";

        List<String> found = found(model.find(text));

        assertTrue(found.containsAll(List.of("person:Moskovskiy", "person:Vasilev", "person:Hartz", "place:Germany",
                "place:Hamburg", "person:Myasnikov", "person:Kusnetzov", "place:Siberia")), found.toString());
        assertTrue(found.stream().noneMatch(m -> m.contains(",") || m.contains("\n")), found.toString());
    }

    @Test
    void shouldNotEndASentenceAtAnAbbreviatedFirstNameOrTitle() {
        List<List<String>> sentences = NerModel.sentences("Resolved, That Benj. Ballard and Rev. Mr. Lee be thanked.")
                .stream().map(sentence -> sentence.stream().map(CoreLabel::word).toList()).toList();

        assertEquals(List.of(List.of("Resolved", ",", "That", "Benj.", "Ballard", "and", "Rev.", "Mr.", "Lee", "be",
                "thanked", ".")), sentences);
    }

    @Test
    void shouldCompleteAPersonsNameOverAnAbbreviatedFirstNameAndAParticle() {
        List<String> found = found(model.find("It would appear that Mr. Van der Noot's interest is served, "
                + "and the home of Jos. C. Wendell was destroyed."));

        assertTrue(found.containsAll(List.of("person:Van der Noot", "person:Jos. C. Wendell")), found.toString());
    }

    @Test
    void shouldReadAHeadlineInCapitalsAsTitleCase() {
        String headline = "MEETING OF THE BOARD OF TRADE IN BOSTON";

        assertEquals(List.of("organisation:BOARD OF TRADE", "place:BOSTON"), found(model.find(headline)));
        assertEquals(List.of("place:BOSTON"), found(model.withTrueCasing(false).find(headline)));
    }

    @Test
    void shouldFindTheSameMentionsFromTwoThreadsSharingTheModel() throws Exception {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Mention> alone = model.find(seed);
        String text = seed;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<Mention>>> runs = pool.invokeAll(java.util.Collections.nCopies(8, () -> model.find(text)));
            for (Future<List<Mention>> run : runs) {
                assertEquals(alone, run.get());
            }
        } finally {
            pool.shutdown();
        }
    }
}
