package org.archivist.enrich.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.archivist.events.EntityMention;

/**
 * Links a document's mentions to the authority file, and groups those it cannot link into the names the
 * document uses. A mention links by an exact known form, or by the same transliteration key ({@link NameKey}),
 * and only to an entity of its own type. Within one document, a person's surname alone joins the same surname
 * with initials ("Myasnikov", "G. Myasnikov"), and a long name misspelt by one letter more or less joins the
 * name as otherwise written ("Prostatnov", "Prostatov"). What only looks alike ("Lepin" and "Lenin", "Demidor"
 * and "Remidov", a woman's and a man's form of one surname) is never linked: it becomes a suggestion for an
 * editor. Plain Java.
 */
public final class EntityLinker {

    /** How close two keys must be for a suggestion (Jaro-Winkler). */
    static final double SUGGESTION_SIMILARITY = 0.85;
    /** A name this long, misspelt by one letter more or less elsewhere in the document, is the same name. */
    static final int MIN_LENGTH_FOR_ONE_LETTER = 8;

    private static final Pattern INITIAL = Pattern.compile("^\\p{Lu}\\.?$");
    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final LevenshteinDistance TWO_EDITS = new LevenshteinDistance(2);

    /**
     * The mentions of one name in a document. {@code entityId} is the authority's entity when linked, else null:
     * then {@code key} is the name's key, and the group is a candidate for a new entity.
     *
     * @param link how the group's mentions were linked: exact, key, document; null when not linked
     */
    public record Group(String type, String key, String entityId, String link, List<Mention> mentions) {

