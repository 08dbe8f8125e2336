package vn.thidua.ledger.events.common;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Cách viết số, ký hiệu quyết định trong mã: a decision number spelt with {@code [A-Za-z0-9.-]} only, so it
 * fits in an id and a URL, without two different numbers getting the same spelling. Letters are uppercased;
 * each Vietnamese mark becomes the lowercase letter Telex types for it after its letter ({@code Đ} → {@code Dd},
 * {@code Ơ} → {@code Ow}, {@code Ô} → {@code Oo}, {@code Ụ} → {@code Uj}); only marks give lowercase letters,
 * so the spelling can be read back. Every run of other characters (slash, hyphen, spaces, brackets) is one
 * '-': which separator a secretary typed is not part of the number.
 */
final class DecisionNumberSpelling {

    private DecisionNumberSpelling() {
    }

    static String of(String decisionNumber) {
        if (decisionNumber == null) {
            throw new IllegalArgumentException("decision number is required");
        }
        String decomposed = Normalizer.normalize(decisionNumber.toUpperCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder spelling = new StringBuilder();
        char base = 0;
        boolean separated = false;
        for (char c : decomposed.toCharArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                spelling.append(telex(c, base, decisionNumber));
                continue;
            }
            boolean kept = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == 'Đ';
            if (!kept && Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException("a decision number is written in Vietnamese letters and digits: '"
                        + c + "' in " + decisionNumber);
            }
            if (!kept) {
                separated = true;
                base = 0;
                continue;
            }
            if (separated && !spelling.isEmpty()) {
                spelling.append('-');
            }
            separated = false;
            spelling.append(c == 'Đ' ? "Dd" : String.valueOf(c));
            base = c == 'Đ' ? 0 : c;
        }
        if (spelling.isEmpty()) {
            throw new IllegalArgumentException("a decision number needs a letter or digit, was: " + decisionNumber);
        }
        return spelling.toString();
    }

    /** The Telex letter for a mark on {@code base}; a mark on nothing, or not used in Vietnamese, is refused. */
    private static String telex(char mark, char base, String number) {
        String letter = switch (mark) {
            case '\u0300' -> "f"; // huyền
            case '\u0301' -> "s"; // sắc
            case '\u0309' -> "r"; // hỏi
            case '\u0303' -> "x"; // ngã
            case '\u0323' -> "j"; // nặng
            case '\u0302' -> base == 'A' || base == 'E' || base == 'O' ? String.valueOf(Character.toLowerCase(base)) : null;
            case '\u0306' -> base == 'A' ? "w" : null; // Ă
            case '\u031B' -> base == 'O' || base == 'U' ? "w" : null; // Ơ, Ư
            default -> null;
        };
        if (letter == null || base == 0 || !Character.isLetter(base)) {
            throw new IllegalArgumentException("a decision number is written in Vietnamese letters and digits: mark U+"
                    + String.format("%04X", (int) mark) + " in " + number);
        }
        return letter;
    }
}
