package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class NameKeyTest {

    @Test
    void shouldGiveTranscriptionsOfOneNameOneKey() {
        assertEquals(NameKey.of("Miasnikov"), NameKey.of("Myasnikov"), "y/i");
        assertEquals(NameKey.of("Kuznetzov"), NameKey.of("Kusnetzov"), "z/s");
        assertEquals(NameKey.of("Kuznetsov"), NameKey.of("Kuznetzov"), "tz/ts");
        assertEquals(NameKey.of("Kharkov"), NameKey.of("Charkow"), "kh/ch and w/v");
        assertEquals(NameKey.of("Moisseiv"), NameKey.of("Moiseiv"), "doubled letters");
        assertEquals(NameKey.of("Trotsky"), NameKey.of("Trotzki"));
        assertEquals(NameKey.of("Zinoviev"), NameKey.of("Sinowjew"));
        assertEquals(NameKey.of("Zinoviev"), NameKey.of("Zinovieff"));
        assertEquals(NameKey.of("Chicherin"), NameKey.of("Tschitscherin"));
        assertEquals(NameKey.of("Bukharin"), NameKey.of("Boukharin"));
        assertEquals(NameKey.of("Мясников"), NameKey.of("Miasnikov"), "Cyrillic is transliterated first");
        assertEquals(NameKey.of("Thälmann"), NameKey.of("Thalmann"), "accents are folded");
        assertEquals("c p of rusia", NameKey.of("C.P. of Russia"), "punctuation separates words; doubled letters count once");
    }

    @Test
    void shouldKeepNamesThatOnlyLookAlikeApart() {
        assertNotEquals(NameKey.of("Lepin"), NameKey.of("Lenin"));
        assertNotEquals(NameKey.of("Demidor"), NameKey.of("Remidov"));
        assertNotEquals(NameKey.of("Bersina"), NameKey.of("Bersyn"));
        assertNotEquals(NameKey.of("Prostatov"), NameKey.of("Prostatnov"), "a letter more is not a transcription");
        assertNotEquals(NameKey.of("Prostatova"), NameKey.of("Prostatov"), "a woman's form is another person's name");
    }

    @Test
    void shouldGiveAWomansSurnameTheFamilyKeyOfTheMans() {
        assertEquals(NameKey.family("Prostatova"), NameKey.family("Prostatov"));
        assertEquals(NameKey.family("E. Kasakova"), NameKey.family("E. Kasakov"));
        assertNotEquals(NameKey.family("Bersina"), NameKey.family("Bersin"), "only -ova and -eva are the Russian feminine");
    }

    @Test
    void shouldHaveNoKeyForANameWithoutLetters() {
        assertEquals("", NameKey.of("1923 - ."));
    }
}
