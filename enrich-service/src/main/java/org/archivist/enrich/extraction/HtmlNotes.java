package org.archivist.enrich.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * HTML footnotes that lose their numbers as text: a reference {@code <a href="#fn1">} to an item of an
 * ordered list ({@code <ol><li id="fn1">…}) becomes "[1]", and the item gets its "[1]" label, so that the
 * note list reads as one in plain text. Back links ("↩") are dropped. Other markup is left to Tika.
 */
final class HtmlNotes {

    private HtmlNotes() {
    }

    static byte[] label(byte[] html) {
        Document page;
        try {
            page = Jsoup.parse(new ByteArrayInputStream(html), null, "");
        } catch (IOException e) {
            return html;
        }
        Map<Element, Integer> numbers = new HashMap<>();
        boolean changed = false;
        for (Element link : page.select("a[href^=#]")) {
            String id = link.attr("href").substring(1);
            if (id.isEmpty()) {
                continue;
            }
            Element target = page.getElementById(id);
            if (target == null) {
                target = page.selectFirst("a[name=" + cssEscape(id) + "]");
            }
            if (target == null) {
                continue;
            }
            Element item = "li".equals(target.tagName()) ? target : target.closest("li");
            if (link.text().strip().matches("[↩↑^︎\\s]+|(?i)back")) {
                link.remove();
                changed = true;
                continue;
            }
            if (item == null || item.parent() == null || !"ol".equals(item.parent().tagName())
                    || item.equals(link.closest("li"))) {
                continue;
            }
            int number = numbers.computeIfAbsent(item, HtmlNotes::number);
            link.text("[" + number + "]");
            changed = true;
        }
        for (Map.Entry<Element, Integer> item : numbers.entrySet()) {
            if (!item.getKey().text().strip().startsWith("[" + item.getValue() + "]")) {
                item.getKey().prependText("[" + item.getValue() + "] ");
            }
        }
        if (!changed) {
            return html;
        }
        page.charset(StandardCharsets.UTF_8);
        return page.outerHtml().getBytes(StandardCharsets.UTF_8);
    }

    private static int number(Element item) {
        Element list = item.parent();
        int start = 1;
        try {
            start = list.hasAttr("start") ? Integer.parseInt(list.attr("start").strip()) : 1;
        } catch (NumberFormatException e) {
            start = 1;
        }
        return start + list.children().stream().filter(c -> "li".equals(c.tagName())).toList().indexOf(item);
    }

    private static String cssEscape(String id) {
        return id.replaceAll("([^\\w-])", "\\\\$1");
    }
}
