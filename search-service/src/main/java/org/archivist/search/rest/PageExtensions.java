package org.archivist.search.rest;

import io.quarkus.qute.TemplateExtension;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** What the page templates may call on their values beyond the values' own methods. */
@TemplateExtension
final class PageExtensions {

    private PageExtensions() {
    }

    /** The value as one segment of a link's path ({@code /entities/{id.pathSegment}}): a slash or ? stays in it. */
    static String pathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
