package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityLinkerTest {

    private static final Authority AUTHORITY = new Authority(7, List.of(
            new Authority.Entry("E1", "place", "Latvia", List.of(new Authority.Variant("Latvia", "spelling", "en"),
                    new Authority.Variant("Lettland", "exonym", "de"), new Authority.Variant("Lettonia", "exonym", "it"))),
            new Authority.Entry("E2", "person", "Vladimir Lenin", List.of(new Authority.Variant("Vladimir Lenin", "spelling", "en"),
                    new Authority.Variant("Lenin", "spelling", "en"))),
            new Authority.Entry("E3", "place", "Berlin", List.of(new Authority.Variant("Berlin", "spelling", "en"))),
            new Authority.Entry("E4", "place", "Georgia", List.of(new Authority.Variant("Georgia", "spelling", "en"))),
            new Authority.Entry("E5", "place", "Georgia (U.S. state)", List.of(new Authority.Variant("Georgia", "spelling", "en"))),
            new Authority.Entry("E6", "person", "Leon Trotsky", List.of(new Authority.Variant("Trotsky", "spelling", "en")))));

    @Test
    void shouldLinkByExactFormOrByTransliterationKeyWithinTheType() {
        EntityLinker.Linking linking = EntityLinker.link(mentions("place:Lettland", "place:Lettonia", "person:Trotzki",
                "person:Lenin"), AUTHORITY);

        assertEquals(List.of("E1", "E6", "E2"), linking.groups().stream().map(EntityLinker.Group::entityId).toList());
        assertEquals("exact", linking.groups().get(0).link());
        assertEquals("key", linking.groups().get(1).link(), "Trotzki is Trotsky transliterated otherwise");
        assertEquals(2, linking.groups().get(0).mentions().size(), "Lettland and Lettonia are one Latvia");
    }

    @Test
    void shouldNeverLinkAcrossTypesNorWhatOnlyLooksAlike() {
        EntityLinker.Linking linking = EntityLinker.link(mentions("person:Bersina", "person:A. Lepin",
                "person:Demidor", "person:Remidov"), AUTHORITY);

        assertTrue(linking.groups().stream().allMatch(g -> g.entityId() == null), linking.groups().toString());
        assertEquals(4, linking.groups().size());
        assertTrue(hasSuggestion(linking, "Lepin", "E2", null), "Lepin may be Lenin: an editor says");
        assertTrue(hasSuggestion(linking, "Demidor", null, "Remidov"), linking.suggestions().toString());
    }

    @Test
    void shouldLeaveAFormThatSeveralEntitiesShareUnlinked() {
        EntityLinker.Linking linking = EntityLinker.link(mentions("place:Georgia"), AUTHORITY);

        assertNull(linking.groups().get(0).entityId());
    }

    @Test
    void shouldGroupASurnameWithItsInitialsAndItsTranscriptions() {
        EntityLinker.Linking linking = EntityLinker.link(mentions("person:Miasnikov", "person:G. Myasnikov",
                "person:G. T. Miasnikov", "person:Myasnikov", "person:Kuznetzov", "person:Kusnetzov"), AUTHORITY);

        assertEquals(2, linking.groups().size(), linking.groups().toString());
        assertEquals(4, linking.groups().get(0).mentions().size());
        assertEquals(List.of("Kuznetzov", "Kusnetzov"), linking.groups().get(1).forms());
    }

    @Test
    void shouldJoinALongNameMisspeltByOneLetterButNotAShortOne() {
        EntityLinker.Linking linking = EntityLinker.link(mentions("person:Prostatnov", "person:Prostatov",
                "person:Prostatov", "person:Lepin", "person:Lenin"), new Authority(1, List.of()));

        EntityLinker.Group prostatov = linking.groups().get(0);
        assertEquals(List.of("Prostatov", "Prostatnov"), prostatov.forms());
        assertEquals("document", prostatov.link());
        assertEquals(3, linking.groups().size(), "Lepin and Lenin stay two");
    }

    @Test
    void shouldSuggestButNotLinkAWomansFormOfASurname() {
        EntityLinker.Linking linking = EntityLinker.link(mentions("person:Prostatov", "person:Prostatova"),
                new Authority(1, List.of()));

        assertEquals(2, linking.groups().size());
        assertTrue(hasSuggestion(linking, "Prostatov", null, "Prostatova"), linking.suggestions().toString());
    }

    @Test
    void shouldSearchTheFileOnceForANameThatRecursAndSuggestTheSameEveryTime() {
        Authority authority = new Authority(3, List.of(
                new Authority.Entry("E1", "person", "Prostatov", List.of(new Authority.Variant("Prostatov", "spelling", "en"))),
                new Authority.Entry("E2", "person", "Myasnikov", List.of(new Authority.Variant("Myasnikov", "spelling", "en")))));
        List<Mention> mentions = mentions("person:Prostatnov", "person:Prostatova", "person:Miasnikoff");

        EntityLinker.Linking first = EntityLinker.link(mentions, authority);
        EntityLinker.Linking again = EntityLinker.link(mentions, authority);

        assertTrue(hasSuggestion(first, "Prostatnov", "E1", null), first.suggestions().toString());
        assertTrue(hasSuggestion(first, "Prostatova", "E1", null), "the same family: " + first.suggestions());
        assertEquals(first.suggestions(), again.suggestions());
        int[] searches = {0};
        authority.similar("person", "prostatnov", "prostatnov", () -> {
            searches[0]++;
            return List.of();
        });
        assertEquals(0, searches[0], "the linking above asked for Prostatnov already");
        authority.similar("person", "someone", "someone", () -> {
            searches[0]++;
            return List.of();
        });
        authority.similar("person", "someone", "someone", () -> {
            searches[0]++;
            return List.of();
        });
        assertEquals(1, searches[0], "a new name is searched for once");
        assertEquals(List.of(), EntityLinker.link(mentions, new Authority(4, List.of())).suggestions().stream()
                .filter(s -> s.candidateEntityId() != null).toList(), "another snapshot searches again");
    }

    @Test
    void shouldKeepDatesApart() {
        List<Mention> all = new ArrayList<>(mentions("place:Latvia"));
        all.add(new Mention("date", 100, 111, "31 May 1924", "date", 0.9, "1924-05-31"));

        EntityLinker.Linking linking = EntityLinker.link(all, AUTHORITY);

        assertEquals(1, linking.groups().size());
        assertEquals("1924-05-31", linking.dates().get(0).normalised());
    }

    private static boolean hasSuggestion(EntityLinker.Linking linking, String form, String entity, String otherForm) {
        return linking.suggestions().stream().anyMatch(s -> (s.form().endsWith(form) || form.equals(s.candidateForm()))
                && (entity == null || entity.equals(s.candidateEntityId()))
                && (otherForm == null || otherForm.equals(s.candidateForm()) || otherForm.equals(s.form())));
    }

    /** "type:surface" each, one after the other in an imagined text. */
    private static List<Mention> mentions(String... typed) {
        List<Mention> mentions = new ArrayList<>();
        int at = 0;
        for (String t : typed) {
            String type = t.substring(0, t.indexOf(':'));
            String surface = t.substring(t.indexOf(':') + 1);
            mentions.add(new Mention(type, at, at + surface.length(), surface, "model", 0.8, null));
            at += surface.length() + 2;
        }
        return mentions;
    }
}
