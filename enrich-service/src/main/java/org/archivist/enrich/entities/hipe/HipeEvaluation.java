package org.archivist.enrich.entities.hipe;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.archivist.enrich.entities.Mention;
import org.archivist.enrich.entities.NerModel;

/**
 * Runs a finder over a HIPE TSV file, writes its predictions in the same format and prints strict and fuzzy
 * micro precision, recall and F1, over all coarse types and per type.
 *
 * <pre>HipeEvaluation input.tsv output.tsv [--without=step,step,...] [--no-true-casing]</pre>
 *
 * where a step is one of {@link HipeAdapter.Step} or {@link HipeFinder.Rule}, in lower case, to measure what
 * each one brings.
 */
public final class HipeEvaluation {

    private HipeEvaluation() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: HipeEvaluation input.tsv output.tsv [--without=step,...] [--no-true-casing]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Set<String> without = new HashSet<>();
        boolean trueCasing = true;
        for (int i = 2; i < args.length; i++) {
            if (args[i].startsWith("--without=")) {
                without.addAll(Arrays.asList(args[i].substring("--without=".length()).toLowerCase(Locale.ROOT).split(",")));
            } else if (args[i].equals("--no-true-casing")) {
                trueCasing = false;
            } else {
                throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        Set<HipeAdapter.Step> steps = EnumSet.noneOf(HipeAdapter.Step.class);
        for (HipeAdapter.Step step : HipeAdapter.Step.values()) {
            if (!without.remove(step.name().toLowerCase(Locale.ROOT))) {
                steps.add(step);
            }
        }
        Set<HipeFinder.Rule> rules = EnumSet.noneOf(HipeFinder.Rule.class);
        for (HipeFinder.Rule rule : HipeFinder.Rule.values()) {
            if (!without.remove(rule.name().toLowerCase(Locale.ROOT))) {
                rules.add(rule);
            }
        }
        if (!without.isEmpty()) {
            throw new IllegalArgumentException("unknown steps " + without);
        }
        HipeFile file = HipeReader.read(input);
        long loading = System.nanoTime();
        Function<String, List<Mention>> finder = new HipeFinder(NerModel.shared().withTrueCasing(trueCasing), rules);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        HipeAdapter adapter = new HipeAdapter(finder, steps);
        long started = System.nanoTime();
        List<List<HipeSpan>> predicted = new ArrayList<>();
        for (HipeDocument document : file.documents()) {
            predicted.add(adapter.predict(document));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        HipeWriter.write(output, file, predicted);
        int coarse = file.columnIndex(HipeFile.NE_COARSE_LIT);
        List<List<HipeSpan>> gold = file.documents().stream()
                .map(document -> HipeSpan.fromTags(document.column(coarse))).toList();
        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%s: %d documents, %d tokens; finder loaded in %.1f s, ran in %.1f s%n", input,
                file.documents().size(), file.tokenCount(), loadSeconds, seconds);
        out.printf("steps %s, rules %s, true-casing %s; predictions written to %s%n", steps, rules,
                trueCasing ? "on" : "off", output);
        print(out, HipeScorer.score(gold, predicted));
    }

    static void print(PrintStream out, HipeScorer.Scores scores) {
        out.println("type   strict P     R    F1    fuzzy P     R    F1    gold  pred");
        row(out, "ALL", scores.strictMicro(), scores.fuzzyMicro());
        for (Map.Entry<String, HipeScorer.Counts> entry : scores.strict().entrySet()) {
            row(out, entry.getKey(), entry.getValue(), scores.fuzzy().get(entry.getKey()));
        }
    }

    private static void row(PrintStream out, String type, HipeScorer.Counts strict, HipeScorer.Counts fuzzy) {
        out.printf(Locale.ROOT, "%-6s %8.3f %5.3f %5.3f %9.3f %5.3f %5.3f %7d %5d%n", type, strict.precision(),
                strict.recall(), strict.f1(), fuzzy.precision(), fuzzy.recall(), fuzzy.f1(),
                strict.truePositives() + strict.falseNegatives(), strict.truePositives() + strict.falsePositives());
    }
}
