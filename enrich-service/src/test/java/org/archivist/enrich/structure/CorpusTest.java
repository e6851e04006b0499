package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.archivist.enrich.extraction.ExtractedText;
import org.archivist.enrich.extraction.TextExtractor;
import org.archivist.events.EditorialMark;
import org.archivist.events.Footnote;
import org.archivist.events.Paragraph;
import org.archivist.events.Signatory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed and the corpus in {@code src/test/resources/corpus} (see its README), each read through the whole
 * enrichment path (Tika, chrome, footnotes, structure) and compared with its hand-checked expected file.
 * "bodyMustContain" is sought in the whole text, "bodyMustNotContain" in the author's paragraphs only.
 */
class CorpusTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The author's text, as opposed to title, header, headnote, citation, editor's notes and the note list. */
    private static final Set<String> BODY_KINDS = Set.of(Paragraph.BODY, Paragraph.HEADING, Paragraph.QUOTATION,
            Paragraph.SIGNATORIES, Paragraph.SEPARATOR);
    private static final TextExtractor EXTRACTOR = new TextExtractor(4_000_000);

    static Stream<Path> documents() throws IOException, URISyntaxException {
        Path resources = Path.of(CorpusTest.class.getResource("/seed-workers-dreadnought-1924.txt").toURI()).getParent();
        List<Path> documents = new ArrayList<>(List.of(resources.resolve("seed-workers-dreadnought-1924.txt")));
        try (Stream<Path> corpus = Files.list(resources.resolve("corpus"))) {
            corpus.filter(Files::isRegularFile)
                    .filter(p -> !p.toString().endsWith(".json") && !p.getFileName().toString().equals("README.md")).sorted()
                    .forEach(documents::add);
        }
        return documents.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void shouldReadEachDocumentAsItsHandCheckedExpectedFileSays(Path document) throws IOException {
        JsonNode expected = expected(document);
        TranscriptionReader.Reading reading = read(document);
        List<Executable> checks = new ArrayList<>();
        checks.add(() -> assertEquals(text(expected, "title"), reading.title(), "title"));
        checks.add(() -> assertEquals(text(expected, "author"), reading.author(), "author"));
        checks.add(() -> assertEquals(text(expected, "contributor"),
                reading.contribution() == null ? null : reading.contribution().contributor(), "contributor"));
        checks.add(() -> assertEquals(text(expected, "contributedOn"), reading.contribution() == null
                || reading.contribution().date() == null ? null : reading.contribution().date().toString(), "date"));
        if (expected.hasNonNull("headnoteStartsWith")) {
            checks.add(() -> assertTrue(reading.headnote() != null
                    && reading.headnote().startsWith(expected.get("headnoteStartsWith").asText()), "headnote"));
        }
        JsonNode citation = expected.get("citation");
        checks.add(() -> assertEquals(citation == null || citation.isNull() ? null : List.of(
                citation.path("periodical").asText(null), numeral(citation.path("volume").asText(null)),
                numeral(citation.path("number").asText(null)), fullDateOrNull(citation.path("issueDate").asText(null))),
                reading.citation() == null ? null : List.of(reading.citation().periodical(),
                        String.valueOf(reading.citation().volume()), String.valueOf(reading.citation().number()),
                        String.valueOf(reading.citation().issueDate())), "citation"));
        List<Footnote> withText = reading.footnotes().stream().filter(f -> f.text() != null).toList();
        List<String> notes = new ArrayList<>();
        List<String> found = new ArrayList<>();
        for (int i = 0; i < expected.get("footnotes").size(); i++) {
            JsonNode n = expected.get("footnotes").get(i);
            String start = n.get("noteStartsWith").asText();
            notes.add(n.get("marker").asText() + " " + text(n, "author") + " " + start);
            if (i < withText.size()) {
                Footnote f = withText.get(i);
                found.add(f.marker() + " " + f.author() + " " + f.text().substring(0, Math.min(f.text().length(), start.length())));
            }
        }
        withText.stream().skip(notes.size()).forEach(f -> found.add(f.marker() + " " + f.author() + " " + f.text()));
        checks.add(() -> assertEquals(notes, found, "notes (marker, author, start)"));
        List<String> strays = new ArrayList<>();
        expected.path("markersWithoutNote").forEach(m -> strays.add(m.asText()));
        checks.add(() -> assertEquals(strays, warnedMarkers(reading), "markers without note"));
        List<String> signatories = new ArrayList<>();
        expected.get("signatories").forEach(s -> signatories.add(s.get("name").asText() + " " + strings(s.get("places"))
                + " " + strings(s.get("normalised"))));
        checks.add(() -> assertEquals(signatories, reading.signatories().stream().map(CorpusTest::signatory).toList(),
                "signatories"));
        String body = spaces(reading.text());
        expected.get("bodyMustContain").forEach(p -> checks.add(
                () -> assertTrue(body.contains(spaces(p.asText())), "body lacks: " + p.asText())));
        String bodyParagraphs = String.join("\n", reading.paragraphs().stream().filter(p -> BODY_KINDS.contains(p.kind()))
                .map(p -> reading.text().substring(p.start(), p.end())).toList());
        expected.get("bodyMustNotContain").forEach(p -> checks.add(
                () -> assertTrue(!bodyParagraphs.contains(p.asText()), "body still has: " + p.asText())));
        JsonNode marks = expected.get("editorialMarks");
        List<String> markTexts = reading.editorialMarks().stream().map(EditorialMark::text).toList();
        marks.get("insertions").forEach(i -> checks.add(() -> assertTrue(markTexts.contains(i.asText()),
                "editorial insertion " + i.asText() + " in " + markTexts)));
        checks.add(() -> assertEquals(marks.get("omissions").asInt(), reading.editorialMarks().stream()
                .filter(m -> m.kind().equals(EditorialMark.OMISSION)).count(), "omissions"));
        marks.get("editorNotes").forEach(n -> checks.add(() -> assertTrue(reading.editorialMarks().stream()
                .anyMatch(m -> m.kind().equals(EditorialMark.EDITOR_NOTE) && spaces(m.text()).startsWith(
                        spaces(n.asText()).substring(0, Math.min(30, spaces(n.asText()).length())))),
                "editor's note " + n.asText())));
        org.junit.jupiter.api.Assertions.assertAll(document.getFileName().toString(), checks);
    }

    /**
     * Footnote linking over the whole corpus: a link is right when the note has the expected marker, starts
     * as expected, and its anchor follows the expected words. Precision and recall must both be 0.95 or more.
     */
    @Test
    void shouldLinkFootnotesAcrossTheCorpusWithPrecisionAndRecallOfAtLeast95Percent() throws Exception {
        int expectedLinks = 0;
        int predictedLinks = 0;
        int correct = 0;
        int documents = 0;
        int withoutNotes = 0;
        StringBuilder report = new StringBuilder();
        for (Path document : documents().toList()) {
            JsonNode expected = expected(document);
            TranscriptionReader.Reading reading = read(document);
            documents++;
            withoutNotes += expected.get("footnotes").isEmpty() ? 1 : 0;
            int docExpected = 0;
            int docRight = 0;
            for (JsonNode note : expected.get("footnotes")) {
                docExpected += note.hasNonNull("anchorBefore") ? 1 : 0;
            }
            List<Footnote> predicted = reading.footnotes().stream().filter(f -> f.anchored() && f.text() != null).toList();
            for (Footnote link : predicted) {
                if (rightLink(reading.text(), link, expected)) {
                    docRight++;
                }
            }
            expectedLinks += docExpected;
            predictedLinks += predicted.size();
            correct += docRight;
            report.append(String.format("%-55s expected %3d  linked %3d  right %3d%n", document.getFileName(),
                    docExpected, predicted.size(), docRight));
        }
        double precision = predictedLinks == 0 ? 0 : (double) correct / predictedLinks;
        double recall = expectedLinks == 0 ? 0 : (double) correct / expectedLinks;
        report.append(String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)%n", precision, correct,
                predictedLinks, recall, correct, expectedLinks));
        System.out.print(report);
        assertTrue(documents >= 16 && withoutNotes >= 3, "the corpus has the seed, 15 documents, 3 without notes");
        assertTrue(precision >= 0.95 && recall >= 0.95, report.toString());
    }

    private static boolean rightLink(String text, Footnote link, JsonNode expected) {
        for (JsonNode note : expected.get("footnotes")) {
            if (note.hasNonNull("anchorBefore") && note.get("marker").asText().equals(link.marker())
                    && spaces(link.text()).startsWith(spaces(note.get("noteStartsWith").asText()))) {
                String before = spaces(text.substring(Math.max(0, link.anchorOffset() - 200), link.anchorOffset()));
                return before.endsWith(spaces(note.get("anchorBefore").asText()));
            }
        }
        return false;
    }

    private static TranscriptionReader.Reading read(Path document) throws IOException {
        ExtractedText extracted = EXTRACTOR.extract(Files.readAllBytes(document), document.getFileName().toString());
        return TranscriptionReader.read(extracted.text(), extracted.declaredTitle());
    }

    private static JsonNode expected(Path document) {
        String name = document.getFileName().toString();
        Path file = document.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("no readable expected file for " + name, e);
        }
    }

    private static List<String> warnedMarkers(TranscriptionReader.Reading reading) {
        return reading.warnings().stream().filter(w -> w.startsWith("footnote marker "))
                .map(w -> w.substring("footnote marker ".length(), w.indexOf(" has no note"))).toList();
    }

    private static String signatory(Signatory s) {
        return s.name() + " " + s.places().stream().map(Signatory.Place::written).toList() + " "
                + s.places().stream().map(Signatory.Place::normalised).filter(Objects::nonNull).toList();
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    /** Volumes and numbers compare as values: "VIII" is 8, a double number "32/33" is read as its first. */
    private static String numeral(String written) {
        if (written == null) {
            return "null";
        }
        String digits = written.matches("\\d{1,3}(\\.\\d{3})+") ? written.replace(".", "") : written;
        return digits.matches("\\d+.*") ? Integer.toString(Integer.parseInt(digits.replaceFirst("\\D.*", "")))
                : Integer.toString(Roman.value(written));
    }

    /** A month or a year alone ("1913-12") is more than the parser claims to read: it reads no date then. */
    private static String fullDateOrNull(String iso) {
        return iso != null && iso.matches("\\d{4}-\\d{2}-\\d{2}") ? iso : "null";
    }

    private static String spaces(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
