package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.archivist.enrich.structure.TranscriptionReader;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The seed document against its hand-checked gold list of mentions (seed-workers-dreadnought-1924.entities.tsv),
 * through the extractor the service runs: the NER model, the starter authority file, the rules and the dates.
 */
class SeedEntitiesTest {

    /** A gold or found mention: type and offsets. */
    record Span(String type, int start, int end, String surface) {
    }

    private static TranscriptionReader.Reading reading;
    private static Authority authority;
    private static List<Mention> found;
    private static List<Span> gold;
    private static Map<String, String> goldDates;

    @BeforeAll
    static void extract() throws IOException {
        reading = TranscriptionReader.read(resource("/seed-workers-dreadnought-1924.txt"), null);
        authority = StarterAuthority.asAuthority();
        found = new EntityExtractor(NerModel.shared()::find, DateFinder::find).extract(reading, authority);
        gold = new ArrayList<>();
        goldDates = new TreeMap<>();
        int at = 0;
        for (String line : resource("/seed-workers-dreadnought-1924.entities.tsv").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            int start = wordAt(EntityExtractor.EntityText.of(reading), f[1], at);
            assertTrue(start >= 0, "gold mention '" + f[1] + "' after offset " + at + " is in the text");
            gold.add(new Span(f[0], start, start + f[1].length(), f[1]));
            if (f.length > 2) {
                goldDates.put(f[1] + "@" + start, f[2]);
            }
            at = start + f[1].length();
        }
    }

    @Test
    void shouldFindTheSeedsEntitiesWithPrecisionAndRecallOfAtLeast95Percent() {
        Set<Span> predicted = found.stream().map(m -> new Span(m.type(), m.start(), m.end(), m.surface()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
        Set<Span> expected = new java.util.LinkedHashSet<>(gold);
        Set<Span> right = new HashSet<>(predicted);
        right.retainAll(expected);
        List<Span> wrong = predicted.stream().filter(s -> !expected.contains(s)).toList();
        List<Span> missed = expected.stream().filter(s -> !predicted.contains(s)).toList();
        double precision = right.size() / (double) predicted.size();
        double recall = right.size() / (double) expected.size();
        System.out.printf("seed entities: precision %.3f (%d/%d), recall %.3f (%d/%d)%n", precision, right.size(),
                predicted.size(), recall, right.size(), expected.size());
        wrong.forEach(s -> System.out.println("  not in the gold list: " + s));
        missed.forEach(s -> System.out.println("  missed: " + s));

        assertTrue(precision >= 0.95, "precision " + precision + "; wrong: " + wrong);
        assertTrue(recall >= 0.95, "recall " + recall + "; missed: " + missed);
    }

    @Test
    void shouldNormaliseTheSeedsDatesToIso() {
        Map<String, String> normalised = new TreeMap<>();
        for (Mention m : found) {
            if (m.type().equals("date") && goldDates.containsKey(m.surface() + "@" + m.start())) {
                normalised.put(m.surface() + "@" + m.start(), m.normalised());
            }
        }
        assertEquals(goldDates, normalised);
    }

    @Test
    void shouldPutTheThreeNamePairsAndLatviaOnOneEntityEachWithNoFalseLinks() {
        EntityLinker.Linking linking = EntityLinker.link(found, authority);
        Map<String, Set<String>> byGroup = new TreeMap<>();
        for (EntityLinker.Group group : linking.groups()) {
            byGroup.put(group.type() + ":" + group.forms().get(0), new java.util.TreeSet<>(group.forms()));
            if (group.entityId() != null) {
                List<String> keys = authority.entry(group.entityId()).forms().stream().map(NameKey::of).toList();
                for (String form : group.forms()) {
                    assertTrue(keys.contains(NameKey.of(form)), form + " is a known form of " + group.entityId());
                }
            }
        }
        Set<String> miasnikov = Set.of("Miasnikov", "Myasnikov", "G. Myasnikov", "G. T. Miasnikov");
        Set<String> kuznetzov = Set.of("Kuznetzov", "Kusnetzov");
        Set<String> prostatov = Set.of("Prostatov", "Prostatnov");
        Set<String> latvia = Set.of("Latvia", "Lettland", "Lettonia");
        assertEquals(miasnikov, group(byGroup, "Miasnikov"));
        assertEquals(kuznetzov, group(byGroup, "Kuznetzov"));
        assertEquals(prostatov, group(byGroup, "Prostatov"));
        assertEquals(latvia, group(byGroup, "Latvia"));
        for (Map.Entry<String, Set<String>> e : byGroup.entrySet()) {
            if (e.getKey().startsWith("person:") && e.getValue().size() > 1) {
                assertTrue(Set.of(miasnikov, kuznetzov, prostatov).contains(e.getValue()), "a false link: " + e.getValue());
            }
        }
        for (String alone : List.of("A. Lepin", "Bersina", "L. Bersyn", "Demidor", "Remidov", "Prostatova",
                "E. Kasakova", "Lenin")) {
            assertEquals(Set.of(alone), group(byGroup, alone), alone + " stands alone");
        }
    }

    private static Set<String> group(Map<String, Set<String>> byGroup, String form) {
        return byGroup.values().stream().filter(g -> g.contains(form)).findFirst().orElse(Set.of());
    }

    private static int wordAt(String text, String word, int from) {
        for (int i = text.indexOf(word, from); i >= 0; i = text.indexOf(word, i + 1)) {
            boolean startOk = i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1));
            int end = i + word.length();
            boolean endOk = end == text.length() || !Character.isLetterOrDigit(text.charAt(end));
            if (startOk && endOk) {
                return i;
            }
        }
        return -1;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = SeedEntitiesTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
