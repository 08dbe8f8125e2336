package vn.thidua.ledger.query.export;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Tệp CSV: RFC 4180 text in UTF-8 with a byte-order mark, because Excel opens a CSV without one in the machine's
 * legacy code page and would garble every Vietnamese diacritic. A text cell that a spreadsheet would run as a
 * formula (starting with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe (OWASP's advice on
 * CSV injection): names and reasons come from users.
 */
public final class CsvWriter {

    private static final String BOM = "\uFEFF";
    private final StringBuilder out = new StringBuilder(BOM);

    /** One line; values are written with {@link String#valueOf}, dates should come formatted. Null is empty. */
    public CsvWriter row(List<?> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(cell(values.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    public byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (value instanceof CharSequence && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                        || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
