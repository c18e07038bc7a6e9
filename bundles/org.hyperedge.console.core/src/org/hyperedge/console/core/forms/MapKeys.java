package org.hyperedge.console.core.forms;

import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The names of a map's entries: which ones its value field describes, and a fresh one for a new entry. */
public final class MapKeys {

    private MapKeys() {
    }

    /**
     * True when the map's value field is the schema of this name's value: any name when the map has no name
     * patterns, else a name one of its patterns matches (others are the schema's business as a whole).
     */
    public static boolean typedByValueField(FormField map, String name) {
        if (map.keyPatterns().isEmpty()) {
            return true;
        }
        for (String pattern : map.keyPatterns()) {
            try {
                if (Pattern.compile(pattern).matcher(name).find()) {
                    return true;
                }
            } catch (PatternSyntaxException e) {
                // a pattern Java cannot read: the schema validator judges the name
            }
        }
        return false;
    }

    /** A name not taken yet for a new entry: {@code name}, {@code name-2}, ... */
    public static String fresh(java.util.Collection<String> taken) {
        String name = "name";
        for (int i = 2; taken.contains(name); i++) {
            name = "name-" + i;
        }
        return name;
    }
}
