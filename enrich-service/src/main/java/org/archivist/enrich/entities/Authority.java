package org.archivist.enrich.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * A read-only snapshot of the authority file: its entities and the forms each is known by, with the two
 * lookups the linker needs (by exact form, by transliteration key) and a gazetteer over every form.
 * Plain Java; built once per authority version and shared by the threads that enrich.
 */
public final class Authority {

    /** An entity of the authority file and the forms it is known by. */
    public record Entry(String id, String type, String preferredLabel, List<Variant> variants) {

        public Entry {
            variants = List.copyOf(variants);
        }

        public List<String> forms() {
            return variants.stream().map(Variant::form).toList();
        }
    }

    /** A form of an entity's name. {@code kind}: spelling, transliteration, exonym, abbreviation, ocr. */
    public record Variant(String form, String kind, String language) {

        public boolean abbreviation() {
            return "abbreviation".equals(kind);
        }
    }

    /** The transliteration key of a form, its family key ({@link NameKey#family}) and its {@link NameKey#letters}. */
    public record Key(String key, String family, int[] letters) {
    }

    /** An entity the linker's similarity search found for a name: see {@link #similar}. */
    public record Similar(Entry entry, double similarity, boolean sameFamily) {
    }

    /** The most names whose similarity search one snapshot remembers. */
    static final int REMEMBERED_SEARCHES = 20_000;

    public static final Authority EMPTY = new Authority(0, List.of());

    private final long version;
    private final Map<String, Entry> byId = new HashMap<>();
    private final Map<String, List<Entry>> byForm = new HashMap<>();
    private final Map<String, List<Entry>> byKey = new HashMap<>();
    private final Map<String, List<Key>> keysById = new HashMap<>();
    private final Map<String, List<Entry>> byType = new HashMap<>();
    private final Gazetteer gazetteer;
    private final Map<String, List<Similar>> searches = new ConcurrentHashMap<>();

    public Authority(long version, List<Entry> entries) {
        this.version = version;
        List<Gazetteer.Name> names = new ArrayList<>();
        for (Entry entry : entries) {
            byId.put(entry.id(), entry);
            byType.computeIfAbsent(entry.type(), t -> new ArrayList<>()).add(entry);
            Set<String> keys = new LinkedHashSet<>();
            for (Variant variant : entry.variants()) {
                add(byForm, exact(variant.form()), entry);
                String key = NameKey.of(variant.form());
                if (!key.isEmpty() && keys.add(key)) {
                    add(byKey, entry.type() + ":" + key, entry);
                    keysById.computeIfAbsent(entry.id(), k -> new ArrayList<>())
                            .add(new Key(key, NameKey.family(variant.form()), NameKey.letters(key)));
                }
                names.add(new Gazetteer.Name(variant.form(), entry.type(), variant.abbreviation()));
            }
        }
        this.gazetteer = new Gazetteer(names);
    }

    public long version() {
        return version;
    }

    public Entry entry(String id) {
        return byId.get(id);
    }

    public int size() {
        return byId.size();
    }

    /** The entities of this type that have exactly this form (case and spacing aside). */
    public List<Entry> byForm(String type, String form) {
        return byForm.getOrDefault(exact(form), List.of()).stream().filter(e -> e.type().equals(type)).toList();
    }

    /** The entities of this type one of whose forms has this transliteration key. */
    public List<Entry> byKey(String type, String key) {
        return byKey.getOrDefault(type + ":" + key, List.of());
    }

    /** The keys of an entity's forms, computed once. */
    public List<Key> keys(Entry entry) {
        return keysById.getOrDefault(entry.id(), List.of());
    }

    /** Every entity of this type (for the similarity search that only suggests). */
    public List<Entry> ofType(String type) {
        return byType.getOrDefault(type, List.of());
    }

    /**
     * What {@code search} finds for a name of this type, key and family, asked once per snapshot: the search
     * compares the name with every entity of its type, which grows with the file, while the same unlinked names
     * recur from document to document. At most {@link #REMEMBERED_SEARCHES} names are remembered.
     */
    public List<Similar> similar(String type, String key, String family, Supplier<List<Similar>> search) {
        String name = type + '\u0000' + key + '\u0000' + family;
        List<Similar> known = searches.get(name);
        if (known != null) {
            return known;
        }
        List<Similar> found = List.copyOf(search.get());
        if (searches.size() < REMEMBERED_SEARCHES) {
            searches.put(name, found);
        }
        return found;
    }

    public Gazetteer gazetteer() {
        return gazetteer;
    }

    static String exact(String form) {
        return form.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
    }

    private static void add(Map<String, List<Entry>> index, String key, Entry entry) {
        List<Entry> entries = index.computeIfAbsent(key, k -> new ArrayList<>(1));
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
    }
}
