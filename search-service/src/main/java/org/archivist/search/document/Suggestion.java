package org.archivist.search.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What autocomplete offers: an entity by any of its names, or a document by its title. Each is indexed as
 * one keyword term that starts with the words to complete, so that a prefix look-up over the term
 * dictionary finds it without reading any document.
 *
 * @param kind     {@link #ENTITY} or {@link #TITLE}
 * @param matched  the name or title that starts with the prefix
 * @param label    the entity's preferred label, or the title
 * @param type     the entity's type; null for a title
 * @param id       the entity's id (null for a name not in the authority file), or the document's id
 */
public record Suggestion(String kind, String matched, String label, String type, String id) {

    public static final String ENTITY = "entity";
    public static final String TITLE = "title";

    private static final String SEPARATOR = "\u001f";
    /** Longer terms are not worth completing, and Elasticsearch refuses terms over 32 KB. */
    static final int MAX_FORM_LENGTH = 200;

    public String term() {
        return String.join(SEPARATOR, matched, kind, type == null ? "" : type, id == null ? "" : id,
                label == null ? "" : cut(label));
    }

    public static Suggestion parse(String term) {
        String[] parts = term.split(SEPARATOR, -1);
        if (parts.length < 5) {
            return new Suggestion(TITLE, term, term, null, null);
        }
        return new Suggestion(parts[1], parts[0], parts[4], parts[2].isEmpty() ? null : parts[2],
                parts[3].isEmpty() ? null : parts[3]);
    }

    /** Each name of each entity, and for a name of several words also from its later words on. */
    public static List<String> entityTerms(List<MentionedEntity> entities) {
        Set<String> terms = new LinkedHashSet<>();
        for (MentionedEntity entity : entities) {
            if (entity.preferredLabel() == null) {
                continue;
            }
            for (String name : entity.names()) {
                for (String form : fromEachWord(name)) {
                    terms.add(new Suggestion(ENTITY, form, entity.preferredLabel(), entity.type(), entity.id()).term());
                }
            }
        }
        return new ArrayList<>(terms);
    }

    public static List<String> titleTerms(String title, String documentId) {
        if (title == null || title.isBlank()) {
            return List.of();
        }
        String t = title.strip();
        Set<String> forms = new LinkedHashSet<>();
        forms.add(cut(t));
        String withoutArticle = t.replaceFirst("(?i)^(the|an|a|der|die|das|le|la|les|el|los|las)\\s+", "");
        forms.add(cut(withoutArticle));
        List<String> terms = new ArrayList<>();
        for (String form : forms) {
            terms.add(new Suggestion(TITLE, form, t, null, documentId).term());
        }
        return terms;
    }

    private static List<String> fromEachWord(String name) {
        List<String> forms = new ArrayList<>();
        String n = name.strip();
        if (n.isEmpty()) {
            return forms;
        }
        forms.add(cut(n));
        int words = 0;
        for (int i = 1; i < n.length() && words < 3; i++) {
            if (n.charAt(i - 1) == ' ' && n.charAt(i) != ' ') {
                forms.add(cut(n.substring(i)));
                words++;
            }
        }
        return forms;
    }

    private static String cut(String form) {
        return form.length() <= MAX_FORM_LENGTH ? form : form.substring(0, MAX_FORM_LENGTH);
    }
}
