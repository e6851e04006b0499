package org.archivist.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Realistic transcriptions of early-20th-century labour periodicals, the same for the same seed number: titles,
 * author lines, editors' headnotes, "Submitted by" lines, body paragraphs that name persons (in several
 * spellings each), places and organisations, footnotes in the common styles (glued digits, [1], (1), *,
 * superscripts, HTML sup links) with their note lists, signatory lists, source citations, dates; some HTML,
 * some German and French; from 1 KB to 200 KB. Also the seed document itself with its persons renamed
 * ({@link #seedSized}), for throughput on seed-size documents.
 */
public final class TranscriptionGenerator {

    /** A generated file as an archivist would drop it. */
    public record Transcription(String fileName, String mediaType, byte[] bytes, String language) {
    }

    // Persons of a generated world, each written several ways, as the period's press did.
    private static final String[][] PERSONS = {
        {"Zinoviev", "Zinovieff", "Sinowjew"}, {"Bukharin", "Boukharine", "Bucharin"}, {"Kamenev", "Kameneff"},
        {"Radek"}, {"Trotsky", "Trotzki", "Trotski"}, {"Lenin"}, {"Kollontai", "Kollontay"},
        {"Shlyapnikov", "Schljapnikow", "Shliapnikov"}, {"Sapronov", "Sapronow"}, {"Gorter"}, {"Pannekoek"},
        {"Rühle", "Ruehle"}, {"Pankhurst"}, {"Maclean", "MacLean"}, {"Gallacher", "Gallagher"}, {"Tom Mann"},
        {"Liebknecht"}, {"Luxemburg", "Luxembourg"}, {"Medvedev", "Medwedew", "Medvedieff"},
        {"Ignatov", "Ignatow"}, {"Kuznetsov", "Kuznetzov", "Kusnetzov"}};
    private static final String[] SURNAME_STEMS = {"Petr", "Ivan", "Sokol", "Belo", "Kras", "Volk", "Gor", "Zel",
        "Mel", "Rud", "Step", "Lipin", "Orl", "Tarak", "Sever", "Dubin", "Kozl", "Medv", "Vorob", "Grom", "Schwarz",
        "Weiss", "Holz", "Eisen", "Stein", "Berg", "Kirch", "Feld", "Mor", "Dal", "Har", "Wil", "Thom", "Rich"};
    private static final String[] SURNAME_ENDINGS = {"ov", "ev", "in", "sky", "ski", "enko", "ovich", "mann", "er",
        "itz", "son", "ton", "ley"};
    private static final String[] INITIALS = {"A.", "B.", "E.", "G.", "I.", "J.", "K.", "M.", "N.", "P.", "S.", "T.", "W."};
    private static final String[] PLACES = {"Moscow", "Petrograd", "Berlin", "Hamburg", "Essen", "Glasgow", "London",
        "Sheffield", "Dublin", "Paris", "Lyons", "Turin", "Milan", "Vienna", "Budapest", "Warsaw", "Riga", "Reval",
        "Helsingfors", "Christiania", "Stockholm", "Copenhagen", "Amsterdam", "Barcelona", "Chicago", "Seattle",
        "Everett", "Winnipeg", "Tomsk", "Perm", "Omsk", "Kharkov", "Odessa", "Baku", "Siberia", "the Ruhr", "Saxony",
        "Silesia", "Clydeside", "South Wales"};
    private static final String[] COUNTRIES = {"Russia", "Germany", "Lettland", "Latvia", "Poland", "Czecho-Slovakia",
        "Austria", "Hungary", "Italy", "France", "Holland", "Belgium", "England", "Scotland", "Ireland", "India",
        "Persia", "Bulgaria", "Roumania", "Finland", "Sweden", "Norway", "Denmark", "Spain"};
    private static final String[] ORGANISATIONS = {"the Third International", "the Communist International",
        "the Second International", "the Fourth International", "the C.P. of Russia", "the Russian Communist Party",
        "the KAPD", "the KPD", "the Independent Labour Party", "the I.W.W.", "the Industrial Workers of the World",
        "the Communist Party of Great Britain", "the Workers' Opposition", "the Red International of Labour Unions",
        "the Socialist Labour Party", "the Trades Union Congress", "the GPU", "the Cheka",
        "the Communist Workers' Party", "the General Workers' Union"};
    private static final String[] PERIODICALS = {"Workers' Dreadnought", "The Call", "Solidarity", "The Socialist",
        "Daily Herald", "The Liberator", "The Irish Worker", "Freedom", "Die Aktion", "Kommunistische Arbeiter-Zeitung",
        "L'Humanité", "Industrial Worker", "The Communist", "Labour Monthly"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    private static final String[] TOPICS = {"the Factory Committees", "the Unemployed", "the Miners' Strike",
        "the Famine", "the Political Prisoners", "the United Front", "the Soviets", "the Trade Unions",
        "the Parliamentary Question", "the Coming Revolution", "the Workers' Councils", "the Eight-Hour Day"};
    private static final String[] CONTRIBUTORS = {"adri", "Steven.", "Fozzie", "Reddebrek", "Mike Harman",
        "R Totale", "Juan Conatz", "pvdh", "Noa Rodman"};
    private static final String[] VERBS = {"was arrested in", "spoke at a meeting in", "was sent to", "returned to",
        "was imprisoned in", "organised the workers of", "was expelled from the party in", "fled from"};
    // %1$s a place; %2$d, %3$d, %4$d numbers.
    private static final String[] CLAUSES = {
        "The workers of %1$s have shown what organisation on the job can do.",
        "It is a question not of leaders but of the masses themselves, who must take the factories into their own hands.",
        "The conference of %1$s declared against the participation in parliament and the trade unions.",
        "More than %2$d delegates attended, representing %3$d workshops and %4$d branches.",
        "The resolution was carried by %2$d votes to %3$d, after a debate of %4$d hours.",
        "Nothing but the direct action of the rank and file can break the power of the employers.",
        "The government answered the demands of the strikers with arrests and deportations.",
        "We appeal to the comrades of all countries to send help to the families of the imprisoned.",
        "The bourgeois press, as always, has spread lies about the movement and its aims.",
        "In %1$s the police broke up the meeting and arrested %3$d of those present.",
        "The struggle against unemployment cannot be separated from the struggle against the wage system."};
    private static final String[] GERMAN = {
        "Die Arbeiter in %s haben gezeigt, was die Organisation im Betrieb vermag.",
        "Es handelt sich nicht um Führer, sondern um die Massen selbst, die die Fabriken in ihre Hände nehmen müssen.",
        "Die Konferenz erklärte sich gegen die Beteiligung am Parlament und an den Gewerkschaften.",
        "Die Regierung antwortete auf die Forderungen der Streikenden mit Verhaftungen und Ausweisungen.",
        "Wir rufen die Genossen aller Länder auf, den Familien der Gefangenen zu helfen."};
    private static final String[] FRENCH = {
        "Les ouvriers de %s ont montré ce que peut l'organisation à l'usine.",
        "Il ne s'agit pas de chefs, mais des masses elles-mêmes, qui doivent prendre les usines en main.",
        "La conférence s'est prononcée contre la participation au parlement et aux syndicats.",
        "Le gouvernement a répondu aux revendications des grévistes par des arrestations et des expulsions.",
        "Nous faisons appel aux camarades de tous les pays pour aider les familles des emprisonnés."};

    private static final String SUPERSCRIPTS = "¹²³⁴⁵⁶⁷⁸⁹";

    private final Random random;
    private final List<String[]> persons = new ArrayList<>();
    private int count;

    public TranscriptionGenerator(long seedNumber) {
        this.random = new Random(seedNumber);
        for (String[] person : PERSONS) {
            persons.add(person);
        }
        // A world of people besides the famous: each with one to three spellings.
        for (int i = 0; i < 400; i++) {
            String stem = pick(SURNAME_STEMS) + pick(SURNAME_ENDINGS);
            List<String> spellings = new ArrayList<>(List.of(stem));
            if (random.nextInt(3) == 0) {
                spellings.add(stem.replace("v", "w").replace("sky", "ski"));
            }
            if (random.nextInt(4) == 0) {
                spellings.add(stem.replace("i", "y").replace("z", "s"));
            }
            persons.add(spellings.stream().distinct().toArray(String[]::new));
        }
    }

    /** The seed document with its persons renamed: seed-size and seed-like, different every time. */
    public Transcription seedSized() {
        String text = seed();
        String[] names = {"Miasnikov", "Myasnikov", "Kuznetzov", "Kusnetzov", "Prostatov", "Prostatnov",
            "Moskovskiy", "Vasilev", "Bersyn", "Lepin", "Kasakova", "Bratzky", "Steinbrecher", "Lauterback",
            "Halljev", "Demidor", "Bersina", "Medwedyev", "Remidov", "Svorin", "Ochnov", "Tiyanov", "Michailov",
            "Moisseiv", "Polossov"};
        for (String name : names) {
            text = text.replace(name, pick(persons.get(random.nextInt(persons.size()))));
        }
        count++;
        return new Transcription("appeal-" + count + ".txt", "text/plain", text.getBytes(StandardCharsets.UTF_8), "en");
    }

    /** A transcription of random layout, footnote style, language, format and length (1 KB to 200 KB). */
    public Transcription next() {
        count++;
        int roll = random.nextInt(100);
        String language = roll < 8 ? "de" : roll < 14 ? "fr" : "en";
        boolean html = random.nextInt(100) < 15;
        int style = random.nextInt(6);
        int target = targetSize();
        String title = title(language);
        List<String> notes = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        while (body.length() < target) {
            body.append(paragraph(language, style, notes, html)).append(html ? "\n" : "\n\n");
        }
        String signatories = random.nextInt(4) == 0 ? signatories() : "";
        String citation = citation();
        String text = html ? html(title, body.toString(), signatories, citation, notes)
                : plain(title, body.toString(), signatories, citation, notes, style);
        String name = slug(title) + "-" + count + (html ? ".html" : random.nextInt(5) == 0 ? ".md" : ".txt");
        return new Transcription(name, html ? "text/html" : "text/plain", text.getBytes(StandardCharsets.UTF_8),
                language);
    }

    /** Mostly a few kilobytes, now and then long: log-uniform between 1 KB and 200 KB, weighted to the short. */
    private int targetSize() {
        double u = random.nextDouble();
        double exponent = Math.log(1_000) + Math.pow(u, 2.2) * (Math.log(200_000) - Math.log(1_000));
        return (int) Math.exp(exponent);
    }

    private String title(String language) {
        return switch (language) {
            case "de" -> "Über " + pick(new String[] {"die Betriebsräte", "die Arbeitslosen", "den Bergarbeiterstreik",
                "die Gewerkschaften", "die Einheitsfront"});
            case "fr" -> "Sur " + pick(new String[] {"les comités d'usine", "les chômeurs", "la grève des mineurs",
                "les syndicats", "le front unique"});
            default -> pick(new String[] {"On ", "An Appeal on ", "Notes on ", "The Truth about ", "Resolution on "})
                    + pick(TOPICS);
        };
    }

    private String paragraph(String language, int style, List<String> notes, boolean html) {
        StringBuilder p = new StringBuilder();
        int sentences = 3 + random.nextInt(5);
        for (int s = 0; s < sentences; s++) {
            String sentence;
            if (!language.equals("en")) {
                sentence = String.format(pick(language.equals("de") ? GERMAN : FRENCH), pick(PLACES));
            } else {
                sentence = switch (random.nextInt(6)) {
                    case 0 -> "Comrade " + person() + " " + pick(VERBS) + " " + pick(PLACES) + " in " + date() + ".";
                    case 1 -> "Comrades " + person() + ", " + person() + " and " + person() + " are still in prison in "
                            + pick(PLACES) + ".";
                    case 2 -> "The delegates of " + pick(ORGANISATIONS) + " met " + pick(ORGANISATIONS).replaceFirst("^the ", "")
                            + " in " + pick(PLACES) + ".";
                    case 3 -> initialled() + ", who had been held for " + (2 + random.nextInt(60)) + " days, was released.";
                    default -> String.format(pick(CLAUSES), pick(PLACES), 10 + random.nextInt(400),
                            2 + random.nextInt(90), 1 + random.nextInt(30));
                };
            }
            if (html) {
                sentence = escape(sentence);
            }
            if (random.nextInt(9) == 0) {
                notes.add(note());
                sentence = marked(sentence, notes.size(), style, html);
            }
            p.append(s == 0 ? "" : " ").append(sentence);
        }
        return html ? "<p>" + p + "</p>" : p.toString();
    }

    private String marked(String sentence, int number, int style, boolean html) {
        String head = sentence.substring(0, sentence.length() - 1);
        if (html) {
            return head + "<sup><a href=\"#fn" + number + "\" id=\"ref" + number + "\">" + number + "</a></sup>.";
        }
        return switch (style) {
            case 0 -> head + number + ".";
            case 1 -> head + "[" + number + "].";
            case 2 -> head + " (" + number + ").";
            case 3 -> head + "*".repeat(Math.min(number, 3)) + ".";
            case 4 -> number <= SUPERSCRIPTS.length() ? head + SUPERSCRIPTS.charAt(number - 1) + "." : head + "[" + number + "].";
            default -> sentence + number;
        };
    }

    private String note() {
        String[] forms = {"See the report in %s, %s.", "%s was arrested again in %s.",
            "The figure is given in %s of %s.", "This refers to the conference held in %s in %s."};
        String form = pick(forms);
        String note = form.startsWith("%s was") ? String.format(form, person(), date())
                : form.startsWith("This") ? String.format(form, pick(PLACES), date())
                : String.format(form, pick(PERIODICALS), date());
        return random.nextBoolean() ? note + "—" + pick(CONTRIBUTORS) : note;
    }

    private String signatories() {
        StringBuilder s = new StringBuilder("The Executive Committee:\n\n");
        int names = 4 + random.nextInt(10);
        for (int i = 0; i < names; i++) {
            String country = pick(COUNTRIES);
            String place = country.equals("Lettland") ? "Lettland [Latvia]" : country;
            s.append(random.nextBoolean() ? initialled() : person()).append(", ").append(place)
                    .append(random.nextInt(4) == 0 ? ", " + pick(PLACES) : "").append(".\n");
        }
        return s.toString();
    }

    private String citation() {
        String periodical = pick(PERIODICALS);
        return switch (random.nextInt(3)) {
            case 0 -> "Text taken from the Vol. " + (1 + random.nextInt(20)) + " No. " + (1 + random.nextInt(52))
                    + " issue of the " + periodical + " (" + date() + ").";
            case 1 -> "Source: " + periodical + ", No. " + (1 + random.nextInt(400)) + ", " + date() + ".";
            default -> "First published in " + periodical + ", vol. " + roman(1 + random.nextInt(12)) + ", no. "
                    + (1 + random.nextInt(52)) + ", " + date() + ".";
        };
    }

    private String plain(String title, String body, String signatories, String citation, List<String> notes, int style) {
        StringBuilder t = new StringBuilder();
        boolean libcom = random.nextBoolean();
        if (libcom) {
            t.append(title).append(" - ").append(random.nextBoolean() ? person() : pick(ORGANISATIONS).replaceFirst("^the ", ""))
                    .append("\n\n").append(slug(title)).append(" cover.jpg\n\n")
                    .append("A text by ").append(person()).append(" on ").append(title.toLowerCase()).append(", from ")
                    .append(pick(PERIODICALS)).append(".\n\n")
                    .append("Submitted by ").append(pick(CONTRIBUTORS)).append(" on ").append(pick(MONTHS)).append(" ")
                    .append(1 + random.nextInt(28)).append(", ").append(2005 + random.nextInt(20)).append("\n\n");
        } else {
            t.append(title).append("\n\nby ").append(person()).append("\n\n");
        }
        t.append(body);
        if (!signatories.isEmpty()) {
            t.append(signatories).append("\n");
        }
        t.append(citation).append("\n\n");
        if (!notes.isEmpty()) {
            t.append(style == 0 || style == 5 ? "" : "Notes\n\n");
            for (int i = 0; i < notes.size(); i++) {
                String marker = switch (style) {
                    case 0 -> "  • " + (i + 1);
                    case 1 -> "[" + (i + 1) + "] ";
                    case 2 -> "(" + (i + 1) + ") ";
                    case 3 -> "*".repeat(Math.min(i + 1, 3)) + " ";
                    case 4 -> i < SUPERSCRIPTS.length() ? SUPERSCRIPTS.charAt(i) + " " : "[" + (i + 1) + "] ";
                    default -> (i + 1) + ". ";
                };
                t.append(marker).append(notes.get(i)).append("\n");
            }
        }
        if (libcom) {
            t.append("\nComments\n");
        }
        return t.toString();
    }

    private String html(String title, String body, String signatories, String citation, List<String> notes) {
        StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
                .append(escape(title)).append(" | Archive</title></head><body>\n<nav>Home » Library » Texts</nav>\n<h1>")
                .append(escape(title)).append("</h1>\n<p class=\"author\">by ").append(escape(person())).append("</p>\n")
                .append(body);
        if (!signatories.isEmpty()) {
            h.append("<p>").append(escape(signatories).replace("\n", "<br>\n")).append("</p>\n");
        }
        h.append("<p><em>").append(escape(citation)).append("</em></p>\n");
        if (!notes.isEmpty()) {
            h.append("<div class=\"footnotes\"><h2>Footnotes</h2><ol>\n");
            for (int i = 0; i < notes.size(); i++) {
                h.append("<li id=\"fn").append(i + 1).append("\">").append(escape(notes.get(i)))
                        .append(" <a href=\"#ref").append(i + 1).append("\">↩</a></li>\n");
            }
            h.append("</ol></div>\n");
        }
        return h.append("<footer>Share | Print</footer></body></html>\n").toString();
    }

    private String person() {
        return pick(persons.get(random.nextInt(persons.size())));
    }

    private String initialled() {
        return pick(INITIALS) + " " + person();
    }

    private String date() {
        int year = 1905 + random.nextInt(30);
        return switch (random.nextInt(3)) {
            case 0 -> (1 + random.nextInt(28)) + " " + pick(MONTHS) + " " + year;
            case 1 -> pick(MONTHS) + " " + (1 + random.nextInt(28)) + ", " + year;
            default -> pick(MONTHS) + ", " + year;
        };
    }

    private static String roman(int n) {
        String[] numerals = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"};
        return numerals[n - 1];
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    static String seed() {
        try (InputStream in = TranscriptionGenerator.class.getResourceAsStream("/seed-workers-dreadnought-1924.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
