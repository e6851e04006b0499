package org.archivist.enrich.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class HonorificsTest {

    private static List<String> extended(String text, String... names) {
        List<Mention> persons = java.util.Arrays.stream(names).map(name -> {
            int start = text.indexOf(name);
            return new Mention("person", start, start + name.length(), name, "model", 0.9, null);
        }).toList();
        return Honorifics.extend(text, persons).stream().map(Mention::surface).toList();
    }

    @Test
    void shouldTakeTheTitlesBeforeAPersonIntoTheMention() {
        assertEquals(List.of("Mr. Worth Fowler"), extended("said Mr. Worth Fowler yesterday", "Worth Fowler"));
        assertEquals(List.of("Lieutenant General Foissac"), extended("I charge Lieutenant General Foissac to",
                "Foissac"));
        assertEquals(List.of("Rev. Dr. Lee"), extended("conducted by Rev. Dr. Lee.", "Lee"));
        assertEquals(List.of("Mr. and Mrs. Tally Eddings"), extended("Mr. and Mrs. Tally Eddings of Tabor City",
                "Tally Eddings"));
        assertEquals(List.of("captain Bounds"), extended("had captain Bounds aboard", "Bounds"));
        assertEquals(List.of("Capt Kepling"), extended("commanded by Capt Kepling", "Kepling"));
    }

    @Test
    void shouldTakeEsquireAndJuniorAfterAPersonIntoTheMention() {
        assertEquals(List.of("John Brink, Esquire"), extended("to John Brink, Esquire, Treasurer", "John Brink"));
        assertEquals(List.of("Stallings, Esq."), extended("tendered to Stallings, Esq., for", "Stallings"));
        assertEquals(List.of("Henry Ford Jr."), extended("Henry Ford Jr. said", "Henry Ford"));
    }

    @Test
    void shouldTakeAFunctionInAppositionIntoThePersonOnlyWhenAsked() {
        String text = "W. G. Daughtry, Secretary. And E. A. Sherman, Auditor of Dakota Territory, do hereby certify";
        List<Mention> persons = List.of(
                new Mention("person", 0, 14, "W. G. Daughtry", "model", 0.9, null),
                new Mention("person", text.indexOf("E. A."), text.indexOf("E. A.") + 13, "E. A. Sherman", "model",
                        0.9, null));

        assertEquals(List.of("W. G. Daughtry", "E. A. Sherman"),
                Honorifics.extend(text, persons).stream().map(Mention::surface).toList());
        assertEquals(List.of("W. G. Daughtry, Secretary", "E. A. Sherman, Auditor of Dakota Territory"),
                Honorifics.extendOverFunctions(text, persons).stream().map(Mention::surface).toList());
    }

    @Test
    void shouldLeaveWordsThatAreNotTitlesHere() {
        assertEquals(List.of("Winnie Davis"), extended("the death of her sister. Winnie Davis spoke", "Winnie Davis"));
        assertEquals(List.of("John"), extended("with his brother John", "John"));
        assertEquals(List.of("Jones"), extended("Smith and Jones", "Jones"));
        assertEquals(List.of("Grant"), extended("Lincoln, Grant", "Grant"));
    }

    @Test
    void shouldLeaveMentionsOfOtherTypesAlone() {
        String text = "the General Assembly";
        Mention organisation = new Mention("organisation", 12, 20, "Assembly", "model", 0.9, null);

        assertEquals(List.of(organisation), Honorifics.extend(text, List.of(organisation)));
    }
}
