package org.hyperedge.master.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hyperedge.master.store.Database;
import org.hyperedge.master.store.JdbcUrls;
import org.hyperedge.master.store.StoreException;
import org.junit.jupiter.api.Test;

/** A password in a PostgreSQL master's JDBC URL is never shown: not in the messages of a master that cannot open it. */
class JdbcUrlSecretsTest {

    @Test
    void aPasswordParameterIsLeftOutWhereverItStands() {
        assertEquals("jdbc:postgresql://db.lan:5432/he?user=he",
                JdbcUrls.withoutSecrets("jdbc:postgresql://db.lan:5432/he?user=he&password=s3cret"));
        assertEquals("jdbc:postgresql://db.lan:5432/he?user=he",
                JdbcUrls.withoutSecrets("jdbc:postgresql://db.lan:5432/he?PASSWORD=s3cret&user=he"));
        assertEquals("jdbc:postgresql://db.lan/he", JdbcUrls.withoutSecrets("jdbc:postgresql://db.lan/he?password=s3cret"));
        assertEquals("jdbc:h2:file:/data/master", JdbcUrls.withoutSecrets("jdbc:h2:file:/data/master;CIPHER=AES;PASSWORD=x"));
    }

    @Test
    void aMasterThatCannotReachItsDatabaseNamesItWithoutThePassword() {
        // given: a PostgreSQL URL with a password, on a port where nothing listens
        String url = "jdbc:postgresql://127.0.0.1:1/hyperedge?user=he&password=s3cret&connectTimeout=2";

        // when: a master opens it
        StoreException refused = assertThrows(StoreException.class, () -> Database.open(url).close());

        // then: the message says which database, and not its password
        assertTrue(refused.getMessage().contains("jdbc:postgresql://127.0.0.1:1/hyperedge?user=he"), refused.getMessage());
        assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
    }
}
