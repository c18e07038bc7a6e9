package org.hyperedge.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hyperedge.cli.input.InputRefused;
import org.hyperedge.cli.input.Text;

/** Options ({@code --name value}, repeatable, or flags) and positional arguments of one command. */
final class Arguments {

    private final Map<String, List<String>> options = new LinkedHashMap<>();
    private final List<String> positional = new ArrayList<>();

    static Arguments parse(List<String> args, List<String> valued, List<String> flags) {
        Arguments parsed = new Arguments();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("--")) {
                String name = arg.substring(2);
                if (flags.contains(name)) {
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add("true");
                } else if (valued.contains(name)) {
                    if (i + 1 >= args.size()) {
                        throw new UsageException(arg + " needs a value");
                    }
                    parsed.options.computeIfAbsent(name, k -> new ArrayList<>()).add(args.get(++i));
                } else {
                    throw new UsageException("unknown option " + Text.quote(arg));
                }
            } else {
                parsed.positional.add(arg);
            }
        }
        return parsed;
    }

    /** The value of an option given at most once (twice is a command line not understood: which one was meant?). */
    String option(String name) {
        List<String> values = options.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw new UsageException("--" + name + " is given " + values.size() + " times; give it once");
        }
        return values.get(0);
    }

    List<String> all(String name) {
        return options.getOrDefault(name, List.of());
    }

    boolean flag(String name) {
        return options.containsKey(name);
    }

    List<String> positional() {
        return positional;
    }

    /** {@code k=v} pairs of a repeatable option: neither side empty, no key twice. */
    Map<String, String> pairs(String name) {
        return pairs(name, false);
    }

    /** {@code k=v} pairs of a repeatable option, no key twice; an empty value only when {@code emptyValues}. */
    Map<String, String> pairs(String name, boolean emptyValues) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : all(name)) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new UsageException("--" + name + " " + Text.quote(pair) + " is not KEY=VALUE");
            }
            String key = pair.substring(0, equals);
            if (equals == pair.length() - 1 && !emptyValues) {
                throw new InputRefused("--" + name + " " + Text.quote(pair) + " has an empty value; give " + key + "=VALUE");
            }
            if (pairs.put(key, pair.substring(equals + 1)) != null) {
                throw new InputRefused("--" + name + " gives " + Text.quote(key) + " twice; give each key once");
            }
        }
        return pairs;
    }
}
