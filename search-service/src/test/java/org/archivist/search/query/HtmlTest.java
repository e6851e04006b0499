package org.archivist.search.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTest {

    @Test
    void shouldEscapeLikeElasticsearchsHtmlEncoder() {
        assertEquals("&lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt; &amp; O&#x27;Brien",
                Html.escape("<script>alert(\"x\")</script> & O'Brien"));
        assertEquals("<script> & O'Brien", Html.unescape(Html.escape("<script> & O'Brien")));
        assertEquals("&amp;lt;", Html.escape("&lt;"));
        assertEquals("&lt;", Html.unescape("&amp;lt;"));
    }

    @Test
    void shouldMarkOnlyTheGivenSpanAndEscapeTheRest() {
        assertEquals("&lt;b&gt; <mark>Miasnikov</mark> &lt;&#x2F;b&gt;", Html.marked("<b> Miasnikov </b>", 4, 13));
        assertEquals("<mark>ab</mark>", Html.marked("ab", -5, 50), "offsets out of range are clamped");
    }

    @Test
    void shouldReadTheMarkedWordsOfAFragment() {
        String fragment = "Gavriil <mark>Myasnikov</mark> and <mark>O&#x27;Brien</mark>";
        assertEquals(List.of("Myasnikov", "O'Brien"), Html.markedWords(fragment));
        assertEquals("Gavriil Myasnikov and O'Brien", Html.plain(fragment));
    }
}
