package org.archivist.enrich.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;


/**
 * General rules for names the model misses or mistypes in newspaper text: a name after a title is a person,
 * a name ending in "Gazette" or "Journal" a periodical, one ending in "Company" or "Society" or starting
 * "Board of" an organisation, "X county", "City of X" and "Springfield, Tenn." places. Each takes the text
 * and the mentions so far and gives the mentions it finds, which take the place of the ones they overlap.
 */
final class MentionRefinements {

    static final String METHOD = "pattern";

    // a capitalised word, or an initial with its period; a name goes on after a space, never after a period
    private static final String CAPITALISED = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{L}'’-]*(?!\\p{L}))";
    private static final String JOINER = "(?:\\s+(?:of|and|&|the|for|de|du|von|van|der|la|le)\\s+|\\s+)";
    private static final String CAPITALISED_RUN = "(?<!\\p{L})" + CAPITALISED + "(?:" + JOINER + CAPITALISED + ")*";

    private static final Set<String> FUNCTION_WORDS = Set.of("the", "a", "an", "and", "of", "in", "on", "at", "to",
            "for", "from", "by", "with", "that", "this", "these", "those", "it", "he", "she", "we", "they", "i",
            "his", "her", "their", "our", "its", "mr", "mrs", "resolved", "whereas", "be", "is", "was", "but",
            "or", "as", "if", "when", "while", "there", "here", "then", "all", "no", "not", "one", "so",
            // "the" as OCR often reads it
            "tbe", "tho", "tlie", "thc", "ihe", "tne");

    static final Set<String> PERIODICAL_WORDS = Set.of("gazette", "gaz", "journal", "observer", "herald",
            "advertiser", "intelligencer", "mercury", "chronicle", "courier", "magazine", "review", "sentinel",
            "enquirer", "tribune", "dispatch", "ledger", "argus", "spectator", "transcript", "examiner",
            "bulletin", "dreadnought", "standard", "republican", "democrat", "whig", "times", "register",
            "guide", "telegraph", "recorder", "banner", "patriot", "clarion");
    // words that name a periodical only after a name the model took for a place, an organisation or a person
    private static final Set<String> AMBIGUOUS_PERIODICAL_WORDS = Set.of("standard", "republican", "democrat",
            "whig", "times", "register", "guide", "banner", "patriot", "review", "bulletin", "telegraph");

    // one person named by an office: "the King", "his Majesty"; and God, a person by HIPE's guidelines
    private static final Pattern SOVEREIGN = Pattern.compile("(?<!\\p{L})(?:(?:[Tt]he|[Hh]is|[Hh]er)\\s+"
            + "(?:King|Queen|Emperor|Empress|Pope|Czar|Tsar|Sultan|Dauphin|Majesty|Mayor)|God)(?!\\p{L})");
    private static final Pattern PERIODICAL = Pattern.compile(
            "(" + CAPITALISED_RUN + ")\\s+(\\p{Lu}[\\p{L}]*)\\.?(?!\\p{L})");

    private static final String ORGANISATION_WORDS = "Company|Co\\.|Society|Association|Party|party|Club|Railroad|"
            + "Railway|Bank|Department|Board|Committee|Commission|Union|University|College|Academy|Institute|"
            + "League|Corporation|Council|Mills|Works|Brotherhood|Lodge|Legion|Army|army|Navy|Corps|Cavalry|"
            + "Regiment|Federation|Seminary|Fraternity|Order|Assembly|Congress|Convention";
    private static final Pattern ORGANISATION_ENDING = Pattern.compile(
            "(" + CAPITALISED_RUN + ")\\s+(?:" + ORGANISATION_WORDS + ")(?!\\p{L})");
    private static final Pattern ORGANISATION_OF = Pattern.compile(
            "(?<!\\p{L})(?:Board|Department|Bureau|Chamber|House|Society|Court|Council|Commission|Committee|"
                    + "Ministry|Academy|University|College|Institute|League|Order|Brotherhood|Federation|"
                    + "Association|Union|Daughters|Sons|Knights|Friends)\\s+of\\s+(?:the\\s+)?" + CAPITALISED
                    + "(?:\\s+(?:and\\s+|&\\s+)?" + CAPITALISED + ")*");

