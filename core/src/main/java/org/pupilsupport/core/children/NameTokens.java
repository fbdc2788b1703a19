package org.pupilsupport.core.children;

import java.text.Normalizer;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words a child can be found by, in a form that ignores case and accents: "Zoë O'Brien-Smith" gives
 * ZOE, O, BRIEN, OBRIEN, SMITH and OBRIENSMITH, so an officer typing "zoe", "obrien" or "smith" finds her.
 * Search matches a typed word against the start of a token, through an index, so it stays fast on a
 * borough with hundreds of thousands of children.
 */
public final class NameTokens {

    static final int LONGEST_TOKEN = 60;

    private NameTokens() {
    }

    /** Upper case, accents removed, nothing but letters and the separators between words. */
    public static String folded(String text) {
        String decomposed = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD);
        return decomposed.replaceAll("\\p{M}", "").toUpperCase(Locale.ROOT)
                .replace('Ø', 'O').replace("Æ", "AE").replace("Œ", "OE").replace("ß", "SS").replace('Ł', 'L').replace('Đ', 'D');
    }

    /** The tokens of some names: each word, and each hyphenated or apostrophised name run together. */
    public static Set<String> of(String... names) {
        Set<String> tokens = new LinkedHashSet<>();
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (String word : folded(name).split("\\s+")) {
                for (String part : word.split("[^A-Z]+")) {
                    add(tokens, part);
                }
                for (String hyphenated : word.split("-")) {
                    add(tokens, hyphenated.replaceAll("[^A-Z]", ""));
                }
                add(tokens, word.replaceAll("[^A-Z]", ""));
            }
        }
        return tokens;
    }

    /** The words typed into a search box, folded the same way; each must start one of a child's tokens. */
    public static Set<String> typed(String text) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : folded(text).split("[^A-Z]+")) {
            add(words, word);
        }
        return words;
    }

    private static void add(Set<String> tokens, String token) {
        if (!token.isEmpty()) {
            tokens.add(token.length() > LONGEST_TOKEN ? token.substring(0, LONGEST_TOKEN) : token);
        }
    }
}
