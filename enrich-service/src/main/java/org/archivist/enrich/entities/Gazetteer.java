package org.archivist.enrich.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Finds every known form in a text, longest first at each word: "Communist Party of Germany" rather than
 * "Germany" alone. Words are compared without case and accents, but a match must start with a capital
 * (an abbreviation such as "GPU" must match its case exactly), and may not run across a comma, a line
 * break or a bracket. Plain Java.
 */
public final class Gazetteer {

    /** A form to find, and the type of the entity it names. */
    public record Name(String form, String type, boolean abbreviation) {
    }

    /** A form found in a text. */
    public record Match(int start, int end, Name name) {
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(2);
        final List<Name> names = new ArrayList<>(1);
    }

    private final Node root = new Node();

    public Gazetteer(List<Name> names) {
        for (Name name : names) {
            List<Words.Word> words = Words.of(name.form());
            if (words.isEmpty()) {
                continue;
            }
            Node node = root;
            for (Words.Word word : words) {
                node = node.next.computeIfAbsent(fold(word.text()), k -> new Node());
            }
            if (!node.names.contains(name)) {
                node.names.add(name);
            }
        }
    }

    /** The longest known form that starts at each word of the text, left to right, overlapping allowed. */
    public List<Match> find(String text) {
        List<Words.Word> words = Words.of(text);
        String[] folded = new String[words.size()];
        for (int i = 0; i < folded.length; i++) {
            folded[i] = fold(words.get(i).text());
        }
        List<Match> matches = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (!Character.isUpperCase(words.get(i).text().codePointAt(0))) {
                continue;
            }
            int start = words.get(i).start();
            Node node = root;
            List<Match> longest = List.of();
            for (int j = i; j < words.size(); j++) {
                if (j > i && !Words.joined(text, words.get(j - 1), words.get(j))) {
                    break;
                }
                node = node.next.get(folded[j]);
                if (node == null) {
                    break;
                }
                List<Match> here = new ArrayList<>(1);
                for (Name name : node.names) {
                    // One form may name several entities: all of them go to the linker.
                    if (!name.abbreviation() || text.regionMatches(start, name.form(), 0, name.form().length())) {
                        int end = words.get(j).end();
                        // "C.P.", "R.C.P.": the full stop is part of the form.
                        if (name.form().endsWith(".") && end < text.length() && text.charAt(end) == '.') {
                            end++;
                        }
                        here.add(new Match(start, end, name));
                    }
                }
                if (!here.isEmpty()) {
                    longest = here;
                }
            }
            matches.addAll(longest);
        }
        return matches;
    }

    static String fold(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.chars().allMatch(c -> c < 128)) {
            return lower;
        }
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
