package org.archivist.search.document;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.archivist.events.DocumentEntity;
import org.archivist.events.EntityMention;

/** Finds, for each spelling of an entity that a document writes, a passage around its first mention. */
public final class Passages {

    /** Characters kept on either side of the mention, about the size of an Elasticsearch fragment. */
    static final int CONTEXT = 70;

    private Passages() {
    }

    /**
     * The document's entities with their passages. Only entities the authority file knows other spellings of
     * get passages: for the others a search finds the document's own words directly.
     */
    public static List<MentionedEntity> of(String text, List<DocumentEntity> entities, List<EntityMention> mentions) {
        List<MentionedEntity> out = new ArrayList<>(entities.size());
        for (DocumentEntity entity : entities) {
            List<Passage> passages = new ArrayList<>();
            if (text != null && hasOtherVariants(entity)) {
                Set<String> done = new LinkedHashSet<>();
                for (EntityMention mention : mentions) {
                    if (belongsTo(mention, entity) && !done.contains(mention.surface())
                            && mention.start() >= 0 && mention.end() <= text.length() && mention.start() < mention.end()) {
                        done.add(mention.surface());
                        passages.add(around(text, mention.start(), mention.end(), mention.surface()));
                    }
                }
            }
            out.add(new MentionedEntity(entity.id(), entity.type(), entity.preferredLabel(), entity.surfaceForms(),
                    entity.variants(), entity.mentions(), passages));
        }
        return out;
    }

    static Passage around(String text, int start, int end, String surface) {
        int from = Math.max(0, start - CONTEXT);
        int to = Math.min(text.length(), end + CONTEXT);
        // Start and end on whole words where the text allows it.
        if (from > 0) {
            int space = text.indexOf(' ', from);
            if (space >= 0 && space < start) {
                from = space + 1;
            }
        }
        if (to < text.length()) {
            int space = text.lastIndexOf(' ', to);
            if (space >= end) {
                to = space;
            }
        }
        String piece = text.substring(from, to).replace('\n', ' ');
        return new Passage(surface, piece, start - from, end - from);
    }

    private static boolean belongsTo(EntityMention mention, DocumentEntity entity) {
        if (!entity.type().equals(mention.type())) {
            return false;
        }
        if (entity.id() != null) {
            return entity.id().equals(mention.entityId());
        }
        return mention.entityId() == null && entity.surfaceForms().contains(mention.surface());
    }

    private static boolean hasOtherVariants(DocumentEntity entity) {
        Set<String> written = new LinkedHashSet<>();
        entity.surfaceForms().forEach(s -> written.add(s.toLowerCase(Locale.ROOT)));
        return entity.variants().stream().anyMatch(v -> !written.contains(v.toLowerCase(Locale.ROOT)));
    }
}
