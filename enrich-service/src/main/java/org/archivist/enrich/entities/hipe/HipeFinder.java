package org.archivist.enrich.entities.hipe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.archivist.enrich.entities.DateFinder;
import org.archivist.enrich.entities.Mention;
import org.archivist.enrich.entities.NerModel;

/**
 * The finder {@link HipeEvaluation} runs until the product's own extractor is plugged in: the NER model, the
 * date finder, and general rules for what the model misses.
 */
public final class HipeFinder implements Function<String, List<Mention>> {

    public enum Rule {
        /** dates, as HIPE's time */
        DATES,
        /** a name after a title is a person: {@link NameRules#titledPersons} */
        TITLES,
        /** "X county", "City of X", "Springfield, Tenn.": {@link NameRules#places} */
        PLACES,
        /** "X Company", "Board of Y": {@link NameRules#organisations} */
        ORGANISATIONS,
        /** "X Gazette", "X Journal": {@link NameRules#periodicals} */
        PERIODICALS
    }

    private final NerModel model;
    private final Set<Rule> rules;

    /** The shared model with every rule. */
    public HipeFinder() {
        this(NerModel.shared(), EnumSet.allOf(Rule.class));
    }

    public HipeFinder(NerModel model, Set<Rule> rules) {
        this.model = model;
        this.rules = rules.isEmpty() ? EnumSet.noneOf(Rule.class) : EnumSet.copyOf(rules);
    }

    @Override
    public List<Mention> apply(String text) {
        List<Mention> dates = rules.contains(Rule.DATES) ? DateFinder.find(text) : List.of();
        List<Mention> mentions = new ArrayList<>(dates);
        mentions = preferring(mentions, model.find(text));
        if (rules.contains(Rule.TITLES)) {
            mentions = preferring(NameRules.titledPersons(text, mentions), mentions);
        }
        if (rules.contains(Rule.PLACES)) {
            mentions = preferring(NameRules.places(text, mentions), mentions);
        }
        if (rules.contains(Rule.ORGANISATIONS)) {
            mentions = preferring(NameRules.organisations(text, mentions), mentions);
        }
        if (rules.contains(Rule.PERIODICALS)) {
            mentions = preferring(NameRules.periodicals(text, mentions), mentions);
        }
        mentions.sort(Comparator.comparingInt(Mention::start));
        return mentions;
    }

    /** All of {@code first}, and those of {@code second} that overlap none of them. */
    private static List<Mention> preferring(List<Mention> first, List<Mention> second) {
        List<Mention> merged = new ArrayList<>(first);
        for (Mention mention : second) {
            if (first.stream().noneMatch(mention::overlaps)) {
                merged.add(mention);
            }
        }
        return merged;
    }
}
