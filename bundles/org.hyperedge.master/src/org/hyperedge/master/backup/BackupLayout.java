package org.hyperedge.master.backup;

/**
 * What a master's backup holds (a bundle of kind {@code master-backup}, signed like a site bundle) and where the
 * embedded master keeps those things in its data directory.
 */
final class BackupLayout {

    /** H2's own online backup of the store: a zip holding {@value #DATABASE_FILE} */
    static final String DATABASE = "database/master-h2.zip";
    static final String DATABASE_FILE = "master.mv.db";
    /** a PostgreSQL master's database, as {@code pg_dump --format=custom} wrote it */
    static final String POSTGRES_DUMP = "database/master-postgresql.dump";
    /** the store's password, without which its file does not open */
    static final String SECRET = "master/master.secret";
    static final String SECRET_FILE = "master.secret";
    /** the master's TLS identity, the one its nodes pin: its files under {@code master/identity/} */
    static final String IDENTITY = "master/identity/";
    static final String IDENTITY_DIRECTORY = "master-identity";
    /** the software cache's index: each artifact's sha256 and size (the artifacts travel with {@code cache export}) */
    static final String CACHE_INDEX = "master/cache-index.json";
    static final String CACHE_DIRECTORY = "cache";
    /** H2's lock file while a process has the store open */
    static final String LOCK_FILE = "master.lock.db";

    private BackupLayout() {
    }
}
