package org.archivist.enrich.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.archivist.events.Signatory;
import org.junit.jupiter.api.Test;

class SignatoryParserTest {

    @Test
    void shouldFindTheSeedsFourteenSignatoriesWithTheirPlaces() throws IOException {
        String seed;
        try (InputStream in = getClass().getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        List<Signatory> signatories = SignatoryParser.find(seed);

        assertEquals(List.of("Moskovskiy", "Vasilev", "L. Bersyn", "Berger", "Alla Akbar", "M. Safar", "A. Lepin",
                "Puhringer", "E. Kasakova", "Bratzky", "Hartz", "K Steinbrecher", "E. Lauterback", "Achmed Halljev"),
                signatories.stream().map(Signatory::name).toList());
        assertTrue(signatories.stream().allMatch(s -> "The International Group of Communists".equals(s.group())));
        assertEquals(List.of(new Signatory.Place("Germany", null), new Signatory.Place("Berlin", null)),
                signatories.get(7).places());
        assertEquals(List.of(new Signatory.Place("Lettland", "Latvia")), signatories.get(2).places());
        assertEquals(List.of(new Signatory.Place("Lettonia", "Latvia")), signatories.get(6).places());
        assertEquals(List.of(new Signatory.Place("Czecho Slovakia", null)), signatories.get(3).places());
        assertEquals(List.of(new Signatory.Place("Tartar Republic", null)), signatories.get(13).places());
    }

    @Test
    void shouldNotTakeProseOrShortListsForSignatories() {
        String text = """
                Comrades Kuznetzov, Prostatov, and many others were also imprisoned in Siberia.
                Moscow, Petrograd.
                Berlin, Hamburg.

                First, the demands.
                """;

        assertTrue(SignatoryParser.find(text).isEmpty());
    }
}
