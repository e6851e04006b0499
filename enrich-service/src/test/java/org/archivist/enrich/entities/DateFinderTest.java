package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DateFinderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "The GPU had imprisoned Miasnikov on 25 May 1923, though | 25 May 1923 | 1923-05-25",
            "He was arrested on May 25, 1923. | May 25, 1923 | 1923-05-25",
            "It was formed in March, 1923. | March, 1923 | 1923-03",
            "the revolution of October, 1917, and | October, 1917 | 1917-10",
            "expelled from the Party in February 1922, Miasnikov | February 1922 | 1922-02",
            "imprisoned yet again in the Fall of 1923. | Fall of 1923 | 1923-09-23/1923-12-21",
            "the 11th Party Congress held from March-April 1922, in which | March-April 1922 | 1922-03/1922-04",
            "It was founded in 1923 by them. | 1923 | 1923",
            "born on the 12th of June, 1911, at | 12th of June, 1911 | 1911-06-12",
            "the war of 1914-1918 | 1914-1918 | 1914/1918",
            "Submitted by adri on April 29, 2025 | April 29, 2025 | 2025-04-29",
            "the 31 May 1924 issue of the Workers' Dreadnought | 31 May 1924 | 1924-05-31",
            "Dec. 31st, 1880, at noon | Dec. 31st, 1880 | 1880-12-31",
            "dated July 9,1800 | July 9,1800 | 1800-07-09",
            "JAMES DANIEL. 6th December , 1829. | 6th December , 1829 | 1829-12-06",
            "this 31st day of December, A. D., 1879 | 31st day of December, A. D., 1879 | 1879-12-31",
            "on Friday, the 14th day of March, 1800 | Friday, the 14th day of March, 1800 | 1800-03-14",
            "MEETING OF MAY 25, 1923 | MAY 25, 1923 | 1923-05-25",
            "the congress of 25-27 May 1923 | 25-27 May 1923 | 1923-05-25/1923-05-27",
            "the winter of 1923 was cold | winter of 1923 | 1923-12-22/1924-03-19",
            "The year 1789 was one of those epochs | 1789 | 1789",
            "the party grew from 1917 to 1923 | 1917 to 1923 | 1917/1923",
            "am 25. Mai 1923 in Berlin | 25. Mai 1923 | 1923-05-25",
            "im März 1923 gegründet | März 1923 | 1923-03",
            "le 1er mai 1923 à Paris | 1er mai 1923 | 1923-05-01",
            "el 25 de mayo de 1923 en Madrid | 25 de mayo de 1923 | 1923-05-25",
            "il 25 maggio 1923 a Roma | 25 maggio 1923 | 1923-05-25",
            "Berlin, 25.5.1923 | 25.5.1923 | 1923-05-25",
            "updated 1923-05-25 | 1923-05-25 | 1923-05-25"})
    void shouldFindTheDateAndNormaliseItToIso(String text, String surface, String normalised) {
        List<Mention> dates = DateFinder.find(text);

        assertEquals(1, dates.size(), () -> "one date in '" + text + "', found " + dates);
        Mention date = dates.get(0);
        assertEquals(surface, date.surface());
        assertEquals(surface, text.substring(date.start(), date.end()));
        assertEquals(normalised, date.normalised());
        assertEquals("date", date.type());
        assertEquals("date", date.method());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "Text taken from the Vol. 11 No. 11 issue of the Workers' Dreadnought",
            "and held for 21 days. A seven days hunger strike",
            "the Communist Workers' Parties (4th International)",
            "to coincide with the RCP's 12th Party Congress in April.",
            "See Avrich's article, p. 16.",
            "in February of that year",
            "1923 members joined the party",
            "a party of 1923 members",
            "see pp. 1914-1918 of the report",
            "No. 1914 of the series",
            "it may 1923 be",
            "on February 30, 1923",
            "a majority of over 1,500",
            "in the 1920s"})
    void shouldFindNoDateInNumbersThatAreNotDates(String text) {
        assertEquals(List.of(), DateFinder.find(text));
    }

    @Test
    void shouldFindEachDateOfTheSeedsHeadnoteOnce() {
        String headnote = "The GPU had imprisoned Miasnikov on 25 May 1923, though he was shortly thereafter "
                + "released and permitted to go to Germany. He was later lured back to Russia from Germany and "
                + "imprisoned yet again in the Fall of 1923. This imprisonment was due in large part to Miasnikov's "
                + "dissident activities and the publication of his Workers' Group Manifesto in February of that year, "
                + "which was intended to coincide with the RCP's 12th Party Congress in April.";

        assertEquals(List.of("1923-05-25", "1923-09-23/1923-12-21"),
                DateFinder.find(headnote).stream().map(Mention::normalised).toList());
    }

    /** Every text of the test resources: the seed, the enrichment corpus and its sources, the real notes. */
    private static List<String> resourceTexts() throws IOException {
        Path resources = Path.of("src/test/resources");
        try (Stream<Path> files = Files.walk(resources)) {
            List<String> texts = new ArrayList<>();
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                texts.add(new String(bytes, StandardCharsets.UTF_8));
            }
            return texts;
        }
    }

    @Test
    void shouldFindInTheWindowsAroundYearsWhatTheWholeTextGives() throws IOException {
        List<String> texts = new ArrayList<>(resourceTexts());
        // dates at a window's edges, a range whose second year is far, a date after a long run of blanks
        texts.add("x".repeat(200) + " Wednesday, the 25th - 27th day of May, A. D., 1923" + "y".repeat(300)
                + " from 1914           until      1918, and in 2001.");
        texts.add("1923" + " ".repeat(60) + "-1924 in March,\n\n      1917 and 25 May 1923");
        int dates = 0;
        for (String text : texts) {
            List<Mention> windowed = DateFinder.find(text);
            assertEquals(DateFinder.find(text, List.<int[]>of(new int[] {0, text.length()})), windowed,
                    text.substring(0, Math.min(80, text.length())));
            dates += windowed.size();
        }
        assertTrue(texts.size() > 40 && dates > 100, texts.size() + " texts, " + dates + " dates");
    }

    @Test
    void shouldLookForDatesOnlyAroundYears() {
        String text = "a".repeat(1000) + " on 25 May 1923 " + "b".repeat(1000);
        List<int[]> windows = DateFinder.yearWindows(text);
        assertEquals(1, windows.size());
        int year = text.indexOf("1923");
        assertEquals(year - DateFinder.BEFORE_YEAR, windows.get(0)[0]);
        assertEquals(year + 4 + DateFinder.AFTER_YEAR, windows.get(0)[1]);
        assertEquals(List.of(), DateFinder.yearWindows("no year here, only 12 and 345 and 99999x"));
    }
}
