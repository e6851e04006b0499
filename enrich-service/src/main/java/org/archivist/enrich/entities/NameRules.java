package org.archivist.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.events.EntityMention;
import org.archivist.events.Signatory;
import org.archivist.events.SourceCitation;

/**
 * What the statistical model misses and the archive's texts are full of: the names and places of signatory
 * lines, "Comrades X, Y and Z" lists, initials with a surname ("G. T. Miasnikov"), the Internationals and
 * parties ("the Third International", "the C.P. of Russia"), periodicals ("The Russian Review") and the
 * periodical of the source citation. Plain Java.
 */
final class NameRules {

    private static final String WORD = "\\p{Lu}\\p{Ll}+(?:[-'’]\\p{Lu}?\\p{Ll}+)*";
    private static final String NAME = "(?:\\p{Lu}\\.\\s?){0,3}" + WORD + "(?:\\s" + WORD + ")?";
    private static final String SEPARATOR = "(?:\\s*,\\s*(?:(?:and|\\[and]|und|et|y|e)\\s+)?|\\s+(?:and|\\[and]|und|et|y|e|&)\\s+)";

    // "Comrades Myasnikov, Kusnetzov and Prostatnov"; "Genossen …", "camarades …", "Messrs. …".
    private static final Pattern LIST = Pattern.compile(
            "\\b(?:[Cc]omrades?|[Gg]enossen|[Gg]enosse|[Cc]amarades?|[Cc]ompañeros?|[Cc]ompagni|Messrs\\.?)\\s+("
                    + NAME + "(?:" + SEPARATOR + NAME + ")*)");
    private static final Pattern LIST_ITEM = Pattern.compile(NAME);

    private static final Pattern INITIALS = Pattern.compile(
            "(?<![\\p{L}.])((?:\\p{Lu}\\.\\s?){1,3})(\\p{Lu}\\p{Ll}{2,}(?:-\\p{Lu}\\p{Ll}+)?)");

    private static final Pattern INTERNATIONAL = Pattern.compile(
            "\\b((?:First|Second|Third|Fourth|Fifth|1st|2nd|3rd|4th|5th|Two-and-a-Half|Two and a Half|"
                    + "Communist|Socialist|Labour and Socialist|Communist Workers'?|Red|Young Communist|Trade Union)"
                    + "\\s+International)\\b");
    private static final Pattern COMMUNIST_PARTY_ABBREVIATION = Pattern.compile(
            "\\b((?:\\p{Lu}\\p{Ll}+\\s)?C\\.\\s?P\\.(?:\\s?of\\s\\p{Lu}\\p{Ll}+)?)");
    // Capitalised words, a plural possessive among them ("Workers' Group"), never a singular one ("Miasnikov's").
    private static final String NAMED = "(?:\\p{Lu}\\p{L}*s['’]\\s+|\\p{Lu}\\p{L}+\\s+){1,4}";
    private static final Pattern ORGANISATION = Pattern.compile(
            "\\b(" + NAMED + "(Party|Group|Union|League|Federation|Society|Committee|Council|Association|Club|"
                    + "Company|Bureau|Brotherhood|Alliance|Front|Syndicate|Partei|Bund|Verband|Gruppe|"
                    + "Parti|Partido|Partito))(\\s+of\\s+(\\p{Lu}\\p{L}+))?\\b");
    // A party, a union or a federation "of Germany" is named by its country; a group "of Russia" is only placed.
    private static final Set<String> NAMED_BY_PLACE = Set.of("Party", "Union", "League", "Federation", "Council",
            "Committee", "Partei", "Parti", "Partido", "Partito", "Bund", "Verband");
    private static final Pattern PERIODICAL = Pattern.compile(
            "\\b(" + NAMED + "(?:Review|Gazette|Herald|Times|Tribune|Chronicle|Journal|Courier|Dreadnought|Worker|"
                    + "Call|Liberator|Post|News|Magazine|Quarterly|Monthly|Weekly|Clarion|Mercury|Advocate|Bulletin|"
                    + "Zeitung|Rundschau|Blatt|Volkszeitung))\\b");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("^(?:The|A|An|Der|Die|Das|La|Le|Les|El|Il)\\s+");

    private NameRules() {
    }

    /** A mention and how much it is to be believed against another one over the same words. */
    record Candidate(Mention mention, int priority) {
    }

