package org.archivist.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.archivist.enrich.entities.NameRules.Candidate;
import org.archivist.enrich.structure.TranscriptionReader.Reading;
import org.archivist.events.EntityMention;
import org.archivist.events.Footnote;
import org.archivist.events.Paragraph;

/**
 * Finds the persons, places, organisations, periodicals and dates of a transcription's body, headnote and
 * footnotes: the statistical model, every form the authority file knows (longest match), the rules for what
 * models miss, and the dates, combined so that where two disagree over the same words the better-founded and
 * the longer wins. The contribution line, archive header lines and the notes' own markers and authors are
 * left out. Thread-safe; plain Java.
 */
public final class EntityExtractor {

    private static final Set<String> SKIPPED = Set.of(Paragraph.CONTRIBUTION, Paragraph.HEADER, Paragraph.SEPARATOR);
    private static final Pattern TITLE = Pattern.compile(
            "^(?:(?:Comrades?|Mr|Mrs|Miss|Ms|Dr|Messrs|Mme|Mlle|Herr|Frau|Genossen?|Citizen|Camarade)\\.?\\s+"
                    + "|(?:The|the)\\s+)");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final Pattern ORDINAL = Pattern.compile("^\\d+(?:st|nd|rd|th)\\b");
    private static final Pattern OF = Pattern.compile("\\s+of\\s+(?:the\\s+)?");
    private static final String PLURALS = "(?:Parties|Groups|Unions|Societies|Internationals|Committees|Councils"
            + "|Leagues|Federations|Associations|Clubs|Companies|Soviets|Governments|Organisations|Organizations)";
    private static final Pattern PLURAL_HEAD = Pattern.compile("['’]?\\s*" + PLURALS + "\\b");
    private static final Pattern PLURAL_HEAD_AT_END = Pattern.compile("\\b" + PLURALS + "$");
    private static final int DATE_PRIORITY = 6;
    private static final String LIST_ITEM = "(?:\\p{Lu}\\.\\s?){0,2}\\p{Lu}\\p{Ll}+";
    private static final Pattern LIST_NAME = Pattern.compile(LIST_ITEM);
    private static final Pattern NAME_LIST = Pattern.compile(LIST_ITEM + "(?:\\s*,\\s*" + LIST_ITEM + "){2,}"
            + "(?:,?\\s+(?:and|\\[and]|und|et)\\s+" + LIST_ITEM + ")?");

    private final Function<String, List<Mention>> model;
    private final Function<String, List<Mention>> dates;

    /**
     * @param model the statistical NER model: mentions of persons, places and organisations in a text
     * @param dates the dates of a text, with their ISO form
     */
    public EntityExtractor(Function<String, List<Mention>> model, Function<String, List<Mention>> dates) {
        this.model = model;
        this.dates = dates;
    }

    /** The mentions of a transcription read by {@code TranscriptionReader}, by offsets into its text. */
    public List<Mention> extract(Reading reading, Authority authority) {
        String text = EntityText.of(reading);
        List<Candidate> candidates = candidates(text, authority);
        if (reading.signatories() != null && !reading.signatories().isEmpty()) {
            int from = reading.paragraphs().stream().filter(p -> p.kind().equals(Paragraph.SIGNATORIES))
                    .mapToInt(Paragraph::start).min().orElse(0);
            int to = reading.paragraphs().stream().filter(p -> p.kind().equals(Paragraph.SIGNATORIES))
                    .mapToInt(Paragraph::end).max().orElse(text.length());
            candidates.addAll(NameRules.signatories(text, reading.signatories(), from, to));
        }
        candidates.addAll(NameRules.citation(text, reading.citation()));
        return refined(text, coherentLists(text, select(candidates)));
    }

    /** The mentions of a plain text (no structure known), by offsets into it. */
    public List<Mention> extract(String text, Authority authority) {
        return refined(text, coherentLists(text, select(candidates(text, authority))));
    }

