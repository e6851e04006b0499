package org.archivist.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Titles before a person's name ("Mr.", "Gen.", "Judge", "Lieutenant General", "Mr. and Mrs.") and the
 * suffixes after it (", Esq.", " Jr."). Some annotation conventions (HIPE's among them) count them as part of
 * the person's mention; {@link #extend} is that step, kept apart so that a caller may or may not take it.
 */
public final class Honorifics {

    /** Abbreviated titles, lower case: read with or without their period ("Mr." and "Mr"). */
    public static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "messrs", "ms", "mme", "mlle", "mons", "dr", "prof", "rev", "hon", "gen", "col", "maj",
            "capt", "lieut", "lt", "sergt", "sgt", "corp", "adm", "gov", "pres", "sen", "rep", "supt", "ald");

    /** Titles written out, lower case: never with a period after them. */
    public static final Set<String> WORDS = Set.of(
            "miss", "madam", "madame", "monsieur", "herr", "frau", "doctor", "professor", "reverend",
            "honorable", "honourable", "sir", "lord", "lady", "dame", "count", "countess", "duke", "duchess",
            "baron", "baroness", "earl", "viscount", "marquis", "prince", "princess", "king", "queen",
            "emperor", "empress", "czar", "tsar", "pope", "bishop", "archbishop", "cardinal", "general",
            "colonel", "major", "captain", "lieutenant", "sergeant", "corporal", "admiral", "commodore",
            "commander", "marshal", "governor", "president", "judge", "justice", "senator", "representative",
            "congressman", "mayor", "sheriff", "ambassador", "consul", "alderman", "superintendent",
            "chancellor", "premier", "citizen", "comrade", "comrades", "inspector", "warden", "attorney",
            "deacon", "elder", "father", "brother", "sister", "squire", "dean");

    // kinship words and the like are titles only when capitalised ("Father Gapon", not "his father John")
    private static final Set<String> ONLY_CAPITALISED = Set.of("father", "brother", "sister", "elder", "dean",
            "citizen", "attorney", "inspector", "warden", "justice");

    private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)(\\.?)(\\s+and)?\\s+$");
    private static final Pattern SUFFIX = Pattern.compile("^,?\\s+(?:Esqs?|Esquire|ESQ|Jr|Sr|Jun|Sen)\\.?(?!\\p{L})");
    private static final int MOST_TITLES = 4;
    // a function in apposition: "W. G. Daughtry, Secretary", "E. A. Sherman, Auditor of Dakota Territory"
    private static final Pattern FUNCTION = Pattern.compile("^,\\s+(?:the\\s+)?(?:President|Vice President|Chairman|"
            + "Secretary|Treasurer|Clerk|Clk|Agent|Deputy|Auditor|Director|Superintendent|Speaker|Governor|Mayor|"
            + "Judge|Sheriff|Attorney|Editor|Manager|Cashier|Trustee|Commissioner|Postmaster|Pastor|Jailor|"
            + "CHAIRMAN|SECRETARY|PRESIDENT|TREASURER)(?:(?<=Clk)\\.)?(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*"
            + "(?:\\s+(?:of\\s+(?:the\\s+)?)?\\p{Lu}[\\p{L}'’-]*)*)?(?!\\p{L})");

    private Honorifics() {
    }

    /** Person mentions with the titles just before them, and "Esq." or "Jr." just after, taken in. */
    public static List<Mention> extend(String text, List<Mention> mentions) {
        List<Mention> extended = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            extended.add("person".equals(mention.type()) ? extend(text, mention) : mention);
        }
        return extended;
    }

    private static Mention extend(String text, Mention mention) {
        int start = titlesStart(text, mention.start());
        int end = mention.end();
        Matcher suffix = SUFFIX.matcher(text.substring(end, Math.min(text.length(), end + 10)));
        if (suffix.find()) {
            end += suffix.end();
        }
        if (start == mention.start() && end == mention.end()) {
            return mention;
        }
        return new Mention(mention.type(), start, end, text.substring(start, end), mention.method(),
                mention.confidence(), mention.normalised());
    }

    /**
     * Person mentions with a function in apposition after them taken in ("W. G. Daughtry, Secretary"), as
     * HIPE's guidelines count it part of the person.
     */
    public static List<Mention> extendOverFunctions(String text, List<Mention> mentions) {
        List<Mention> extended = new ArrayList<>(mentions.size());
        for (Mention mention : mentions) {
            Matcher function = FUNCTION.matcher(text.substring(mention.end(), Math.min(text.length(),
                    mention.end() + 80)));
            if ("person".equals(mention.type()) && function.find()) {
                int end = mention.end() + function.end();
                extended.add(new Mention(mention.type(), mention.start(), end, text.substring(mention.start(), end),
                        mention.method(), mention.confidence(), mention.normalised()));
            } else {
                extended.add(mention);
            }
        }
        return extended;
    }

    /** Where the run of titles just before {@code offset} begins ("Lieutenant General", "Mr. and Mrs."). */
    public static int titlesStart(String text, int offset) {
        int start = offset;
        for (int titles = 0; titles < MOST_TITLES; titles++) {
            Matcher before = WORD_BEFORE.matcher(text.substring(Math.max(0, start - 24), start));
            if (!before.find()) {
                break;
            }
            int wordStart = start - (before.end() - before.start());
            boolean joined = before.group(3) != null;
            // "Mr. and Mrs. Smith": "and" only between two titles
            if (joined && titles == 0 || wordStart > 0 && Character.isLetterOrDigit(text.charAt(wordStart - 1))
                    || !isTitle(before.group(1), !before.group(2).isEmpty())) {
                break;
            }
            start = wordStart;
        }
        return start;
    }

    public static boolean isTitle(String word, boolean withPeriod) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (ABBREVIATIONS.contains(lower)) {
            return true;
        }
        if (withPeriod || !WORDS.contains(lower)) {
            return false;
        }
        return !ONLY_CAPITALISED.contains(lower) || Character.isUpperCase(word.charAt(0));
    }
}