    static final int MODEL = 2;
    static final int PATTERN = 3;
    static final int AUTHORITY = 4;
    static final int LIST_PRIORITY = 5;
    static final int STRUCTURE = 7;

    static List<Candidate> lists(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher list = LIST.matcher(text);
        while (list.find()) {
            Matcher item = LIST_ITEM.matcher(text).region(list.start(1), list.end(1));
            while (item.find()) {
                found.add(candidate(text, EntityMention.PERSON, item.start(), item.end(), "list", 0.85, LIST_PRIORITY));
            }
        }
        return found;
    }

    static List<Candidate> initials(String text) {
        List<Candidate> found = new ArrayList<>();
        Matcher m = INITIALS.matcher(text);
        while (m.find()) {
            found.add(candidate(text, EntityMention.PERSON, m.start(), m.end(), "initials", 0.7, PATTERN));
        }
        return found;
    }

    static List<Candidate> organisations(String text, Authority authority) {
        List<Candidate> found = new ArrayList<>();
        for (Pattern pattern : List.of(INTERNATIONAL, COMMUNIST_PARTY_ABBREVIATION)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                add(found, text, EntityMention.ORGANISATION, m.start(1), m.end(1), pattern == INTERNATIONAL ? 0.85 : 0.65);
            }
        }
        Matcher org = ORGANISATION.matcher(text);
        while (org.find()) {
            boolean ofPlace = org.group(4) != null && !authority.byForm(EntityMention.PLACE, org.group(4)).isEmpty();
            boolean keepOf = org.group(3) != null && (!ofPlace || NAMED_BY_PLACE.contains(org.group(2)));
            add(found, text, EntityMention.ORGANISATION, org.start(1), keepOf ? org.end(3) : org.end(1), 0.65);
        }
        Matcher m = PERIODICAL.matcher(text);
        while (m.find()) {
            add(found, text, EntityMention.PERIODICAL, m.start(1), m.end(1), 0.6);
        }
        return found;
    }

    /** The names and places of a signatory list, found in order inside its span of the text. */
    static List<Candidate> signatories(String text, List<Signatory> signatories, int from, int to) {
        List<Candidate> found = new ArrayList<>();
        int at = from;
        for (Signatory signatory : signatories) {
            int name = text.indexOf(signatory.name(), at);
            if (name < 0 || name >= to) {
                continue;
            }
            found.add(candidate(text, EntityMention.PERSON, name, name + signatory.name().length(), "signatory", 0.9,
                    STRUCTURE));
            at = name + signatory.name().length();
            for (Signatory.Place place : signatory.places()) {
                for (String form : new String[] {place.written(), place.normalised()}) {
                    if (form == null) {
                        continue;
                    }
                    int p = text.indexOf(form, at);
                    if (p >= 0 && p < to) {
                        found.add(candidate(text, EntityMention.PLACE, p, p + form.length(), "signatory", 0.9,
                                STRUCTURE));
                        at = p + form.length();
                    }
                }
            }
        }
        return found;
    }

    /** The periodical the source citation names, where the citation says it. */
    static List<Candidate> citation(String text, SourceCitation citation) {
        if (citation == null || citation.periodical() == null || citation.text() == null) {
            return List.of();
        }
        int in = citation.start() >= 0 && text.startsWith(citation.text(), citation.start()) ? citation.start()
                : text.indexOf(citation.text());
        int at = in < 0 ? -1 : text.indexOf(citation.periodical(), in);
        if (at < 0 || at > in + citation.text().length()) {
            return List.of();
        }
        return List.of(candidate(text, EntityMention.PERIODICAL, at, at + citation.periodical().length(), "citation",
                0.95, STRUCTURE));
    }

    private static void add(List<Candidate> found, String text, String type, int start, int end, double confidence) {
        Matcher article = LEADING_ARTICLE.matcher(text).region(start, end);
        if (article.lookingAt()) {
            start = article.end();
        }
        if (end - start > 2) {
            found.add(candidate(text, type, start, end, "pattern", confidence, PATTERN));
        }
    }

    static Candidate candidate(String text, String type, int start, int end, String method, double confidence,
            int priority) {
        return new Candidate(new Mention(type, start, end, text.substring(start, end), method, confidence, null),
                priority);
    }
}
