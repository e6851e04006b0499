package org.archivist.search.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.archivist.search.fixtures.Corpus;
import org.archivist.search.query.InvalidSearch;
import org.archivist.search.query.SearchLimits;
import org.archivist.search.query.SearchParameters;
import org.archivist.search.query.SearchRequest;
import org.junit.jupiter.api.Test;

/**
 * A thousand query strings a search box can receive (Lucene and JSON syntax, operators in every place,
 * unicode of every script, control characters, very long ones) with random paging and filters: each is
 * answered 200, or 400 with problem+json exactly when the service's own validation refuses it; never a 5xx.
 */
@QuarkusTest
@TestProfile(Corpus.Profile.class)
class RandomQueryTest extends CorpusTestBase {

    private static final long SEED = 20261201L;
    private static final SearchLimits LIMITS = new SearchLimits(100, 1000);

    private static final String[] LUCENE = {"title:", "text:\"", "\"~3", "[1920 TO 1924]", "{a TO z}", "^2", "fo?o*",
            "/reg.*ex/", "AND (", "OR", "NOT", "&&", "||", "!", "+", "-", "\\", "\\\"", "(", ")", "((((", "))))",
            "_exists_:title", "*:*", "*", "?", "~", "~0.5", "field:", ":", "AND AND", "OR OR OR", "-(-(-", "\"\"\"",
            "+-+-", "|", "&", "title:(a OR b)", "Myasnikov~2", "\"Workers' Group\"~5", "te*t", "a* b* c*", "NOT NOT x"};
    private static final String[] JSON = {"{\"query\":{\"match_all\":{}}}", "{\"script\":{\"source\":\"1\"}}",
            "[1,2,{\"a\":null}]", "{\"$ne\":1}", "{\"bool\":{\"must\":[]}}", "\"}\"", "{{{", "]]]",
            "{\"q\":\"\\u0000\"}", "null", "true", "{\"size\":100000}"};
    private static final String[] WORDS = {"Myasnikov", "Miasnikov", "workers", "Lettland", "Comintern", "KAPD",
            "Pankhurst", "Genossen", "ouvriers", "huelga", "Rühle", "L'Humanité", "Workers'", "1924", "imprisoned",
            "the", "of", "council", "Arbeiter-Partei", "G. T.", "Dreadnought"};
    private static final int[][] SCRIPTS = {{0x0400, 0x04FF}, {0x4E00, 0x9FFF}, {0x0600, 0x06FF}, {0x0590, 0x05FF},
            {0x1F300, 0x1F6FF}, {0x0300, 0x036F}, {0x2000, 0x206F}, {0xFF00, 0xFFEF}, {0x2200, 0x22FF},
            {0x0370, 0x03FF}, {0x00A0, 0x00FF}, {0x10000, 0x1007F}, {0xFE00, 0xFE0F}};

    @Test
    void shouldNeverAnswerAServerErrorToAThousandRandomQueries() {
        Random random = new Random(SEED);
        int ok = 0;
        int refused = 0;
        for (int i = 0; i < 1000; i++) {
            String q = query(random, i);
            Map<String, String> params = new LinkedHashMap<>();
            params.put("q", q);
            if (random.nextInt(4) == 0) {
                params.put("size", random.nextBoolean() ? Integer.toString(random.nextInt(130) - 10) : q.substring(0, Math.min(5, q.length())));
            }
            if (random.nextInt(5) == 0) {
                params.put("page", Integer.toString(random.nextInt(1200) - 100));
            }
            if (random.nextInt(6) == 0) {
                params.put("sort", List.of("relevance", "date", "-date", "title", "").get(random.nextInt(5)));
            }
            if (random.nextInt(6) == 0) {
                params.put(List.of("person", "place", "organisation", "periodical", "tag").get(random.nextInt(5)),
                        random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : q);
            }
            if (random.nextInt(8) == 0) {
                params.put("from", List.of("1924", "1924-13", "x", "1924-05-31", "99999").get(random.nextInt(5)));
            }
            if (random.nextInt(10) == 0) {
                params.put("cursor", random.nextBoolean() ? q : "YzEKMAo");
            }
            String expectedRefusal = refusal(params);
            Response response = given().queryParams(params).when().get("/api/search");
            int status = response.statusCode();
            String what = "query #" + i + " " + params + " -> " + status + " " + response.asString();
            assertTrue(status < 500, what);
            if (expectedRefusal == null) {
                assertEquals(200, status, what);
                ok++;
            } else {
                assertEquals(400, status, what);
                assertTrue(response.contentType().startsWith("application/problem+json"), what);
                assertEquals(expectedRefusal, response.jsonPath().getString("parameter"), what);
                refused++;
            }
        }
        assertTrue(ok > 600 && refused > 50, "both kinds were tried: " + ok + " answered, " + refused + " refused");
    }

    /** The parameter the service's own validation refuses, or null when it takes the request. */
    private static String refusal(Map<String, String> p) {
        try {
            SearchRequest.of(new SearchParameters(p.get("q"), p.get("page"), p.get("size"), p.get("cursor"),
                    p.get("sort"), list(p.get("person")), list(p.get("place")), list(p.get("organisation")), null,
                    list(p.get("periodical")), null, null, list(p.get("tag")), p.get("from"), null, null, null), LIMITS);
            return null;
        } catch (InvalidSearch e) {
            return e.parameter();
        }
    }

    private static List<String> list(String value) {
        return value == null ? null : List.of(value);
    }

    private static String query(Random random, int i) {
        return switch (i % 10) {
            case 0, 1 -> join(random, LUCENE, 1 + random.nextInt(6));
            case 2 -> join(random, JSON, 1 + random.nextInt(2));
            case 3 -> unicode(random, 1 + random.nextInt(40));
            case 4 -> mixed(random, 2 + random.nextInt(8));
            case 5 -> long_(random);
            case 6 -> random.nextInt(3) == 0 ? "word\u0000" + (char) random.nextInt(32) : join(random, WORDS, 1 + random.nextInt(4));
            case 7 -> ascii(random, 1 + random.nextInt(60));
            case 8 -> "\"" + join(random, WORDS, 2) + (random.nextBoolean() ? "\"" : "") + " -" + WORDS[random.nextInt(WORDS.length)];
            default -> mixed(random, 1 + random.nextInt(3)) + unicode(random, 3) + join(random, LUCENE, 2);
        };
    }

    private static String join(Random random, String[] pool, int n) {
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            parts.add(pool[random.nextInt(pool.length)]);
        }
        return String.join(random.nextBoolean() ? " " : "", parts);
    }

    private static String mixed(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            s.append(random.nextBoolean() ? WORDS[random.nextInt(WORDS.length)] : LUCENE[random.nextInt(LUCENE.length)]);
            s.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return s.toString();
    }

    private static String unicode(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            int[] range = SCRIPTS[random.nextInt(SCRIPTS.length)];
            s.appendCodePoint(range[0] + random.nextInt(range[1] - range[0] + 1));
            if (random.nextInt(5) == 0) {
                s.append(' ');
            }
        }
        return s.toString();
    }

    private static String ascii(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int k = 0; k < n; k++) {
            s.append((char) (32 + random.nextInt(95)));
        }
        return s.toString();
    }

    /** Near and over the length limit, in words, in one long word, or in unicode. */
    private static String long_(Random random) {
        int length = 900 + random.nextInt(300);
        return switch (random.nextInt(3)) {
            case 0 -> "Myasnikov ".repeat(length / 10);
            case 1 -> "x".repeat(length);
            default -> unicode(random, length / 2);
        };
    }
}