        /** The forms the document writes, most frequent first. */
        public List<String> forms() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (Mention m : mentions) {
                counts.merge(m.surface(), 1, Integer::sum);
            }
            return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                    .map(Map.Entry::getKey).toList();
        }
    }

    /**
     * A link an editor should decide on: the form and either an entity of the authority file or another name
     * of the same document.
     */
    public record Suggestion(String type, String form, String key, String candidateEntityId, String candidateForm,
            double similarity, String reason) {
    }

    /** A document's names, linked or grouped, its dates, and what an editor should look at. */
    public record Linking(List<Group> groups, List<Mention> dates, List<Suggestion> suggestions) {
    }

    private EntityLinker() {
    }

    public static Linking link(List<Mention> mentions, Authority authority) {
        List<Mention> dates = new ArrayList<>();
        Map<String, Group> linked = new LinkedHashMap<>();
        Map<String, List<Mention>> unlinked = new LinkedHashMap<>();
        for (Mention m : mentions) {
            if (m.type().equals(EntityMention.DATE)) {
                dates.add(m);
                continue;
            }
            List<Authority.Entry> exact = authority.byForm(m.type(), m.surface());
            String link = "exact";
            List<Authority.Entry> found = exact;
            if (found.isEmpty()) {
                found = authority.byKey(m.type(), NameKey.of(m.surface()));
                link = "key";
            }
            if (found.size() == 1) {
                Authority.Entry entry = found.get(0);
                Group group = linked.computeIfAbsent(entry.id(),
                        id -> new Group(m.type(), NameKey.of(entry.preferredLabel()), id, null, new ArrayList<>()));
                group.mentions().add(m);
                linked.put(entry.id(), withLink(group, link));
            } else {
                // Not known, or a form several entities share: grouped with the document's other mentions of it.
                unlinked.computeIfAbsent(m.type() + ":" + groupKey(m), k -> new ArrayList<>()).add(m);
            }
        }
        joinSurnames(unlinked);
        List<Group> groups = new ArrayList<>(linked.values());
        List<Group> open = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : unlinked.entrySet()) {
            String type = e.getKey().substring(0, e.getKey().indexOf(':'));
            open.add(new Group(type, e.getKey().substring(type.length() + 1), null, null, e.getValue()));
        }
        open = joinMisspellings(open);
        groups.addAll(open);
        groups.sort(Comparator.comparingInt(g -> g.mentions().get(0).start()));
        return new Linking(groups, dates, suggestions(open, authority));
    }

    private static Group withLink(Group group, String link) {
        // "exact" for the group when every mention was exact; "key" once one was linked by key.
        String merged = group.link() == null || group.link().equals("exact") ? link : group.link();
        return new Group(group.type(), group.key(), group.entityId(), merged, group.mentions());
    }

    /** A person is grouped by surname when the rest is initials ("G. T. Miasnikov" with "Miasnikov"). */
    static String groupKey(Mention m) {
        if (!m.type().equals(EntityMention.PERSON)) {
            return NameKey.of(m.surface());
        }
        String[] words = m.surface().trim().split("\\s+");
        boolean initials = words.length > 1;
        for (int i = 0; i < words.length - 1; i++) {
            initials &= INITIAL.matcher(words[i]).matches();
        }
        return initials ? NameKey.of(words[words.length - 1]) : NameKey.of(m.surface());
    }

    /**
     * A surname alone that the document also gives with a first name ("Akbar" and "Alla Akbar") is that person,
     * when only one such person is in the document.
     */
    private static void joinSurnames(Map<String, List<Mention>> unlinked) {
        Map<String, String> fullBySurname = new LinkedHashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (String key : unlinked.keySet()) {
            if (key.startsWith(EntityMention.PERSON + ":") && key.indexOf(' ') > 0) {
                String surname = key.substring(key.lastIndexOf(' ') + 1);
                if (fullBySurname.putIfAbsent(surname, key) != null) {
                    ambiguous.add(surname);
                }
            }
        }
        for (String surname : fullBySurname.keySet()) {
            String single = EntityMention.PERSON + ":" + surname;
            if (!ambiguous.contains(surname) && unlinked.containsKey(single)) {
                unlinked.get(fullBySurname.get(surname)).addAll(unlinked.remove(single));
            }
        }
    }

    /**
     * Within the document, a long name and the same name with one letter more or less are one name
     * (a typesetter's or a transcriber's slip: "Prostatnov" for "Prostatov"); the form written more often leads.
     */
    private static List<Group> joinMisspellings(List<Group> groups) {
        List<Group> result = new ArrayList<>(groups);
        boolean joined = true;
        while (joined) {
            joined = false;
            outer:
            for (Group a : result) {
                for (Group b : result) {
                    if (a != b && a.type().equals(b.type()) && oneLetterApart(a.key(), b.key())
                            && a.mentions().size() >= b.mentions().size()) {
                        List<Mention> all = new ArrayList<>(a.mentions());
                        all.addAll(b.mentions());
                        all.sort(Comparator.comparingInt(Mention::start));
                        result.remove(b);
                        result.set(result.indexOf(a), new Group(a.type(), a.key(), null, "document", all));
                        joined = true;
                        break outer;
                    }
                }
            }
        }
        return result;
    }

    /** One letter more or less, in a long name, that is not the feminine "-a" of a Russian surname. */
    static boolean oneLetterApart(String a, String b) {
        if (a.contains(" ") || b.contains(" ") || Math.abs(a.length() - b.length()) != 1
                || NameKey.family(a).equals(NameKey.family(b))
                || Math.min(a.length(), b.length()) < MIN_LENGTH_FOR_ONE_LETTER || !a.regionMatches(0, b, 0, 2)) {
            return false;
        }
        return ONE_EDIT.apply(a, b) == 1;
    }

    private static List<Suggestion> suggestions(List<Group> open, Authority authority) {
        List<Suggestion> suggestions = new ArrayList<>();
        List<int[]> letters = open.stream().map(g -> NameKey.letters(g.key())).toList();
        List<String> firstForms = open.stream().map(g -> g.forms().get(0)).toList();
        List<String> families = firstForms.stream().map(NameKey::family).toList();
        for (int g = 0; g < open.size(); g++) {
            Group group = open.get(g);
            String form = firstForms.get(g);
            int[] lettersOfGroup = letters.get(g);
            String family = families.get(g);
            for (Authority.Similar similar : authority.similar(group.type(), group.key(), family,
                    () -> similarEntries(group.type(), group.key(), lettersOfGroup, family, authority))) {
                Authority.Entry entry = similar.entry();
                suggestions.add(new Suggestion(group.type(), form, group.key(), entry.id(), null, similar.similarity(),
                        similar.sameFamily() ? "the same family name as " + entry.preferredLabel()
                                : "spelt like " + entry.preferredLabel()));
            }
        }
        for (int i = 0; i < open.size(); i++) {
            for (int j = i + 1; j < open.size(); j++) {
                Group a = open.get(i);
                Group b = open.get(j);
                if (!a.type().equals(b.type())) {
                    continue;
                }
                String formA = firstForms.get(i);
                String formB = firstForms.get(j);
                boolean sameFamily = a.type().equals(EntityMention.PERSON) && families.get(i).equals(families.get(j));
                double similarity = similarity(a.key(), letters.get(i), b.key(), letters.get(j));
                if (sameFamily || similarity >= SUGGESTION_SIMILARITY || withinTwoLetters(a.key(), b.key())) {
                    suggestions.add(new Suggestion(a.type(), formA, a.key(), null, formB, similarity,
                            sameFamily ? "the same family name as " + formB
                                    : "spelt like " + formB + " in the same document"));
                }
            }
        }
        return suggestions;
    }

    /** The entities of this type with a form spelt like the key, or (persons) of the same family. */
    private static List<Authority.Similar> similarEntries(String type, String key, int[] letters, String family,
            Authority authority) {
        List<Authority.Similar> found = new ArrayList<>();
        for (Authority.Entry entry : authority.ofType(type)) {
            double best = 0;
            boolean sameFamily = false;
            for (Authority.Key form : authority.keys(entry)) {
                best = Math.max(best, similarity(key, letters, form.key(), form.letters()));
                sameFamily |= type.equals(EntityMention.PERSON) && family.equals(form.family());
            }
            if (best >= SUGGESTION_SIMILARITY || sameFamily) {
                found.add(new Authority.Similar(entry, best, sameFamily));
            }
        }
        return found;
    }

    private static double similarity(String a, int[] lettersOfA, String b, int[] lettersOfB) {
        if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
            return 0;
        }
        // Jaro-Winkler cannot reach the threshold when the keys share too few letters: Jaro is at most
        // (m/a + m/b + 1)/3 for lengths a, b and m the letters they have in common, and the prefix bonus adds
        // at most 0.4(1 - Jaro). Comparing the keys' letter counts is much cheaper than Jaro-Winkler, which
        // most pairs fail; the lengths alone (m at most the shorter) rule out many pairs before that.
        if (!mayReachSuggestion(Math.min(a.length(), b.length()), a.length(), b.length())
                || !mayReachSuggestion(NameKey.commonLetters(lettersOfA, lettersOfB), a.length(), b.length())) {
            return 0;
        }
        return JARO_WINKLER.apply(a, b);
    }

    private static boolean mayReachSuggestion(int common, int lengthOfA, int lengthOfB) {
        double jaroAtMost = (common / (double) lengthOfA + common / (double) lengthOfB + 1) / 3;
        return jaroAtMost + 0.4 * (1 - jaroAtMost) >= SUGGESTION_SIMILARITY;
    }

    /** Two one-word names of six letters or more that two letters make different ("Demidor", "Remidov"). */
    private static boolean withinTwoLetters(String a, String b) {
        if (a.equals(b) || a.contains(" ") || b.contains(" ") || Math.min(a.length(), b.length()) < 6) {
            return false;
        }
        return TWO_EDITS.apply(a, b) >= 0;
    }
}
