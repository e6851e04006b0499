package org.archivist.events;

/**
 * Something the editor, not the author, put in the text: a bracketed insertion ("[KPD]", "[i.e. the social
 * democrats]", "[and]"), a "[sic]", an omission (". . .", "[…]") or an editor's note ("Note: spelling and
 * punctuation have been slightly modified.").
 *
 * @param kind  one of {@link #INSERTION}, {@link #SIC}, {@link #OMISSION}, {@link #EDITOR_NOTE}
 * @param text  the mark as written
 * @param start character offset of {@code text} in {@code DocumentEnriched.text}
 */
public record EditorialMark(String kind, String text, int start) {

    public static final String INSERTION = "insertion";
    public static final String SIC = "sic";
    public static final String OMISSION = "omission";
    public static final String EDITOR_NOTE = "editor-note";
}
