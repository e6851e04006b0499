package org.archivist.enrich.entities;

import java.io.IOException;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.management.HotSpotDiagnosticMXBean;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.CoreLabelTokenFactory;
import edu.stanford.nlp.process.PTBTokenizer;
import edu.stanford.nlp.process.WordToSentenceProcessor;

/**
 * Stanford CoreNLP's 3-class English CRF (person, place, organisation) over a text: mentions with offsets
 * into that text, method {@code model}, and as confidence the mean of the CRF's marginal probabilities of
 * the mention's tokens.
 *
 * <p>One instance is safe to share between threads: see {@link #find(String)}.
 */
public final class NerModel {

    public static final String RESOURCE = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    public static final String METHOD = "model";

    // ASCII quotes: the unicode ones make every feature string around them UTF-16, slower to build and hash.
    private static final String TOKENIZER_OPTIONS = "invertible,tokenizeNLs=true,untokenizable=noneKeep,quotes=ascii";
    private static final Map<String, String> TYPES = Map.of(
            "PERSON", "person",
            "LOCATION", "place",
            "ORGANIZATION", "organisation");
    // a footnote marker glued to the word it annotates: "Russia1", "Congress12"
    private static final Pattern GLUED_MARKER = Pattern.compile("(\\p{L}[\\p{L}'’]*\\p{L})(\\d{1,3})");

    // the usual abbreviated first names of English and American print
    private static final Set<String> FIRST_NAME_ABBREVIATIONS = Set.of("benj", "chas", "geo", "thos", "jas",
            "robt", "saml", "danl", "edw", "jno", "richd", "wm", "jos", "alex", "fredk", "nathl", "hy", "jona",
            "steph");

    private static final Pattern FIRST_NAME_BEFORE = Pattern.compile("(?<!\\p{L})(\\p{Lu}\\p{Ll}{1,4})\\.\\s+$");
    private static final Pattern PARTICLE_AFTER = Pattern.compile(
            "(?:\\s+(?:van|von|der|den|de|du|da|di|del|la|le|ten|ter)"
                    + "|\\s+d\\s?['’]\\s?|\\s?d['’])+\\s*\\p{Lu}\\p{L}+");

    private final CRFClassifier<CoreLabel> classifier;
    private final boolean trueCasing;
    private final boolean windows;

    private static final class Shared {
        static final NerModel INSTANCE = new NerModel();
    }

    /** Loads the classifier from the classpath: 1.5 to 2 s here and about 130 MB of heap, so load it once. */
    public NerModel() {
        this(load(), true, true);
    }

    private NerModel(CRFClassifier<CoreLabel> classifier, boolean trueCasing, boolean windows) {
        this.classifier = classifier;
        this.trueCasing = trueCasing;
        this.windows = windows;
    }

    /**
     * Whether this JVM compiles the CRF's feature extraction ({@code NERFeatureFactory.featuresC}): one method
     * of more than 8,000 bytes of bytecode, which HotSpot leaves to the interpreter unless started with
     * {@code -XX:-DontCompileHugeMethods}. Interpreted, it was 31% of enrichment's CPU in process; compiled,
     * enrichment runs a third faster. True on a JVM that is not HotSpot (the check does not apply there).
     */
    public static boolean featureExtractionCompiled() {
        HotSpotDiagnosticMXBean hotSpot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        try {
            return hotSpot == null || !Boolean.parseBoolean(hotSpot.getVMOption("DontCompileHugeMethods").getValue());
        } catch (IllegalArgumentException noSuchOption) {
            return true;
        }
    }

    /** The process's one instance, loaded on first use. */
    public static NerModel shared() {
        return Shared.INSTANCE;
    }

    /**
     * The same classifier, with the true-casing of all-capitals sentences on or off.
     */
    public NerModel withTrueCasing(boolean on) {
        return new NerModel(classifier, on, windows);
    }

    /** The same classifier reading whole sentences, not only the {@link #candidateWindows}: what tests compare with. */
    /** The word function the classifier applies to each word it reads (null when it has none). */
    java.util.function.Function<String, String> wordFunction() {
        return classifier.flags.wordFunction;
    }

    NerModel wholeSentences() {
        return new NerModel(classifier, trueCasing, false);
    }

    /** Words whose rewriting (British to American spelling) the model remembers: some 10 MB at most. */
    static final int REMEMBERED_WORDS = 100_000;

    private static CRFClassifier<CoreLabel> load() {
        try {
            CRFClassifier<CoreLabel> classifier = CRFClassifier.getClassifier(RESOURCE);
            // The model rewrites every word it reads through its word function (AmericanizeFunction, regular
            // expressions), a dozen times a token: 4-5% of enrichment's CPU, for answers that never change.
            if (classifier.flags.wordFunction != null) {
                classifier.flags.wordFunction = new RememberedWords(classifier.flags.wordFunction, REMEMBERED_WORDS);
            }
            return classifier;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("cannot load the NER model " + RESOURCE, e);
        }
    }

