package jp.musubi.webapp.operations.backup;

import java.nio.file.Path;

/** Writes the database into one file of a backup, and loads such a file into an empty database. */
interface DatabaseDump {

    /** {@code h2} or {@code postgresql}: recorded in the manifest, checked before a restore. */
    String kind();

    /** The file name inside the backup. */
    String fileName();

    void dump(Path file);

    /** Refuses (BackupException) unless the target database is empty. */
    void requireEmpty();

    void restore(Path file);
}
