package org.archivist.search.document;

/**
 * One facet value per entity: its key (the id, or the label of a name not in the authority file) and its
 * label travel together, so a facet bucket can be shown and used as a filter without looking anything up.
 */
public final class EntityFacet {

    private static final char SEPARATOR = '\u001f';

    /** A facet bucket: {@code id} null for a name not in the authority file. */
    public record Value(String id, String label) {

        /** What to filter by to get this bucket's documents. */
        public String filter() {
            return id != null ? id : label;
        }
    }

    private EntityFacet() {
    }

    public static String encode(MentionedEntity entity) {
        return (entity.id() == null ? "" : entity.id()) + SEPARATOR + entity.preferredLabel();
    }

    public static Value decode(String value) {
        int at = value.indexOf(SEPARATOR);
        if (at < 0) {
            return new Value(null, value);
        }
        String id = value.substring(0, at);
        return new Value(id.isEmpty() ? null : id, value.substring(at + 1));
    }
}
