package org.hyperedge.connector.tests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;

import org.hyperedge.master.sync.InstanceReports.Reported;
import org.hyperedge.protocol.report.ReportCodec;

import com.fasterxml.jackson.databind.JsonNode;

/** A client of a provisioned H2 database, logged in as its published user, its password opened as the operator. */
record H2Client(String url, Properties login) {

    static H2Client of(TestSite site, Reported reported) throws Exception {
        JsonNode connection = ReportCodec.JSON.readTree(reported.connectionJson());
        Properties login = new Properties();
        login.put("user", connection.path("user").asText());
        login.put("password", site.open(connection.path("password").asText()));
        return new H2Client(connection.path("url").asText(), login);
    }

    void execute(String... statements) throws SQLException {
        try (Connection jdbc = new org.h2.Driver().connect(url, login)) {
            for (String statement : statements) {
                jdbc.createStatement().execute(statement);
            }
        }
    }

    /** The note in table {@code kept}, read now. */
    String row() throws SQLException {
        try (Connection jdbc = new org.h2.Driver().connect(url, login);
                ResultSet rows = jdbc.createStatement().executeQuery("SELECT note FROM kept")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The row kept, once the database answers again (its promise may pass a moment before a client gets in). */
    String awaitRow() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                return row();
            } catch (SQLException notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                Thread.sleep(200);
            }
        }
    }
}
