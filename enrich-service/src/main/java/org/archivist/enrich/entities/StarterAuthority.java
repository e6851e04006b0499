package org.archivist.enrich.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The authority list the project ships (countries, major places, organisations and periodicals of the period,
 * a few famous persons), read from {@code starter-authority.tsv}: one entity a line,
 * {@code type, preferred label, Wikidata id, GeoNames id, variants, notes}, tab-separated; variants as
 * {@code form [lang, kind] | form [lang] | …}. A migration loads it into the database. Plain Java.
 */
public final class StarterAuthority {

    public static final String RESOURCE = "/org/archivist/enrich/entities/starter-authority.tsv";

    /** One entity of the list. */
    public record Seed(String type, String preferredLabel, String wikidata, String geonames,
            List<Authority.Variant> variants, String notes) {
    }

    static final Set<String> TYPES = Set.of("person", "place", "organisation", "periodical");
    static final Set<String> KINDS = Set.of("spelling", "transliteration", "exonym", "abbreviation", "ocr");
    private static final Pattern VARIANT = Pattern.compile("^(.+?)\\s*\\[([^\\]]+)]$");

    private StarterAuthority() {
    }

    public static List<Seed> load() {
        try (InputStream in = StarterAuthority.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An authority of the starter list alone, its entities numbered S1, S2, … (for tools and tests). */
    public static Authority asAuthority() {
        List<Authority.Entry> entries = new ArrayList<>();
        List<Seed> seeds = load();
        for (int i = 0; i < seeds.size(); i++) {
            Seed seed = seeds.get(i);
            entries.add(new Authority.Entry("S" + (i + 1), seed.type(), seed.preferredLabel(), seed.variants()));
        }
        return new Authority(1, entries);
    }

    static List<Seed> read(InputStream in) throws IOException {
        List<Seed> seeds = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 6) {
                throw new IllegalArgumentException("line " + number + ": " + fields.length + " fields, not 6");
            }
            String type = fields[0].strip();
            if (!TYPES.contains(type)) {
                throw new IllegalArgumentException("line " + number + ": unknown type " + type);
            }
            Map<String, Authority.Variant> variants = new LinkedHashMap<>();
            for (String entry : fields[4].split("\\|")) {
                Authority.Variant variant = variant(entry.strip(), number);
                variants.putIfAbsent(variant.form(), variant);
            }
            String label = fields[1].strip();
            if (!variants.containsKey(label)) {
                variants.put(label, new Authority.Variant(label, "spelling", "und"));
            }
            seeds.add(new Seed(type, label, blankToNull(fields[2]), blankToNull(fields[3]),
                    List.copyOf(variants.values()), blankToNull(fields[5])));
        }
        return seeds;
    }

    private static Authority.Variant variant(String entry, int line) {
        Matcher m = VARIANT.matcher(entry);
        if (!m.matches()) {
            return new Authority.Variant(entry, "spelling", "und");
        }
        String[] tags = m.group(2).split(",");
        String language = tags[0].strip();
        String kind = tags.length > 1 ? tags[1].strip() : "spelling";
        if (!KINDS.contains(kind)) {
            throw new IllegalArgumentException("line " + line + ": unknown variant kind " + kind);
        }
        return new Authority.Variant(m.group(1).strip(), kind, language);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
