package org.archivist.enrich.entities;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.archivist.events.EntityMention;

/**
 * Words a model or a pattern takes for names that are not: pronouns, adjectives of nationality and origin
 * ("Russian", "Siberian", "Soviet"), followers and doctrines ("Menshevist", "Trotskyist", "Bolshevism"), a
 * man's description ("the old Bolshevik") and forms of address ("Comrades"). Plain Java.
 */
final class NotEntities {

    private static final Set<String> WORDS = Set.of(
            "i", "he", "she", "it", "we", "you", "they", "him", "her", "us", "them", "his", "its", "our", "their",
            "your", "my", "this", "that", "these", "those", "who", "whom", "there", "here",
            "comrade", "comrades", "mr", "mrs", "miss", "ms", "sir", "madam", "citizen", "citizens",
            "genosse", "genossen", "camarade", "camarades", "compañero", "compañeros",
            "bolshevik", "menshevik", "bolsheviki", "mensheviki", "spartacist", "wobbly", "communist", "communists", "socialist", "socialists",
            "soviet", "soviets", "red", "reds", "white", "whites", "god", "note", "notes", "comments");

    // Adjectives of nationality and origin of the period's press; "-ian", "-ese" and "-ish" forms of places
    // not listed here are caught by the suffix rule below when the place itself is known.
    private static final Set<String> DEMONYMS = Set.of(
            "russian", "russians", "siberian", "german", "germans", "french", "frenchman", "british", "english",
            "englishman", "scottish", "scotch", "scots", "irish", "welsh", "american", "americans", "polish",
            "pole", "poles", "latvian", "lettish", "lett", "letts", "lithuanian", "estonian", "esthonian",
            "finnish", "finn", "finns", "swedish", "swede", "norwegian", "danish", "dane", "dutch", "belgian",
            "swiss", "austrian", "hungarian", "magyar", "czech", "czechs", "slovak", "italian", "italians",
            "spanish", "spaniard", "portuguese", "greek", "greeks", "turkish", "turk", "turks", "bulgarian",
            "roumanian", "rumanian", "romanian", "serbian", "serb", "croatian", "croat", "slovene", "ukrainian",
            "georgian", "armenian", "tartar", "tatar", "tartars", "tatars", "jewish", "jew", "jews", "chinese",
            "japanese", "indian", "indians", "persian", "afghan", "mexican", "canadian", "australian",
            "european", "europeans", "asiatic", "asian", "african", "slav", "slavs", "slavonic", "muscovite",
            "prussian", "bavarian", "saxon", "viennese", "parisian", "londoner", "cossack", "cossacks",
            "ruthenian", "baltic", "caucasian", "arab", "arabs", "egyptian", "korean", "deutsch", "deutsche",
            "deutschen", "russisch", "russische", "russischen", "français", "française", "russe", "russes",
            "allemand", "allemands", "anglais", "ruso", "rusa", "rusos", "alemán", "inglés");

    private static final Pattern FOLLOWER_OR_DOCTRINE = Pattern.compile(
            ".*(?:ist|ists|ism|isms|istic|ismus|isten|istes|istas)$");

    private NotEntities() {
    }

    /** Whether a one-word name is none: a pronoun, an adjective of origin, a follower or a doctrine. */
    static boolean excluded(String surface, Authority authority) {
        String word = surface.strip().toLowerCase(Locale.ROOT);
        if (word.contains(" ")) {
            return false;
        }
        if (WORDS.contains(word) || DEMONYMS.contains(word) || FOLLOWER_OR_DOCTRINE.matcher(word).matches()) {
            return true;
        }
        // An adjective made of a known place: Siberia-n, Moscow-ite, Latvia-n, Poland → "Polish" is listed.
        for (String stem : new String[] {strip(word, "n"), strip(word, "an"), strip(word, "ian"), strip(word, "ese")}) {
            if (stem != null && !authority.byForm(EntityMention.PLACE, stem).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String strip(String word, String suffix) {
        return word.endsWith(suffix) && word.length() > suffix.length() + 2
                ? word.substring(0, word.length() - suffix.length()) : null;
    }
}
