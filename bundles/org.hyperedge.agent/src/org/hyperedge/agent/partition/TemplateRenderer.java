package org.hyperedge.agent.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Renders the {@code ${...}} placeholders of a release's templates, command lines, promises and
 * connection values: {@code ${ip}}, {@code ${partition}}, {@code ${software}}, {@code ${port.NAME}},
 * {@code ${param.NAME}}, {@code ${secret.NAME}} and {@code ${published.NAME}} (a value the service itself wrote into
 * its partition's {@code published/NAME} once it knew it, such as a certificate's fingerprint; empty until then). An unknown placeholder is an error naming it, never
 * an empty string in a config file. A placeholder may end with an escaping that fits where its value goes:
 * {@code ${param.title|html}} escapes the value for HTML text and attribute values ({@code & < > " '}), so a
 * parameter is shown as text and never becomes markup; {@code ${param.NAME|sh}} quotes it as one shell word.
 * {@code ${param.NAME?}} is an optional parameter: empty when it is not given. A script (a file template that
 * starts with {@code #!}) takes parameters only quoted for the shell ({@link #renderScript}).
 */
public final class TemplateRenderer {

    private static final Pattern PLACEHOLDER = Pattern.compile(
            "\\$\\{([a-z]+)(?:\\.([A-Za-z0-9_-]+))?(\\?)?(?:\\|([a-z]+))?}");

    private static final Set<String> ESCAPINGS = Set.of("html", "sh");

    private final String ip;
    private final String partition;
    private final String software;
    private final Map<String, Integer> ports;
    private final ObjectNode parameters;
    private final Function<String, String> secrets;
    private final Function<String, String> published;

    /** A renderer for which no service has published anything: {@code ${published.NAME}} is unknown. */
    public TemplateRenderer(String ip, String partition, String software, Map<String, Integer> ports,
            ObjectNode parameters, Function<String, String> secrets) {
        this(ip, partition, software, ports, parameters, secrets, name -> null);
    }

    /** {@code published}: the value the service published under a name, "" while it has not (null: not a name). */
    public TemplateRenderer(String ip, String partition, String software, Map<String, Integer> ports,
            ObjectNode parameters, Function<String, String> secrets, Function<String, String> published) {
        this.ip = ip;
        this.partition = partition;
        this.software = software;
        this.ports = ports;
        this.parameters = parameters;
        this.secrets = secrets;
        this.published = published;
    }

    /** The same renderer with other parameters (a shared instance's, merged over its host's). */
    public TemplateRenderer withParameters(ObjectNode otherParameters) {
        return new TemplateRenderer(ip, partition, software, ports, otherParameters, secrets, published);
    }

    public String render(String template) {
        return render(template, UnaryOperator.identity());
    }

    /**
     * Renders with each placeholder's value passed through {@code insert}, which says what stands in the text
     * for it (a shell command refers to a positional parameter that carries the value, say).
     */
    public String render(String template, UnaryOperator<String> insert) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        List<String> unknown = new ArrayList<>();
        while (placeholder.find()) {
            String kind = placeholder.group(1);
            boolean optional = placeholder.group(3) != null;
            String escaping = placeholder.group(4);
            String value = value(kind, placeholder.group(2));
            if (value == null && optional && "param".equals(kind)) {
                value = "";
            }
            boolean wellFormed = (!optional || "param".equals(kind)) && (escaping == null || ESCAPINGS.contains(escaping));
            if (value == null || !wellFormed) {
                unknown.add(placeholder.group());
                value = "";
            }
            placeholder.appendReplacement(out, Matcher.quoteReplacement(insert.apply(escape(escaping, value))));
        }
        placeholder.appendTail(out);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown placeholder" + (unknown.size() > 1 ? "s " : " ")
                    + String.join(", ", unknown) + " in '" + abbreviate(template) + "'");
        }
        return out.toString();
    }

    /**
     * Renders a script: every parameter must be quoted for the shell ({@code ${param.NAME|sh}}), since an
     * operator's value inserted as it is would be shell code in the script; anything else is refused by name.
     */
    public String renderScript(String template) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        List<String> unquoted = new ArrayList<>();
        while (placeholder.find()) {
            if ("param".equals(placeholder.group(1)) && !"sh".equals(placeholder.group(4))) {
                unquoted.add(placeholder.group());
            }
        }
        if (!unquoted.isEmpty()) {
            throw new IllegalArgumentException("a script takes parameters only quoted for the shell: "
                    + String.join(", ", unquoted) + " in '" + abbreviate(template) + "' (write ${param.NAME|sh})");
        }
        return render(template);
    }

    private static String escape(String escaping, String value) {
        if (escaping == null) {
            return value;
        }
        return switch (escaping) {
            case "html" -> html(value);
            case "sh" -> shellWord(value);
            default -> value;
        };
    }

    /** The value as one shell word, whatever it holds: single-quoted, each single quote closed, escaped, reopened. */
    static String shellWord(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }

    /** Text as HTML shows it, in an element or in a quoted attribute value. */
    static String html(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    public List<String> render(List<String> commandLine) {
        return commandLine.stream().map(this::render).toList();
    }

    private String value(String kind, String name) {
        return switch (kind) {
            case "ip" -> name == null ? ip : null;
            case "partition" -> name == null ? partition : null;
            case "software" -> name == null ? software : null;
            case "port" -> name == null || !ports.containsKey(name) ? null : String.valueOf(ports.get(name));
            case "param" -> parameter(name);
            case "secret" -> name == null ? null : secrets.apply(name);
            case "published" -> name == null ? null : published.apply(name);
            default -> null;
        };
    }

    private String parameter(String name) {
        if (name == null) {
            return null;
        }
        JsonNode value = parameters.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private static String abbreviate(String template) {
        String line = template.replace('\n', ' ');
        return line.length() > 80 ? line.substring(0, 77) + "..." : line;
    }
}
