package org.archivist.enrich.entities.hipe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.archivist.enrich.entities.Mention;

/**
 * An entity as HIPE sees it: a coarse type and a run of tokens of one document.
 *
 * @param type  pers, loc, org, prod or time
 * @param start index of the first token
 * @param end   index after the last token
 */
public record HipeSpan(String type, int start, int end) {

    /** The product's mention types and HIPE's coarse types; HIPE's {@code time} is for absolute dates. */
    public static final Map<String, String> TYPES = Map.of(
            "person", "pers",
            "place", "loc",
            "organisation", "org",
            "periodical", "prod",
            "date", "time");

    public boolean overlaps(HipeSpan other) {
        return start < other.end && other.start < end;
    }

    /** Reads IOB tags as conlleval does: an I- tag that does not continue a span of its type starts one. */
    public static List<HipeSpan> fromTags(List<String> tags) {
        List<HipeSpan> spans = new ArrayList<>();
        String type = null;
        int start = -1;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            boolean inside = tag.startsWith("I-") && tag.substring(2).equals(type);
            if (!inside && type != null) {
                spans.add(new HipeSpan(type, start, i));
                type = null;
            }
            if (!inside && (tag.startsWith("B-") || tag.startsWith("I-"))) {
                type = tag.substring(2);
                start = i;
            }
        }
        return spans;
    }

    public static List<String> toTags(List<HipeSpan> spans, int tokenCount) {
        List<String> tags = new ArrayList<>(java.util.Collections.nCopies(tokenCount, "O"));
        for (HipeSpan span : spans) {
            for (int i = span.start; i < span.end; i++) {
                tags.set(i, (i == span.start ? "B-" : "I-") + span.type);
            }
        }
        return tags;
    }

    /**
     * The tokens each mention touches. Mentions of types HIPE does not know are left out; where two
     * overlap, the one that starts first (then the longer) keeps its tokens and the other is dropped.
     */
    public static List<HipeSpan> fromMentions(HipeDocument document, List<Mention> mentions) {
        List<Mention> ordered = mentions.stream()
                .filter(mention -> TYPES.containsKey(mention.type()))
                .sorted(Comparator.comparingInt(Mention::start)
                        .thenComparing(Comparator.comparingInt(Mention::end).reversed()))
                .toList();
        List<HipeToken> tokens = document.tokens();
        boolean[] taken = new boolean[tokens.size()];
        List<HipeSpan> spans = new ArrayList<>();
        for (Mention mention : ordered) {
            int first = -1;
            int last = -1;
            for (int i = firstTokenEndingAfter(tokens, mention.start()); i < tokens.size()
                    && tokens.get(i).start() < mention.end(); i++) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
            if (first < 0 || anyTaken(taken, first, last + 1)) {
                continue;
            }
            for (int i = first; i <= last; i++) {
                taken[i] = true;
            }
            spans.add(new HipeSpan(TYPES.get(mention.type()), first, last + 1));
        }
        spans.sort(Comparator.comparingInt(HipeSpan::start));
        return spans;
    }

    private static int firstTokenEndingAfter(List<HipeToken> tokens, int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (tokens.get(middle).end() <= offset) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return true;
            }
        }
        return false;
    }
}
