package org.archivist.events;

/**
 * A paragraph of the enriched text and what it is, by character offsets into {@code DocumentEnriched.text}.
 *
 * @param start inclusive offset of the first character
 * @param end   exclusive offset after the last character
 * @param kind  one of the {@code Paragraph.*} kind names: the document's title, its author line, the
 *              editor's headnote, the contribution line ("Submitted by …"), an archive header line
 *              ("Source: …"), a heading, body text, a quotation, the signatories, an editor's note, the
 *              source citation, a separator ("———"), or the note list
 */
public record Paragraph(int start, int end, String kind) {

    public static final String TITLE = "title";
    public static final String AUTHOR = "author";
    public static final String HEADNOTE = "headnote";
    public static final String CONTRIBUTION = "contribution";
    public static final String HEADER = "header";
    public static final String HEADING = "heading";
    public static final String BODY = "body";
    public static final String QUOTATION = "quotation";
    public static final String SIGNATORIES = "signatories";
    public static final String EDITORIAL = "editorial";
    public static final String CITATION = "citation";
    public static final String SEPARATOR = "separator";
    public static final String NOTES = "notes";
}
