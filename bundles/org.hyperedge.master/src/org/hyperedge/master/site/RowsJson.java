package org.hyperedge.master.site;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * Query results as a JSON array of objects, one per row, keyed by lower-case column label, streamed to a file
 * (a site's history can be large): numbers exact (decimals as strings), times as ISO instants.
 */
final class RowsJson {

    private RowsJson() {
    }

    static long dump(Connection connection, String sql, Path file) throws SQLException, IOException {
        long rows = 0;
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet result = query.executeQuery();
                JsonGenerator out = BundleManifest.JSON.getFactory().createGenerator(Files.newOutputStream(file))) {
            ResultSetMetaData meta = result.getMetaData();
            out.writeStartArray();
            while (result.next()) {
                out.writeStartObject();
                for (int c = 1; c <= meta.getColumnCount(); c++) {
                    out.writeFieldName(meta.getColumnLabel(c).toLowerCase(Locale.ROOT));
                    write(out, result, c, meta.getColumnType(c));
                }
                out.writeEndObject();
                rows++;
            }
            out.writeEndArray();
        }
        return rows;
    }

    private static void write(JsonGenerator out, ResultSet result, int c, int type) throws SQLException, IOException {
        switch (type) {
            case Types.BOOLEAN, Types.BIT -> {
                boolean value = result.getBoolean(c);
                if (result.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeBoolean(value);
                }
            }
            case Types.BIGINT, Types.INTEGER, Types.SMALLINT -> {
                long value = result.getLong(c);
                if (result.wasNull()) {
                    out.writeNull();
                } else {
                    out.writeNumber(value);
                }
            }
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal value = result.getBigDecimal(c);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeString(value.toPlainString());
                }
            }
            case Types.TIMESTAMP_WITH_TIMEZONE, Types.TIMESTAMP -> {
                OffsetDateTime value = result.getObject(c, OffsetDateTime.class);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeString(value.toInstant().toString());
                }
            }
            default -> {
                String value = result.getString(c);
                if (value == null) {
                    out.writeNull();
                } else {
                    out.writeString(value);
                }
            }
        }
    }

    static List<JsonNode> read(byte[] json, String what) throws SiteBundleException {
        try {
            JsonNode array = BundleManifest.JSON.readTree(json);
            if (!array.isArray()) {
                throw new SiteBundleException(what + " is not a JSON array");
            }
            List<JsonNode> rows = new ArrayList<>(array.size());
            array.forEach(rows::add);
            return rows;
        } catch (IOException e) {
            throw new SiteBundleException(what + " does not read: " + e.getMessage(), e);
        }
    }

    static String text(JsonNode row, String field) {
        JsonNode value = row.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    static OffsetDateTime time(JsonNode row, String field) {
        String text = text(row, field);
        return text == null ? null : OffsetDateTime.ofInstant(Instant.parse(text), java.time.ZoneOffset.UTC);
    }

    static BigDecimal decimal(JsonNode row, String field) {
        String text = text(row, field);
        return text == null ? null : new BigDecimal(text);
    }
}
