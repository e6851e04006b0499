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

/**
 * Runs a finder over a HIPE TSV file, writes its predictions in the same format and prints strict and fuzzy
 * micro precision, recall and F1, over all coarse types and per type.
 *
 * <pre>
 * HipeEvaluation input.tsv output.tsv [--finder=CLASS] [--without=STEP,...]
 * </pre>
 *
 * <ul>
 * <li>{@code --finder}: a {@code Function<String, List<Mention>>} with a public no-argument constructor;
 * by default {@link ProductFinder}, the extractor enrich-service runs, with the starter authority file;</li>
 * <li>{@code --without}: leave out steps of {@link HipeAdapter.Step}, named in lower case, to measure what
 * each brings.</li>
 * </ul>
 */
public final class HipeEvaluation {

    /** The predicted spans of each document, in order, and their scores against the file's own tags. */
    public record Result(List<List<HipeSpan>> predicted, HipeScorer.Scores scores) {
    }

    private HipeEvaluation() {
    }

    public static Result evaluate(HipeFile file, Function<String, List<Mention>> finder, Set<HipeAdapter.Step> steps) {
        HipeAdapter adapter = new HipeAdapter(finder, steps);
        List<List<HipeSpan>> predicted = new ArrayList<>();
        for (HipeDocument document : file.documents()) {
            predicted.add(adapter.predict(document));
        }
        int coarse = file.columnIndex(HipeFile.NE_COARSE_LIT);
        List<List<HipeSpan>> gold = file.documents().stream()
                .map(document -> HipeSpan.fromTags(document.column(coarse))).toList();
        return new Result(predicted, HipeScorer.score(gold, predicted));
    }

    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        if (args.length < 2) {
            System.err.println("usage: HipeEvaluation input.tsv output.tsv [--finder=CLASS] [--without=STEP,...]");
            System.exit(2);
        }
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        Set<String> without = new HashSet<>();
        String finderClass = null;
        for (String option : Arrays.asList(args).subList(2, args.length)) {
            if (option.startsWith("--without=")) {
                without.addAll(Arrays.asList(option.substring("--without=".length()).toLowerCase(Locale.ROOT)
                        .split(",")));
            } else if (option.startsWith("--finder=")) {
                finderClass = option.substring("--finder=".length());
            } else {
                throw new IllegalArgumentException("unknown option " + option);
            }
        }
        Set<HipeAdapter.Step> steps = enabled(HipeAdapter.Step.class, without);
        if (!without.isEmpty()) {
            throw new IllegalArgumentException("unknown steps " + without);
        }

        HipeFile file = HipeReader.read(input);
        long loading = System.nanoTime();
        Function<String, List<Mention>> finder = finderClass == null ? new ProductFinder() : finder(finderClass);
        double loadSeconds = (System.nanoTime() - loading) / 1e9;
        long started = System.nanoTime();
        Result result = evaluate(file, finder, steps);
        double seconds = (System.nanoTime() - started) / 1e9;
        HipeWriter.write(output, file, result.predicted());

        PrintStream out = System.out;
        out.printf(Locale.ROOT, "%s: %d documents, %d tokens; finder ready in %.1f s, ran in %.1f s%n", input,
                file.documents().size(), file.tokenCount(), loadSeconds, seconds);
        out.printf("finder %s, steps %s; predictions in %s%n",
                finderClass == null ? ProductFinder.class.getSimpleName() : finderClass, steps, output);
        print(out, result.scores());
    }

    @SuppressWarnings("unchecked")
    private static Function<String, List<Mention>> finder(String className) throws ReflectiveOperationException {
        return (Function<String, List<Mention>>) Class.forName(className).getConstructor().newInstance();
    }

    private static <E extends Enum<E>> Set<E> enabled(Class<E> type, Set<String> without) {
        Set<E> enabled = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (!without.remove(value.name().toLowerCase(Locale.ROOT))) {
                enabled.add(value);
            }
        }
        return enabled;
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
