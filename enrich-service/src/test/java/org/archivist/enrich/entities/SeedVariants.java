package org.archivist.enrich.entities;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seed-size documents for benchmarks: the seed with its persons' surnames replaced, deterministically from a
 * number, by surnames made of common Slavic and German parts, so that every document brings new names to link.
 */
public final class SeedVariants {

    private static final String[] NAMES = {"Miasnikov", "Myasnikov", "Kuznetzov", "Kusnetzov", "Prostatov",
        "Prostatnov", "Moskovskiy", "Vasilev", "Bersyn", "Lepin", "Kasakova", "Bratzky", "Steinbrecher",
        "Lauterback", "Halljev", "Demidor", "Bersina", "Medwedyev", "Remidov", "Svorin", "Ochnov", "Tiyanov",
        "Michailov", "Moisseiv", "Polossov"};
    private static final String[] STEMS = {"Petr", "Ivan", "Sokol", "Belo", "Kras", "Volk", "Gor", "Zel", "Mel",
        "Rud", "Step", "Lipin", "Orl", "Tarak", "Sever", "Dubin", "Kozl", "Medv", "Vorob", "Grom", "Schwarz",
        "Weiss", "Holz", "Eisen", "Stein", "Berg", "Kirch", "Feld"};
    private static final String[] ENDINGS = {"ov", "ev", "in", "sky", "ski", "enko", "ovich", "mann", "er", "itz"};

    private SeedVariants() {
    }

    public static String seed() {
        try (InputStream in = SeedVariants.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code count} documents, the same for the same {@code seedNumber}. */
    public static List<String> documents(int count, long seedNumber) {
        String seed = seed();
        Random random = new Random(seedNumber);
        List<String> documents = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = seed;
            for (String name : NAMES) {
                String other = STEMS[random.nextInt(STEMS.length)] + ENDINGS[random.nextInt(ENDINGS.length)];
                text = text.replace(name, other);
            }
            documents.add(text);
        }
        return documents;
    }
}
