package jp.musubi.webapp.operations.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Restores a backup into an empty installation: checks the manifest's checksums and that the database
 * and asset store are empty before writing anything, loads the database, copies the assets and the
 * newsletter secret, and removes this node's search index so that the application rebuilds it from the
 * restored database when it starts.
 */
final class Restore {

    private final Installation installation;

    Restore(Installation installation) {
        this.installation = installation;
    }

    Manifest from(Path backup) throws IOException {
        Manifest manifest = Manifest.read(backup);
        manifest.verify(backup);
        DatabaseDump database = installation.database();
        if (!database.kind().equals(manifest.databaseKind())) {
            throw new BackupException("このバックアップは " + manifest.databaseKind() + " のものです。復元先は "
                    + database.kind() + " です。");
        }
        database.requireEmpty();
        if (Files.isDirectory(installation.assets()) && !isEmpty(installation.assets())) {
            throw new BackupException("復元先のファイル置き場が空ではありません: " + installation.assets().toAbsolutePath());
        }
        database.restore(backup.resolve(database.fileName()));
        Backup.copyTree(backup.resolve(Backup.ASSETS), installation.assets());
        Path secret = backup.resolve(Backup.SECRET);
        Path targetSecret = installation.secretDirectory().resolve(Backup.SECRET);
        if (Files.isRegularFile(secret) && !Files.exists(targetSecret)) {
            Files.createDirectories(installation.secretDirectory());
            Files.copy(secret, targetSecret);
        }
        if (installation.searchIndex() != null) {
            deleteTree(installation.searchIndex());
        }
        return manifest;
    }

    private static boolean isEmpty(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.findAny().isEmpty();
        }
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
