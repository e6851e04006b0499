package org.archivist.enrich.entities;

/**
 * A name or a date found in a text, before it is linked to the authority file.
 *
 * @param type       one of {@code EntityMention}'s type names (person, place, organisation, periodical, date)
 * @param start      inclusive character offset
 * @param end        exclusive character offset
 * @param surface    the text between the offsets
 * @param method     what found it (model, authority, signatory, list, initials, organisation, date, citation)
 * @param confidence from 0 to 1
 * @param normalised for a date, the ISO date or range; else null
 */
public record Mention(String type, int start, int end, String surface, String method, double confidence,
        String normalised) {

    public int length() {
        return end - start;
    }

    public boolean overlaps(Mention other) {
        return start < other.end && other.start < end;
    }
}
