package org.archivist.search.persistence;

import java.util.ArrayList;
import java.util.List;

/**
 * The text analysis an index is built with, chosen from what the Elasticsearch cluster offers. The minimal
 * distribution has only the core chain (standard tokenizer, lowercase); a full one adds accent folding and
 * stemming, which the index then uses.
 *
 * @param folding  the token filter that folds accents ("Püringer" finds "Puringer"): {@code icu_folding},
 *                 {@code asciifolding}, or null when the cluster has neither
 * @param stemming the analyzer of the stemmed copy of the text ({@code english}), or null
 */
public record AnalysisSupport(String folding, String stemming) {

    public static final AnalysisSupport CORE = new AnalysisSupport(null, null);

    /** What is missing, in words, for the log; empty when nothing is. */
    public List<String> missing() {
        List<String> missing = new ArrayList<>();
        if (folding == null) {
            missing.add("accent folding (no asciifolding or icu_folding: \"Puhringer\" and \"Pühringer\" are different words)");
        }
        if (stemming == null) {
            missing.add("stemming (no english analyzer: \"imprisonment\" does not find \"imprisonments\")");
        }
        return missing;
    }

    public String describe() {
        return "folding " + (folding == null ? "none" : folding) + ", stemming " + (stemming == null ? "none" : stemming);
    }
}
