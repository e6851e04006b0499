package org.archivist.enrich.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parts of a saved web page that are not the document: image file names ("… cover.jpg"), navigation
 * and breadcrumbs at the top ("Home", "Library", "Home » Library » …", "Search | Browse | About"), and what
 * follows a text at the bottom ("Comments", "Drucken | Teilen", "« Previous item", "Retrieved from …",
 * "Log in or register to post comments"). Only whole lines go, and
 * navigation words only near the top or the bottom of the page, so no character of the body is lost.
 * Plain Java.
 */
public final class PageChrome {

    /** The text without the chrome lines, and the lines taken out, as written. */
    public record Result(String text, List<String> dropped) {
    }

    private static final int HEAD_LINES = 15;
    private static final int TAIL_LINES = 8;
    private static final Pattern IMAGE_FILE = Pattern.compile("(?i)^\\S[^\\n]{0,200}?\\.(?:jpe?g|png|gif|webp|tiff?|svg|bmp)$"
            + "|^!\\[[^\\]\\n]*\\]\\([^)\\n]*\\)$");
    private static final Pattern BREADCRUMB = Pattern.compile("^[^»›>\\n]{1,40}(?:\\s+[»›>/]\\s+[^»›>\\n]{1,60}){1,6}$");
    /** "Drucken | Teilen | Kommentare (0)", "Search | Browse | About": short items between bars. */
    private static final Pattern BAR_MENU = Pattern.compile("^[^|\\n]{1,40}(?:\\s\\|\\s[^|\\n]{1,40})+$");
    /** "« Previous item", "← The Spokane Fight Is Won", "Next →". */
    private static final Pattern ARROWS = Pattern.compile("^[«←‹].*|^[^\\t]{1,30}[»→›]$");
    private static final Pattern EDGE_PHRASES = Pattern.compile("^(?i:tags|categories|share this|retrieved from|"
            + "this page was last edited|last updated|privacy policy|you must be logged in|leave a reply|copyright|"
            + "back to|top of the page|jump to|from wikisource|this work was published before|"
            + "this work is in the public domain|download pdf|cite this|report a transcription error|item record|"
            + "kommentare|drucken|imprimer|partager|page \\d+ of \\d+)\\b.*|^©.*");
    private static final Pattern BULLET = Pattern.compile("^[·•|>*\\-–\\s]+");
    private static final Set<String> NAVIGATION = Set.of("home", "library", "archive", "menu", "navigation",
            "main navigation", "skip to main content", "skip to content", "search", "log in", "login", "register",
            "back to top", "top", "top of page", "previous", "next", "share", "share this", "print",
            "printer-friendly version", "print this page", "email", "tweet", "comments", "add new comment",
            "log in or register to post comments", "login or register to post comments", "attachments",
            "attachment size", "related", "tags", "donate", "back", "index");

    private PageChrome() {
    }

    public static Result strip(String text) {
        String[] lines = text.split("\n", -1);
        List<Integer> nonBlank = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                nonBlank.add(i);
            }
        }
        boolean[] drop = new boolean[lines.length];
        for (int k = 0; k < nonBlank.size(); k++) {
            int i = nonBlank.get(k);
            String line = lines[i].strip();
            boolean nearEdge = k < HEAD_LINES || k >= nonBlank.size() - TAIL_LINES;
            drop[i] = IMAGE_FILE.matcher(line).matches()
                    || nearEdge && (NAVIGATION.contains(BULLET.matcher(line).replaceFirst("").toLowerCase(Locale.ROOT))
                            || BAR_MENU.matcher(line).matches() || ARROWS.matcher(line).matches()
                            || EDGE_PHRASES.matcher(line).matches())
                    || k < HEAD_LINES && BREADCRUMB.matcher(line).matches() && !line.endsWith(".");
        }
        List<String> kept = new ArrayList<>();
        List<String> dropped = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            (drop[i] ? dropped : kept).add(drop[i] ? lines[i].strip() : lines[i]);
        }
        return new Result(dropped.isEmpty() ? text : trimBlankLines(String.join("\n", kept)), dropped);
    }

    private static String trimBlankLines(String text) {
        return text.replaceAll("\\n{3,}", "\n\n").strip();
    }
}
