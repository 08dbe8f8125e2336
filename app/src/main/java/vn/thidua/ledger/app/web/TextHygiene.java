package vn.thidua.ledger.app.web;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * One form for every text that enters through the API. Vietnamese can be typed precomposed (NFC,
 * "ệ" as one code point) or decomposed (NFD, "e" + two combining marks); both look the same, so
 * without normalising the same name would exist in two byte forms that compare, sort, search and
 * deduplicate as different. Invisible formatting characters are dropped: bidi embeddings,
 * overrides and isolates can make an audit reason read differently from what it says
 * ("Trojan source"), and zero-width characters hide differences between names.
 */
public final class TextHygiene {

    /**
     * Zero-width space, non-joiner, joiner, LRM, RLM (U+200B–U+200F); bidi embeddings and overrides
     * (U+202A–U+202E); word joiner and invisible operators (U+2060–U+2064); bidi isolates
     * (U+2066–U+2069); Arabic letter mark (U+061C); Mongolian vowel separator (U+180E); BOM (U+FEFF).
     */
    private static final Pattern INVISIBLE =
            Pattern.compile("[\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2064\\u2066-\\u2069\\u061C\\u180E\\uFEFF]");

    private TextHygiene() {
    }

    /** NFC, without invisible formatting characters; null stays null. */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        // Strip first: a mark left next to its base letter by a removed character is then composed too.
        return Normalizer.normalize(INVISIBLE.matcher(text).replaceAll(""), Normalizer.Form.NFC);
    }
}