    /**
     * The mentions corrected by what surrounds them: a name after a title is a person; "Essex county", "City of
     * Washington", "Harrisburg, Ill." are places; "X Gazette" a periodical; organisations by their patterns
     * where nothing else was found.
     */
    private static List<Mention> refined(String text, List<Mention> mentions) {
        List<Mention> result = preferring(MentionRefinements.titledPersons(text, mentions), mentions);
        result = preferring(MentionRefinements.places(text, result), result);
        result = preferring(result, MentionRefinements.organisations(text, result));
        result = preferring(MentionRefinements.periodicals(text, result), result);
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    /** All of {@code first}, and those of {@code second} that overlap none of them. */
    private static List<Mention> preferring(List<Mention> first, List<Mention> second) {
        List<Mention> merged = new ArrayList<>(first);
        for (Mention mention : second) {
            if (first.stream().noneMatch(mention::overlaps)) {
                merged.add(mention);
            }
        }
        return merged;
    }

    /**
     * A list of names most of which are persons is a list of persons ("Myasnikov, Kuznetzov, Prostatov, Remidov,
     * Bersina"): the model's other guesses in it, and the names it missed, are persons too.
     */
    static List<Mention> coherentLists(String text, List<Mention> chosen) {
        List<Mention> result = new ArrayList<>(chosen);
        Matcher list = NAME_LIST.matcher(text);
        while (list.find()) {
            List<int[]> items = new ArrayList<>();
            Matcher item = LIST_NAME.matcher(text).region(list.start(), list.end());
            while (item.find()) {
                items.add(new int[] {item.start(), item.end()});
            }
            long persons = items.stream().filter(i -> result.stream().anyMatch(m -> m.start() == i[0]
                    && m.end() == i[1] && m.type().equals(EntityMention.PERSON))).count();
            if (persons * 2 <= items.size()) {
                continue;
            }
            for (int[] i : items) {
                Mention there = result.stream().filter(m -> m.overlaps(new Mention("", i[0], i[1], "", "", 0, null)))
                        .findFirst().orElse(null);
                if (there == null || there.start() == i[0] && there.end() == i[1] && !there.type().equals(EntityMention.PERSON)
                        && there.method().equals("model")) {
                    result.remove(there);
                    result.add(new Mention(EntityMention.PERSON, i[0], i[1], text.substring(i[0], i[1]), "list", 0.7, null));
                }
            }
        }
        result.sort(Comparator.comparingInt(Mention::start));
        return result;
    }

    private List<Candidate> candidates(String text, Authority authority) {
        List<Candidate> candidates = new ArrayList<>();
        List<Gazetteer.Match> known = authority.gazetteer().find(text);
        for (Mention found : model.apply(text)) {
            for (Mention part : splitKnown(text, tidy(text, found), known)) {
                if (part != null && !NotEntities.excluded(part.surface(), authority)
                        && !ORDINAL.matcher(part.surface()).find() && !generic(text, part)) {
                    candidates.add(new Candidate(part, NameRules.MODEL));
                }
            }
        }
        for (Gazetteer.Match match : known) {
            boolean strong = match.name().abbreviation() || match.name().form().contains(" ");
            candidates.add(NameRules.candidate(text, match.name().type(), match.start(), match.end(), "authority",
                    strong ? 0.95 : 0.9, NameRules.AUTHORITY + (strong ? 1 : 0)));
        }
        candidates.addAll(NameRules.lists(text));
        candidates.addAll(NameRules.initials(text));
        for (Candidate rule : NameRules.organisations(text, authority)) {
            if (!NotEntities.excluded(rule.mention().surface(), authority)) {
                candidates.add(rule);
            }
        }
        for (Mention date : dates.apply(text)) {
            candidates.add(new Candidate(date, DATE_PRIORITY));
        }
        return candidates;
    }

    /**
     * An organisation the model cut short before a plural ("the Communist Workers' Parties", "the Soviets"):
     * a kind of organisation, not one of them.
     */
    private static boolean generic(String text, Mention m) {
        if (!m.type().equals(EntityMention.ORGANISATION)) {
            return false;
        }
        Matcher next = PLURAL_HEAD.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 40));
        return next.lookingAt() || PLURAL_HEAD_AT_END.matcher(m.surface()).find();
    }

    /** The mention without a form of address or article before it and a possessive after it. */
    private static Mention tidy(String text, Mention m) {
        int start = m.start();
        int end = m.end();
        Matcher title = TITLE.matcher(text).region(start, end);
        while (title.lookingAt() && title.end() < end) {
            start = title.end();
            title = TITLE.matcher(text).region(start, end);
        }
        Matcher possessive = POSSESSIVE.matcher(text).region(start, end);
        if (possessive.find() && possessive.start() > start) {
            end = possessive.start();
        }
        while (end > start && !Character.isLetterOrDigit(text.charAt(end - 1)) && text.charAt(end - 1) != '.') {
            end--;
        }
        if (end - start < 2) {
            return null;
        }
        return start == m.start() && end == m.end() ? m
                : new Mention(m.type(), start, end, text.substring(start, end), m.method(), m.confidence(), m.normalised());
    }

    /**
     * A model's organisation that ends in "of (the) X", X a known organisation, is two ("the Workers' Group of
     * the Russian Communist Party"): the archive wants both linked.
     */
    private static List<Mention> splitKnown(String text, Mention m, List<Gazetteer.Match> known) {
        if (m == null || !m.type().equals(EntityMention.ORGANISATION)) {
            return java.util.Collections.singletonList(m);
        }
        Matcher of = OF.matcher(text).region(m.start(), m.end());
        while (of.find()) {
            int right = of.end();
            for (Gazetteer.Match k : known) {
                if (k.start() == right && k.end() == m.end() && k.name().type().equals(EntityMention.ORGANISATION)) {
                    return List.of(new Mention(m.type(), m.start(), of.start(), text.substring(m.start(), of.start()),
                            m.method(), m.confidence(), null),
                            new Mention(m.type(), right, m.end(), text.substring(right, m.end()), m.method(),
                                    m.confidence(), null));
                }
            }
        }
        return List.of(m);
    }

    /** The best of every set of overlapping candidates: higher priority, more words; then the earlier. */
    static List<Mention> select(List<Candidate> candidates) {
        List<Candidate> ranked = new ArrayList<>(candidates);
        ranked.sort(Comparator.comparingDouble(EntityExtractor::score).reversed()
                .thenComparingInt(c -> c.mention().start()));
        List<Mention> chosen = new ArrayList<>();
        for (Candidate candidate : ranked) {
            Mention m = candidate.mention();
            if (chosen.stream().noneMatch(m::overlaps)) {
                chosen.add(m);
            }
        }
        chosen.sort(Comparator.comparingInt(Mention::start));
        return chosen;
    }

    private static double score(Candidate c) {
        return c.priority() + 1.5 * (Words.of(c.mention().surface()).size() - 1);
    }

    /** The notes' text without their markers and authors ("• 1Despite …—adri"): what the notes say. */
    static List<int[]> noteTexts(String text, List<Paragraph> paragraphs, List<Footnote> footnotes) {
        List<int[]> spans = new ArrayList<>();
        for (Paragraph p : paragraphs) {
            if (!p.kind().equals(Paragraph.NOTES)) {
                continue;
            }
            for (Footnote note : footnotes) {
                if (note.text() == null || note.text().isBlank()) {
                    continue;
                }
                int at = text.indexOf(note.text(), p.start());
                if (at >= 0 && at + note.text().length() <= p.end()) {
                    spans.add(new int[] {at, at + note.text().length()});
                }
            }
        }
        return spans;
    }

    /** The text to look for names in: the same length, with what is not the author's or the editor's words blanked. */
    static final class EntityText {

        private EntityText() {
        }

        static String of(Reading reading) {
            String text = reading.text();
            if (reading.paragraphs() == null || reading.paragraphs().isEmpty()) {
                return text;
            }
            char[] chars = text.toCharArray();
            for (Paragraph p : reading.paragraphs()) {
                if (SKIPPED.contains(p.kind())) {
                    blank(chars, p.start(), p.end());
                } else if (p.kind().equals(Paragraph.NOTES)) {
                    List<int[]> notes = noteTexts(text, List.of(p), reading.footnotes());
                    if (!notes.isEmpty()) {
                        int at = p.start();
                        for (int[] note : notes.stream().sorted(Comparator.comparingInt(n -> n[0])).toList()) {
                            blank(chars, at, note[0]);
                            at = Math.max(at, note[1]);
                        }
                        blank(chars, at, p.end());
                    }
                }
            }
            return new String(chars);
        }

        private static void blank(char[] chars, int from, int to) {
            for (int i = Math.max(0, from); i < Math.min(to, chars.length); i++) {
                if (chars[i] != '\n') {
                    chars[i] = ' ';
                }
            }
        }
    }
}