    private static final Pattern PLACE_OF = Pattern.compile(
            "(?<!\\p{L})(?:City|State|Territory|County|Province|Kingdom|Republic|Port|Town|Island|Isle|"
                    + "District|Commonwealth|city|state|territory|county|town|port|island|district)\\s+"
                    + "o[ft]\\s+(" + CAPITALISED + "(?:\\s+" + CAPITALISED + ")*)");
    private static final Pattern PLACE_WORD_AFTER = Pattern.compile(
            "^\\s+(?:county|County|river|River|road|Road|street|Street|bridge|Bridge|park|Park|avenue|Avenue|"
                    + "lake|Lake|creek|Creek|mountains?|Mountains?|island|Island|bay|Bay|valley|Valley|township|"
                    + "Township|parish|Parish|district|reservation|Drive|Square|Sts?\\.|Ave\\.)(?!\\p{L})");
    // "Coosa river", "54 Main Street": up to three capitalised words, maybe a house number, and the kind of place
    private static final Pattern PLACE_ENDING = Pattern.compile("(?:(?<!\\d)\\d{1,5}\\s+)?((?<!\\p{L})"
            + "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,2})\\s+(?:county|County|Counties|river|River|"
            + "street|Street|avenue|Avenue|creek|Creek|Drive|Square)(?!\\p{L})");
    private static final Pattern STATE_AFTER = Pattern.compile(
            "^\\s*[,.]\\s*(?:Ala|Ariz|Ark|Cal|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Ia|Kan|Kans|Ky|La|Md|Mass|"
                    + "Mich|Minn|Miss|Mo|Mont|Neb|Nebr|Nev|Okla|Ore|Oreg|Pa|Penn|Tenn|Tex|Vt|Va|Wash|Wis|Wyo|"
                    + "D\\.\\s?C|N\\.\\s?[HJMYCD]|S\\.\\s?[CD]|R\\.\\s?I|W\\.\\s?Va|O)\\.?(?!\\p{L})");

    private static final Pattern TITLED_NAME = Pattern.compile("(?<!\\p{L})(\\p{L}+)\\.?\\s+(" + CAPITALISED
            + "(?:\\s+" + CAPITALISED + "){0,3})");
    private static final Pattern LEADING_WORD = Pattern.compile("\\G(\\p{L}+)\\.?\\s+");

    private static final Set<String> ABBREVIATIONS = Set.of("co", "gaz", "bros", "inc", "ltd", "corp", "assn",
            "dept", "esq", "jr", "sr", "st", "sts", "ave");

    private MentionRefinements() {
    }

