package org.archivist.enrich.entities.hipe;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.archivist.enrich.entities.Honorifics;
import org.archivist.enrich.entities.Mention;

/**
 * Runs any finder on a HIPE document and turns its mentions into HIPE spans, with HIPE's conventions: the
 * finder reads the OCR text with its column lines joined ({@link OcrView}), and a person's title belongs to
 * the person's span ({@link Honorifics}).
 */
public final class HipeAdapter {

    public enum Step {
        /** read an EndOfLine as a space, not as the end of a sentence */
        LINES,
        /** join words hyphenated over a line end */
        HYPHENS,
        /** a title before a person's name is part of the person's span */
        HONORIFICS,
        /** a function in apposition after a person's name is part of the person's span */
        FUNCTIONS
    }

    private final Function<String, List<Mention>> finder;
    private final Set<Step> steps;

    public HipeAdapter(Function<String, List<Mention>> finder, Set<Step> steps) {
        this.finder = finder;
        this.steps = steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps);
    }

    public HipeAdapter(Function<String, List<Mention>> finder) {
        this(finder, EnumSet.allOf(Step.class));
    }

    public List<HipeSpan> predict(HipeDocument document) {
        return HipeSpan.fromMentions(document, mentions(document.text()));
    }

    /** The finder's mentions, with offsets into {@code text}. */
    public List<Mention> mentions(String text) {
        OcrView view = OcrView.of(text, steps.contains(Step.LINES), steps.contains(Step.HYPHENS));
        List<Mention> found = finder.apply(view.text());
        if (steps.contains(Step.HONORIFICS)) {
            found = Honorifics.extend(view.text(), found);
        }
        if (steps.contains(Step.FUNCTIONS)) {
            found = Honorifics.extendOverFunctions(view.text(), found);
        }
        List<Mention> mentions = new ArrayList<>(found.size());
        for (Mention mention : found) {
            int start = view.toOriginalStart(mention.start());
            int end = view.toOriginalEnd(mention.end());
            mentions.add(new Mention(mention.type(), start, end, text.substring(start, end), mention.method(),
                    mention.confidence(), mention.normalised()));
        }
        return mentions;
    }
}
