package org.archivist.enrich.structure;

import java.util.Locale;

/** Roman numerals ("VIII", "xiv"), as volumes and note labels are written. Plain Java. */
final class Roman {

    private static final int[] VALUES = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
    private static final String[] NUMERALS = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};

    private Roman() {
    }

    /** The value of a well-formed numeral in either case, or -1 ("IIII", "VX" and words are not numerals). */
    static int value(String numeral) {
        String upper = numeral.toUpperCase(Locale.ROOT);
        int total = 0;
        int at = 0;
        for (int i = 0; i < VALUES.length && at < upper.length(); i++) {
            while (upper.startsWith(NUMERALS[i], at)) {
                total += VALUES[i];
                at += NUMERALS[i].length();
            }
        }
        return at == upper.length() && total > 0 && toRoman(total).equals(upper) ? total : -1;
    }

    static String toRoman(int value) {
        StringBuilder numeral = new StringBuilder();
        int rest = value;
        for (int i = 0; i < VALUES.length; i++) {
            while (rest >= VALUES[i]) {
                numeral.append(NUMERALS[i]);
                rest -= VALUES[i];
            }
        }
        return numeral.toString();
    }
}