    /**
     * A name after a title: a person, whatever the model called it ("Major Van der Gracht" is no
     * organisation); an abbreviated title followed by capitalised words is a person even where the model saw
     * nothing ("Dr. Read").
     */
    static List<Mention> titledPersons(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Mention mention : mentions) {
            if (!"person".equals(mention.type()) && !"date".equals(mention.type())
                    && Honorifics.titlesStart(text, mention.start()) < mention.start()) {
                found.add(retyped(mention, "person"));
            }
        }
        Matcher matcher = TITLED_NAME.matcher(text);
        int from = 0;
        while (matcher.find(from)) {
            String title = matcher.group(1);
            from = matcher.start(2);
            if (!Honorifics.ABBREVIATIONS.contains(title.toLowerCase(Locale.ROOT))
                    || !Character.isUpperCase(title.charAt(0)) || isFunctionWord(firstWord(matcher.group(2)))) {
                continue;
            }
            int start = matcher.start(2);
            int end = trimPeriod(text, start, matcher.end(2));
            if (overlapsAny(mentions, start, end) || overlapsAny(found, start, end)) {
                continue;
            }
            found.add(mention("person", text, start, end));
            from = end;
        }
        Matcher office = SOVEREIGN.matcher(text);
        while (office.find()) {
            if (!overlapsAny(mentions, office.start(), office.end())
                    && !overlapsAny(found, office.start(), office.end())) {
                found.add(mention("person", text, office.start(), office.end()));
            }
        }
        return found;
    }

    /** "Fayetteville Observer", "the Leyden Gazette", "Weld County Republican". */
    static List<Mention> periodicals(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Mention mention : mentions) {
            // one word alone ("Republican", "Times") is no periodical's name
            if (!"date".equals(mention.type()) && !"periodical".equals(mention.type())
                    && mention.surface().strip().indexOf(' ') > 0
                    && PERIODICAL_WORDS.contains(lastWord(mention.surface()).toLowerCase(Locale.ROOT))) {
                found.add(retyped(mention, "periodical"));
            }
        }
        Matcher matcher = PERIODICAL.matcher(text);
        int from = 0;
        while (matcher.find(from)) {
            from = matcher.start() + 1;
            String word = matcher.group(2).toLowerCase(Locale.ROOT);
            if (!PERIODICAL_WORDS.contains(word)) {
                continue;
            }
            int start = skipFunctionWords(text, matcher.start(1), matcher.end());
            int end = trimPeriod(text, start, matcher.end());
            if (start >= matcher.end(1)) {
                continue;
            }
            boolean afterAName = mentions.stream().anyMatch(m -> m.start() <= start && m.end() > start
                    && m.end() <= matcher.start(2));
            if (AMBIGUOUS_PERIODICAL_WORDS.contains(word) && !afterAName
                    || overlapsAny(found, start, end)) {
                continue;
            }
            found.add(mention("periodical", text, start, end));
            from = end;
        }
        return found;
    }

    /** "Springfield Fire and Marine Insurance Company", "the Republican party", "Board of Public Works". */
    static List<Mention> organisations(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Pattern pattern : List.of(ORGANISATION_OF, ORGANISATION_ENDING)) {
            Matcher matcher = pattern.matcher(text);
            int from = 0;
            while (matcher.find(from)) {
                from = matcher.start() + 1;
                int start = skipFunctionWords(text, matcher.start(), matcher.end());
                int end = trimPeriod(text, start, matcher.end());
                if (end - start < 4 || overlapsAny(found, start, end)
                        || text.substring(start, end).indexOf(' ') < 0 || numbered(text, start)) {
                    continue;
                }
                found.add(mention("organisation", text, start, end));
                from = end;
            }
        }
        return found;
    }

    /** "Essex county", "City of Washington", "Springfield, Tenn.": a place with what belongs to it. */
    static List<Mention> places(String text, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (Mention mention : mentions) {
            if ("date".equals(mention.type()) || "periodical".equals(mention.type())) {
                continue;
            }
            int start = mention.start();
            int end = mention.end();
            String tail = text.substring(end, Math.min(text.length(), end + 16));
            Matcher word = PLACE_WORD_AFTER.matcher(tail);
            Matcher state = STATE_AFTER.matcher(tail);
            if (word.find()) {
                end += word.end();
            } else if ("place".equals(mention.type()) && state.find()) {
                end += state.end();
            }
            if (end > mention.end()) {
                found.add(mention("place", text, start, end));
            }
        }
        Matcher ending = PLACE_ENDING.matcher(text);
        int from = 0;
        while (ending.find(from)) {
            from = ending.start() + 1;
            int start = ending.start(1) == ending.start() ? skipFunctionWords(text, ending.start(1), ending.end())
                    : ending.start();
            int end = ending.end();
            if (start >= ending.end(1) || overlapsAny(found, start, end)
                    || mentions.stream().anyMatch(m -> m.start() <= start && end <= m.end())) {
                continue;
            }
            found.add(mention("place", text, start, end));
            from = end;
        }
        Matcher matcher = PLACE_OF.matcher(text);
        while (matcher.find()) {
            int start = matcher.start();
            int end = trimPeriod(text, start, matcher.end());
            if (overlapsAny(found, start, end)) {
                continue;
            }
            found.add(mention("place", text, start, end));
        }
        return found;
    }

    // "the 12th Party Congress", "the 3rd Convention": a numbered meeting is an event, not an organisation
    private static final Pattern ORDINAL_BEFORE = Pattern.compile("\\d+(?:st|nd|rd|th)\\s+$");

    private static boolean numbered(String text, int start) {
        return ORDINAL_BEFORE.matcher(text.substring(Math.max(0, start - 8), start)).find();
    }

    private static Mention retyped(Mention mention, String type) {
        return new Mention(type, mention.start(), mention.end(), mention.surface(), METHOD, mention.confidence(),
                null);
    }

    private static Mention mention(String type, String text, int start, int end) {
        return new Mention(type, start, end, text.substring(start, end), METHOD, 0.7, null);
    }

    private static boolean overlapsAny(List<Mention> mentions, int start, int end) {
        return mentions.stream().anyMatch(m -> m.start() < end && start < m.end());
    }

    // a sentence's capitalised first words ("The", "Resolved") are not part of the name
    private static int skipFunctionWords(String text, int start, int end) {
        Matcher word = LEADING_WORD.matcher(text).region(start, end);
        while (word.find() && isFunctionWord(word.group(1))) {
            start = word.end();
        }
        return start;
    }

    // a sentence's period is not part of a name; an abbreviation's ("Co.", "Tenn.", "J.") is
    private static int trimPeriod(String text, int start, int end) {
        if (end > start && text.charAt(end - 1) == '.') {
            String word = lastWord(text.substring(start, end - 1));
            if (word.length() > 1 && !ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                    && !STATE_AFTER.matcher(", " + word + ".").find()) {
                return end - 1;
            }
        }
        return end;
    }

    private static boolean isFunctionWord(String word) {
        return FUNCTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    private static String firstWord(String text) {
        int space = text.indexOf(' ');
        return (space < 0 ? text : text.substring(0, space)).replace(".", "");
    }

    private static String lastWord(String text) {
        String trimmed = text.strip();
        int space = Math.max(trimmed.lastIndexOf(' '), trimmed.lastIndexOf('\n'));
        return trimmed.substring(space + 1).replace(".", "");
    }
}
