package org.archivist.enrich.extraction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every format and encoding the archive takes, from real files (test-support/…/formats, see its README). */
class FormatsTest {

    private final TextExtractor extractor = new TextExtractor(1_000_000);

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "appeal-en.txt                  | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal-en-bom.txt              | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal-en-utf16.txt            | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal-typographic-cp1252.txt  | “Hands off the constructive communist workers!” – so ended",
        "appeal-typographic.txt         | Pankhurst’s Workers’ Dreadnought",
        "appeal-de-latin1.txt           | Größe, Fräulein, Müller, Straße",
        "appeal-cs-latin2.txt           | Soudruzi Mjasnikov, Kuzněcov a Prostatov",
        "appeal-ru-koi8r.txt            | Товарищи Мясников, Кузнецов и Простатов",
        "appeal-ru-cp1251.txt           | Товарищи Мясников, Кузнецов и Простатов",
        "appeal-ru.txt                  | Товарищи Мясников, Кузнецов и Простатов",
        "appeal.md                      | Comrades **Myasnikov**, Kusnetzov",
        "appeal.html                    | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal.pdf                     | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal.docx                    | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal.doc                     | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal.odt                     | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal.rtf                     | Comrades Myasnikov, Kusnetzov and Prostatnov",
        "appeal.epub                    | Comrades Myasnikov, Kusnetzov and Prostatnov",
    })
    void shouldExtractTheTextOfEveryFormatAndEncoding(String file, String expected) throws IOException {
        byte[] bytes;
        try (InputStream in = getClass().getResourceAsStream("/formats/" + file)) {
            bytes = in.readAllBytes();
        }

        ExtractedText extracted = extractor.extract(bytes, file);

        String text = extracted.text().replaceAll("\\s+", " ");
        assertTrue(text.contains(expected), file + " gave: " + text.substring(0, Math.min(400, text.length())));
        assertFalse(text.contains("\uFFFD"), file + ": no undecodable characters");
        assertFalse(extracted.title().isBlank(), file + ": a title");
    }
}
