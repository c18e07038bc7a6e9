package org.hyperedge.protocol.release;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One way of instantiating a release: the JSON Schemas of its parameters and connection parameters,
 * and what the agent does in a partition. Strings may hold {@code ${...}} placeholders (parameters,
 * ports, addresses, secrets) rendered on the node. A connection parameter whose schema says
 * {@code "secret": true} is published sealed: the master relays it and cannot read it. {@code upgrade} (optional,
 * empty when absent) is a command line the agent runs in the partition, as its user, when an instance moves to
 * this version from an older one, before the new version starts. {@code backup} (null when absent): how the
 * instance's data is backed up and restored ({@link BackupSpec}).
 */
public record SoftwareTypeDescriptor(String description, ObjectNode parameterSchema, ObjectNode connectionSchema,
        Map<String, String> connection, List<FileTemplate> files, List<String> ports, List<ProcessSpec> processes,
        List<PromiseSpec> promises, boolean shared, List<String> upgrade, BackupSpec backup) {

    /** Whether the connection schema marks this connection parameter {@code "secret": true}. */
    public boolean secretConnection(String name) {
        return connectionSchema != null && connectionSchema.path("properties").path(name).path("secret").asBoolean(false);
    }

    public record FileTemplate(String path, String template, String mode) {
    }

    public record ProcessSpec(String name, List<String> command, Map<String, String> environment) {
    }

    public record PromiseSpec(String name, Kind kind, String target, String expected, int periodSeconds,
            int timeoutSeconds, boolean bangOnFailure) {

        public enum Kind {
            /** a TCP port accepts connections */
            TCP,
            /** an HTTP URL answers with the expected status */
            HTTP,
            /** a command exits with 0 */
            COMMAND,
            /** a file exists */
            FILE,
            /**
             * the service at the target URL ({@code h2://HOST:PORT}, {@code mqtt://HOST:PORT},
             * {@code postgresql://USER@HOST:PORT/DATABASE}, {@code redis://HOST:PORT}) refuses a client that does
             * not give its credentials
             */
            AUTH
        }
    }
}
