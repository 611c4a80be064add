package jp.musubi.webapp.operations.backup;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.stream.Stream;

import jp.musubi.cms.common.JapaneseTimes;

/**
 * Writes one backup folder {@code musubi-backup-yyyyMMdd-HHmmss} (Asia/Tokyo): the database first, then
 * the asset store, then the newsletter secret, then the manifest. Assets are only ever added under new
 * ids, so copying them after the dump holds every file the dumped database refers to.
 */
final class Backup {

    static final String ASSETS = "assets";
    static final String SECRET = "newsletter-secret";
    private static final DateTimeFormatter FOLDER = DateTimeFormatter.ofPattern("'musubi-backup-'yyyyMMdd-HHmmss")
            .withZone(JapaneseTimes.ZONE);

    private final Installation installation;
    private final Clock clock;

    Backup(Installation installation, Clock clock) {
        this.installation = installation;
        this.clock = clock;
    }

    Path writeInto(Path parent) throws IOException {
        Instant now = clock.instant();
        DatabaseDump database = installation.database();
        Path backup = parent.resolve(FOLDER.format(now));
        if (Files.exists(backup)) {
            throw new BackupException("同じ名前のバックアップがすでにあります: " + backup.toAbsolutePath());
        }
        Path partial = parent.resolve(backup.getFileName() + ".partial");
        Files.createDirectories(partial);
        database.dump(partial.resolve(database.fileName()));
        copyTree(installation.assets(), partial.resolve(ASSETS));
        Path secret = installation.secretDirectory().resolve(SECRET);
        if (Files.isRegularFile(secret)) {
            Files.copy(secret, partial.resolve(SECRET));
        }
        Manifest.of(partial, now, database.kind()).write(partial);
        // Only a complete backup carries the final name: a crash leaves a .partial folder, never a backup.
        Files.move(partial, backup, StandardCopyOption.ATOMIC_MOVE);
        return backup;
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        if (!Files.isDirectory(from)) {
            return;
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