    /**
     * The names in a text. A sentence, a line or a comma ends a mention; a footnote marker glued to a name
     * ("Russia1") stays out of it.
     *
     * <p>Safe from several threads on one instance: {@code classifySentence} copies the tokens it labels,
     * and of the classifier's shared state it only reads the weights and feature index and queries its set of
     * known lower-case words (a concurrent set that this model loads full, so that it never grows). Its one
     * lazily built field, the clique potential function, is idempotent. The n-gram cache that would not be
     * safe is off in this model ({@code cacheNGrams=false}).
     */
    public List<Mention> find(String text) {
        List<Mention> mentions = new ArrayList<>();
        for (List<CoreLabel> sentence : sentences(text)) {
            // A caller that gave up (a time limit) interrupts: stop between sentences, not at the end of a book.
            if (Thread.currentThread().isInterrupted()) {
                throw new java.util.concurrent.CancellationException("interrupted");
            }
            if (trueCasing) {
                TrueCaser.apply(sentence);
            }
            for (List<CoreLabel> window : windows ? candidateWindows(sentence) : List.of(sentence)) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new java.util.concurrent.CancellationException("interrupted");
                }
                collect(text, classifier.classifySentence(window), mentions);
            }
        }
        return mentions;
    }

    /**
     * Tokens on either side of a capitalised word that the CRF still sees: its widest features (the
     * disjunctions) look four tokens away, so the labels inside a window are those of the whole sentence.
     */
    static final int CONTEXT = 5;

    /**
     * The most tokens the CRF reads at once: its time and memory grow with the length of what it reads, and a
     * text of one endless line dense with capitals (a list, a poison file) would otherwise be one window.
     */
    static final int MAX_WINDOW = 250;

    /**
     * The parts of a sentence that can hold a name: each capitalised word with {@link #CONTEXT} tokens on either
     * side, overlapping windows joined. A name is capitalised in English print, so the long runs of lower-case
     * prose between names, most of the text, need not go through the CRF (the costliest step of enrichment);
     * a sentence without a capital goes not at all. A window grows to {@link #MAX_WINDOW} tokens at most.
     */
    static List<List<CoreLabel>> candidateWindows(List<CoreLabel> sentence) {
        List<List<CoreLabel>> windows = new ArrayList<>();
        int from = -1;
        int to = -1;
        for (int i = 0; i < sentence.size(); i++) {
            if (!startsCapitalised(sentence.get(i).word())) {
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = Math.min(sentence.size(), i + CONTEXT + 1);
            if (from >= 0 && start <= to && end - from <= MAX_WINDOW) {
                to = end;
            } else if (from >= 0 && start <= to) {
                // Too long to join: the next window starts where this one ends, so that none is read twice.
                windows.add(sentence.subList(from, to));
                from = to;
                to = end;
            } else {
                if (from >= 0) {
                    windows.add(sentence.subList(from, to));
                }
                from = start;
                to = end;
            }
        }
        if (from >= 0) {
            windows.add(from == 0 && to == sentence.size() ? sentence : sentence.subList(from, to));
        }
        return windows;
    }

    private static boolean startsCapitalised(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c)) {
                return Character.isUpperCase(c) || Character.isTitleCase(c);
            }
            if (Character.isDigit(c)) {
                return false;
            }
        }
        return false;
    }

    static List<List<CoreLabel>> sentences(String text) {
        PTBTokenizer<CoreLabel> tokenizer = new PTBTokenizer<>(new StringReader(text), new CoreLabelTokenFactory(),
                TOKENIZER_OPTIONS);
        List<CoreLabel> tokens = new ArrayList<>();
        for (CoreLabel token : tokenizer.tokenize()) {
            splitGluedMarker(token, tokens);
        }
        joinAbbreviations(tokens);
        return new WordToSentenceProcessor<CoreLabel>(WordToSentenceProcessor.NewlineIsSentenceBreak.ALWAYS)
                .process(tokens);
    }

    private static void splitGluedMarker(CoreLabel token, List<CoreLabel> tokens) {
        Matcher glued = GLUED_MARKER.matcher(token.word());
        if (!glued.matches() || token.endPosition() - token.beginPosition() != token.word().length()) {
            tokens.add(token);
            return;
        }
        int split = token.beginPosition() + glued.end(1);
        tokens.add(token(glued.group(1), token.beginPosition(), split));
        tokens.add(token(glued.group(2), split, token.endPosition()));
    }

    /**
     * The tokenizer takes the period of an abbreviation it does not know ("Benj. Ballard", "Rev. Mr. Lee")
     * for the end of a sentence, which cuts the name in two. Titles and abbreviated first names keep their
     * period when a capitalised word follows.
     */
    private static void joinAbbreviations(List<CoreLabel> tokens) {
        for (int i = tokens.size() - 3; i >= 0; i--) {
            CoreLabel word = tokens.get(i);
            CoreLabel period = tokens.get(i + 1);
            String next = tokens.get(i + 2).word();
            String bare = word.word().endsWith(".") ? word.word().substring(0, word.word().length() - 1) : word.word();
            if (".".equals(period.word()) && period.beginPosition() == word.endPosition()
                    && !next.isEmpty() && Character.isUpperCase(next.charAt(0)) && isNameAbbreviation(bare)) {
                tokens.set(i, token(bare + ".", word.beginPosition(), period.endPosition()));
                tokens.remove(i + 1);
            }
        }
    }

    private static boolean isNameAbbreviation(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return Honorifics.ABBREVIATIONS.contains(lower) || FIRST_NAME_ABBREVIATIONS.contains(lower);
    }

    private static CoreLabel token(String word, int begin, int end) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        token.setBeginPosition(begin);
        token.setEndPosition(end);
        return token;
    }

    private static void collect(String text, List<CoreLabel> labelled, List<Mention> mentions) {
        String type = null;
        int start = 0;
        int end = 0;
        double probabilities = 0;
        int count = 0;
        for (int i = 0; i <= labelled.size(); i++) {
            CoreLabel token = i < labelled.size() ? labelled.get(i) : null;
            String tokenType = token == null || ",".equals(token.word()) ? null
                    : TYPES.get(token.get(CoreAnnotations.AnswerAnnotation.class));
            if (type != null && !type.equals(tokenType)) {
                mentions.add(completed(text, type, start, end, probabilities / count));
                type = null;
            }
            // a quote or bracket the model took in may sit inside a name, never at its edge
            if (tokenType == null || type == null && !hasLetterOrDigit(token.word())) {
                continue;
            }
            if (type == null) {
                type = tokenType;
                start = token.beginPosition();
                probabilities = 0;
                count = 0;
            }
            if (hasLetterOrDigit(token.word())) {
                end = token.endPosition();
            }
            Double probability = token.get(CoreAnnotations.AnswerProbAnnotation.class);
            probabilities += probability == null ? 0.8 : probability;
            count++;
        }
    }

    /**
     * A person's name the model cut short: an abbreviated first name before it ("Wm. W. Cowper"), a
     * particle and surname after it ("Mr. Van der Noot", "Duke d’Urfé").
     */
    private static Mention completed(String text, String type, int start, int end, double confidence) {
        if ("person".equals(type)) {
            Matcher before = FIRST_NAME_BEFORE.matcher(text.substring(Math.max(0, start - 8), start));
            if (before.find() && FIRST_NAME_ABBREVIATIONS.contains(before.group(1).toLowerCase(Locale.ROOT))) {
                start -= before.end() - before.start();
            }
            Matcher after = PARTICLE_AFTER.matcher(text).region(end, Math.min(text.length(), end + 40));
            if (after.lookingAt()) {
                end = after.end();
            }
        }
        return new Mention(type, start, end, text.substring(start, end), METHOD, confidence, null);
    }

    private static boolean hasLetterOrDigit(String word) {
        return word.chars().anyMatch(Character::isLetterOrDigit);
    }

    /**
     * The CRF is case-sensitive and reads an all-capitals headline as a run of acronyms. A sentence mostly in
     * capitals goes to it the way a headline in title case reads: function words in lower case (but the
     * first), every other word capitalised; the offsets, and so the surface, stay.
     */
    static final class TrueCaser {

        private static final Set<String> FUNCTION_WORDS = Set.of(
                "a", "an", "the", "and", "or", "nor", "but", "of", "in", "on", "at", "to", "for", "from", "by",
                "with", "into", "upon", "as", "than", "that", "this", "these", "those", "is", "are", "was",
                "were", "be", "been", "has", "have", "had", "it", "its", "his", "her", "their", "our", "we",
                "he", "she", "they", "you", "not", "no", "all", "any", "who", "which", "what", "will", "shall");

        private TrueCaser() {
        }

        static void apply(List<CoreLabel> sentence) {
            int words = 0;
            int capitals = 0;
            for (CoreLabel token : sentence) {
                String word = token.word();
                if (letters(word) >= 2) {
                    words++;
                    if (isUpperCase(word)) {
                        capitals++;
                    }
                }
            }
            if (capitals < 2 || capitals * 10 < words * 6) {
                return;
            }
            boolean first = true;
            for (CoreLabel token : sentence) {
                String word = token.word();
                if (letters(word) >= 2 && isUpperCase(word) && !word.contains(".")) {
                    String lower = word.toLowerCase(Locale.ROOT);
                    String cased = !first && FUNCTION_WORDS.contains(lower) ? lower
                            : word.charAt(0) + lower.substring(1);
                    token.setWord(cased);
                    token.setValue(cased);
                }
                if (letters(word) > 0) {
                    first = false;
                }
            }
        }

        private static int letters(String word) {
            int letters = 0;
            for (int i = 0; i < word.length(); i++) {
                if (Character.isLetter(word.charAt(i))) {
                    letters++;
                }
            }
            return letters;
        }

        private static boolean isUpperCase(String word) {
            for (int i = 0; i < word.length(); i++) {
                if (Character.isLowerCase(word.charAt(i))) {
                    return false;
                }
            }
            return true;
        }
    }
}
