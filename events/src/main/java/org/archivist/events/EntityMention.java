package org.archivist.events;

/**
 * A name or a date found in {@code DocumentEnriched.text}: in the body, the headnote or a footnote.
 *
 * @param type       one of the {@code EntityMention.*} type names
 * @param surface    the words as written ("Miasnikov"), never with a footnote marker
 * @param start      inclusive character offset in the text
 * @param end        exclusive character offset in the text
 * @param entityId   the authority file's entity this mention is linked to, or null
 * @param link       how it was linked: {@code exact} (a known variant), {@code key} (the same
 *                   transliteration key as a known variant), {@code document} (the same name misspelt
 *                   elsewhere in this document); null when not linked
 * @param method     what found it: {@code model} (the statistical NER model), {@code authority} (a known
 *                   variant), {@code signatory}, {@code list}, {@code initials}, {@code organisation},
 *                   {@code date}, {@code citation}
 * @param confidence from 0 to 1
 * @param normalised for a date, the ISO date or range it stands for ("1923-05-25", "1923-03",
 *                   "1923-09-23/1923-12-21"); else null
 */
public record EntityMention(String type, String surface, int start, int end, String entityId, String link,
        String method, double confidence, String normalised) {

    public static final String PERSON = "person";
    public static final String PLACE = "place";
    public static final String ORGANISATION = "organisation";
    public static final String PERIODICAL = "periodical";
    public static final String DATE = "date";
}
