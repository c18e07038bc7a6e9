package org.hyperedge.agent.seal;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hyperedge.protocol.release.SoftwareTypeDescriptor;

/**
 * Which connection values leave the node sealed: those the release marks {@code "secret": true}, and, whatever
 * the release says, every value whose template uses a partition secret ({@code ${secret.NAME}}) or a parameter
 * that arrived sealed. A release that forgot the mark therefore still never publishes a password in clear.
 */
public final class SecretConnections {

    private static final Pattern PARAMETER = Pattern.compile("\\$\\{param\\.([A-Za-z0-9_-]+)}");

    private SecretConnections() {
    }

    public static boolean secret(SoftwareTypeDescriptor type, String name, String template, Set<String> sealedParameters) {
        if (type.secretConnection(name) || template.contains("${secret.")) {
            return true;
        }
        if (sealedParameters.isEmpty()) {
            return false;
        }
        Matcher parameter = PARAMETER.matcher(template);
        while (parameter.find()) {
            if (sealedParameters.contains(parameter.group(1))) {
                return true;
            }
        }
        return false;
    }
}
