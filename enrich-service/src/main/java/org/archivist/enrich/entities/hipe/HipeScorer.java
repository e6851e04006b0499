package org.archivist.enrich.entities.hipe;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Micro precision, recall and F1 over entity spans, as the HIPE shared task scores NE-COARSE-LIT. Strict: a
 * prediction is right only with the gold span's exact tokens and type. Fuzzy: it is right when it shares at
 * least one token with a gold span of its type; each gold span is matched at most once, so a second
 * prediction on the same gold span is a false positive.
 */
public final class HipeScorer {

    private HipeScorer() {
    }

    public record Counts(int truePositives, int falsePositives, int falseNegatives) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public Counts plus(Counts other) {
            return new Counts(truePositives + other.truePositives, falsePositives + other.falsePositives,
                    falseNegatives + other.falseNegatives);
        }

        public double precision() {
            return ratio(truePositives, truePositives + falsePositives);
        }

        public double recall() {
            return ratio(truePositives, truePositives + falseNegatives);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        private static double ratio(int numerator, int denominator) {
            return denominator == 0 ? 0 : (double) numerator / denominator;
        }
    }

    /** Per coarse type, sorted by type name. */
    public record Scores(Map<String, Counts> strict, Map<String, Counts> fuzzy) {

        public Counts strictMicro() {
            return strict.values().stream().reduce(Counts.NONE, Counts::plus);
        }

        public Counts fuzzyMicro() {
            return fuzzy.values().stream().reduce(Counts.NONE, Counts::plus);
        }
    }

    /** @param gold and {@code predicted}: for each document, in the same order, its spans */
    public static Scores score(List<List<HipeSpan>> gold, List<List<HipeSpan>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException(gold.size() + " gold documents, " + predicted.size() + " predicted");
        }
        Map<String, Counts> strict = new TreeMap<>();
        Map<String, Counts> fuzzy = new TreeMap<>();
        for (int d = 0; d < gold.size(); d++) {
            Set<String> types = new HashSet<>();
            gold.get(d).forEach(span -> types.add(span.type()));
            predicted.get(d).forEach(span -> types.add(span.type()));
            for (String type : types) {
                List<HipeSpan> g = ofType(gold.get(d), type);
                List<HipeSpan> p = ofType(predicted.get(d), type);
                strict.merge(type, strict(g, p), Counts::plus);
                fuzzy.merge(type, fuzzy(g, p), Counts::plus);
            }
        }
        return new Scores(strict, fuzzy);
    }

    private static List<HipeSpan> ofType(List<HipeSpan> spans, String type) {
        return spans.stream().filter(span -> span.type().equals(type)).toList();
    }

    private static Counts strict(List<HipeSpan> gold, List<HipeSpan> predicted) {
        Set<HipeSpan> unmatched = new HashSet<>(gold);
        int truePositives = 0;
        for (HipeSpan span : predicted) {
            if (unmatched.remove(span)) {
                truePositives++;
            }
        }
        return new Counts(truePositives, predicted.size() - truePositives, gold.size() - truePositives);
    }

    private static Counts fuzzy(List<HipeSpan> gold, List<HipeSpan> predicted) {
        // exact spans first, so that a near miss beside a gold span cannot take it from the exact prediction
        List<HipeSpan> unmatched = new ArrayList<>(gold);
        List<HipeSpan> rest = new ArrayList<>();
        for (HipeSpan span : predicted) {
            if (!unmatched.remove(span)) {
                rest.add(span);
            }
        }
        int truePositives = predicted.size() - rest.size();
        for (HipeSpan span : rest) {
            for (int i = 0; i < unmatched.size(); i++) {
                if (unmatched.get(i).overlaps(span)) {
                    unmatched.remove(i);
                    truePositives++;
                    break;
                }
            }
        }
        return new Counts(truePositives, predicted.size() - truePositives, gold.size() - truePositives);
    }
}
