package org.hyperedge.master.accounting;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as RFC 4180 has it (comma, CRLF, fields quoted when they hold a comma, quote or line break, quotes doubled),
 * so spreadsheets and accounting tools read back exactly what was written.
 */
public final class Csv {

    private Csv() {
    }

    public static void writeRow(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0) {
                out.write('"');
                out.write(field.replace("\"", "\"\""));
                out.write('"');
            } else {
                out.write(field);
            }
        }
        out.write("\r\n");
    }

    /** Every row of a CSV text; refuses a quoted field that never ends, naming the row. */
    public static List<List<String>> read(Reader in) throws IOException {
        StringBuilder all = new StringBuilder();
        char[] buffer = new char[8192];
        for (int n; (n = in.read(buffer)) != -1;) {
            all.append(buffer, 0, n);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int i = 0;
        int length = all.length();
        while (i < length) {
            char c = all.charAt(i);
            if (c == '"' && field.length() == 0) {
                int end = i + 1;
                while (true) {
                    if (end >= length) {
                        throw new IOException("CSV row " + (rows.size() + 1) + " has a quoted field that never ends");
                    }
                    if (all.charAt(end) == '"') {
                        if (end + 1 < length && all.charAt(end + 1) == '"') {
                            field.append('"');
                            end += 2;
                            continue;
                        }
                        break;
                    }
                    field.append(all.charAt(end++));
                }
                i = end + 1;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (c != '\r') {
                field.append(c);
            }
            i++;
        }
        if (field.length() > 0 || !row.isEmpty()) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
