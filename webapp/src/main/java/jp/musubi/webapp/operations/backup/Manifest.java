package jp.musubi.webapp.operations.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import jp.musubi.cms.common.JapaneseTimes;

/**
 * {@code MANIFEST.txt} of a backup: when it was taken, the database kind, and one line per file with its
 * SHA-256 ({@code grep -v "^#" MANIFEST.txt | sha256sum -c} in the backup's folder checks it by hand).
 * A restore checks every line before it writes anything.
 */
record Manifest(Instant createdAt, String databaseKind, List<Entry> entries) {

    static final String FILE_NAME = "MANIFEST.txt";

    record Entry(String sha256, long size, String path) {
    }

    static Manifest of(Path backup, Instant createdAt, String databaseKind) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(backup)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                String relative = backup.relativize(file).toString().replace('\\', '/');
                if (!relative.equals(FILE_NAME)) {
                    entries.add(new Entry(sha256(file), Files.size(file), relative));
                }
            }
        }
        return new Manifest(createdAt, databaseKind, entries);
    }

    void write(Path backup) throws IOException {
        StringBuilder text = new StringBuilder()
                .append("# Musubi backup\n")
                .append("# created: ").append(createdAt).append(" (").append(JapaneseTimes.dateTime(createdAt)).append(")\n")
                .append("# database: ").append(databaseKind).append('\n')
                .append("# files: ").append(entries.size()).append(", bytes: ")
                .append(entries.stream().mapToLong(Entry::size).sum()).append('\n');
        for (Entry entry : entries) {
            text.append(entry.sha256()).append("  ").append(entry.path()).append('\n');
        }
        Files.writeString(backup.resolve(FILE_NAME), text);
    }

    static Manifest read(Path backup) throws IOException {
        Path file = backup.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            throw new BackupException("バックアップの一覧（" + FILE_NAME + "）がありません: " + backup.toAbsolutePath());
        }
        Instant created = null;
        String kind = null;
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.startsWith("# created: ")) {
                created = Instant.parse(line.substring("# created: ".length()).split(" ")[0]);
            } else if (line.startsWith("# database: ")) {
                kind = line.substring("# database: ".length()).trim();
            } else if (!line.isBlank() && !line.startsWith("#")) {
                int gap = line.indexOf("  ");
                String path = line.substring(gap + 2);
                Path target = backup.resolve(path).normalize();
                if (!target.startsWith(backup.normalize())) {
                    throw new BackupException("バックアップの一覧に不正なパスがあります: " + path);
                }
                entries.add(new Entry(line.substring(0, gap), Files.exists(target) ? Files.size(target) : -1, path));
            }
        }
        if (created == null || kind == null) {
            throw new BackupException("バックアップの一覧（" + FILE_NAME + "）が読み取れません。");
        }
        return new Manifest(created, kind, entries);
    }

    /** Every listed file is there with its checksum; otherwise nothing is restored. */
    void verify(Path backup) throws IOException {
        for (Entry entry : entries) {
            Path file = backup.resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                throw new BackupException("バックアップのファイルがありません: " + entry.path());
            }
            if (!sha256(file).equals(entry.sha256())) {
                throw new BackupException("バックアップのファイルが壊れています（チェックサム不一致）: " + entry.path());
            }
        }
    }

    static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[65536];
            for (int read = in.read(buffer); read > 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
