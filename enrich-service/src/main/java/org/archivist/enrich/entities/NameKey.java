package org.archivist.enrich.entities;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A transliteration-aware key for a name: two spellings of one name that differ only in how a transliterator
 * or a typesetter rendered its sounds get the same key ("Kuznetzov" and "Kusnetzov", "Miasnikov" and
 * "Myasnikov", "Trotzki" and "Trotsky", "Moisseiv" and "Moiseiv", "Zinovieff" and "Sinowjew").
 * Names in any script are first transliterated to Latin by ICU4J and folded to ASCII lower case. Plain Java.
 */
public final class NameKey {

    // Russian as the English-language press wrote it (BGN/PCGN), other scripts to Latin, then accents off and
    // lower case: "Мясников" and "Mjasnikow" meet "miasnikov".
    private static final ThreadLocal<Transliterator> FOLD = ThreadLocal.withInitial(() ->
            Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII; Lower"));

    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");

    /** Sound rules, in order; each rewrites every occurrence. Applied to each word of the name. */
    private static final List<String[]> RULES = List.of(
            new String[] {"tsch", "ch"},  // German for ч: Tschitscherin = Chicherin
            new String[] {"sch", "sh"},   // German for ш: Schljapnikow = Shlyapnikov
            new String[] {"sz", "sh"},    // Polish for ш
            new String[] {"cz", "ch"},    // Polish for ч
            new String[] {"zh", "sh"},    // ж and ш are kept apart by nobody who prints in Latin letters
            new String[] {"kh", "ch"},    // х: Kharkov = Charkow
            new String[] {"ck", "k"},
            new String[] {"ph", "f"},
            new String[] {"tz", "ts"},    // ц: Kuznetzov = Kuznetsov
            new String[] {"w", "v"},      // German and Polish в: Sinowjew = Zinoviev
            new String[] {"z", "s"},      // з: Kuznetsov = Kusnetsov
            new String[] {"j", "i"},      // German й/ь: Mjasnikow = Miasnikov
            new String[] {"y", "i"},      // English й/ы/ь: Myasnikov = Miasnikov
            new String[] {"ie", "e"},     // е after a vowel or ь: Medvediev = Medvedev
            new String[] {"ou", "u"});    // French у: Boukharine = Bukharin

    private static final int CACHE_LIMIT = 200_000;
    private static final java.util.Map<String, List<String>> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

    private static final Pattern DOUBLED = Pattern.compile("([a-z])\\1+");
    // The feminine form of a Russian surname: Prostatova is Prostatov's wife, or his sister.
    private static final Pattern FEMININE = Pattern.compile("(?<=[a-z]{3})([oe]v)a$");
    // Old English and French spellings of -ov/-ev: Zinovieff, Kerensky's "Lvoff".
    private static final Pattern OFF = Pattern.compile("(?<=[a-z]{2})([oe])f$");

    private NameKey() {
    }

    /** The key of a name: its words' keys joined by single spaces; empty when the name has no letters. */
    public static String of(String name) {
        return String.join(" ", words(name));
    }

    /**
     * The key of the family a name belongs to: as {@link #of}, with a Russian woman's surname turned into its
     * masculine form ("Prostatova" into "prostatov"). Two names with the same family key but not the same key
     * are two people of one family as often as one person: that is for an editor to say.
     */
    public static String family(String name) {
        List<String> words = words(name);
        return words.stream().map(w -> FEMININE.matcher(w).replaceAll("$1")).collect(java.util.stream.Collectors.joining(" "));
    }

    /** The keys of each word of a name, in order, leaving out words without letters. */
    public static List<String> words(String name) {
        // Names recur in every document; transliterating them is the costly part.
        List<String> known = CACHE.get(name);
        if (known != null) {
            return known;
        }
        if (CACHE.size() > CACHE_LIMIT) {
            CACHE.clear();
        }
        List<String> words = List.copyOf(transliterated(name));
        CACHE.put(name, words);
        return words;
    }

    private static List<String> transliterated(String name) {
        String folded = FOLD.get().transliterate(name).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        for (String word : NOT_LETTER.split(folded)) {
            if (!word.isEmpty()) {
                words.add(word(word));
            }
        }
        return words;
    }

    private static String word(String word) {
        String key = word;
        for (String[] rule : RULES) {
            key = key.replace(rule[0], rule[1]);
        }
        key = DOUBLED.matcher(key).replaceAll("$1");
        Matcher off = OFF.matcher(key);
        return off.find() ? off.replaceAll("$1v") : key;
    }

    /** How often each letter a-z occurs in a key, all other characters in one last slot: see {@link #commonLetters}. */
    public static int[] letters(String key) {
        int[] counts = new int[27];
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            counts[c >= 'a' && c <= 'z' ? c - 'a' : 26]++;
        }
        return counts;
    }

    /** The letters two keys have in common, counted with repetition: the most characters Jaro can match. */
    public static int commonLetters(int[] a, int[] b) {
        int common = 0;
        for (int i = 0; i < a.length; i++) {
            common += Math.min(a[i], b[i]);
        }
        return common;
    }
}
