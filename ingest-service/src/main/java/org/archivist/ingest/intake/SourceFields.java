package org.archivist.ingest.intake;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.archivist.events.SourceMetadata;

/** Reads and checks what an uploader may say about a file's source; every value is optional. */
public final class SourceFields {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_TAGS = 50;
    private static final int MAX_TAG_LENGTH = 64;

    private SourceFields() {
    }

    /**
     * @param tags each value may hold several tags separated by commas
     */
    public static SourceMetadata parse(String periodical, String issueDate, String sourceUrl, String language,
            String collection, List<String> tags) {
        return new SourceMetadata(
                text("periodical", periodical, 512),
                date(issueDate),
                url(sourceUrl),
                language(language),
                text("collection", collection, 255),
                tags(tags));
    }

    private static String text(String field, String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw invalid(field + " is longer than " + max + " characters.");
        }
        if (v.chars().anyMatch(Character::isISOControl)) {
            throw invalid(field + " contains control characters.");
        }
        return v;
    }

    private static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw invalid("issueDate '" + shorten(value) + "' is not a date as YYYY-MM-DD (e.g. 1924-05-31).");
        }
    }

    private static String url(String value) {
        String v = text("sourceUrl", value, 2048);
        if (v == null) {
            return null;
        }
        try {
            URI uri = new URI(v);
            if (!uri.isAbsolute() || !("http".equalsIgnoreCase(uri.getScheme())
                    || "https".equalsIgnoreCase(uri.getScheme())) || uri.getHost() == null) {
                throw invalid("sourceUrl must be an http or https address.");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw invalid("sourceUrl is not a valid address: " + e.getReason() + ".");
        }
    }

    private static String language(String value) {
        String v = text("language", value, 35);
        if (v == null) {
            return null;
        }
        if (!LANGUAGE_TAG.matcher(v).matches()) {
            throw invalid("language '" + shorten(v) + "' is not a BCP 47 language tag (e.g. en, de, ru, pt-BR).");
        }
        return Locale.forLanguageTag(v).toLanguageTag();
    }

    private static List<String> tags(List<String> values) {
        Set<String> tags = new LinkedHashSet<>();
        if (values != null) {
            for (String value : values) {
                for (String part : value == null ? new String[0] : value.split(",")) {
                    String tag = text("tag", part, MAX_TAG_LENGTH);
                    if (tag != null) {
                        tags.add(tag);
                    }
                }
            }
        }
        if (tags.size() > MAX_TAGS) {
            throw invalid("At most " + MAX_TAGS + " tags.");
        }
        return new ArrayList<>(tags);
    }

    private static InvalidUpload invalid(String detail) {
        return new InvalidUpload(InvalidUpload.Kind.INVALID_METADATA, detail);
    }

    private static String shorten(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
