package jp.musubi.webapp.operations.backup;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The embedded default: H2's {@code BACKUP TO} writes a consistent copy of the database file into a zip
 * (online for H2, but the product holds the file exclusively, so the application is stopped first);
 * a restore unpacks it where the configured URL expects the file.
 */
final class H2Dump implements DatabaseDump {

    private final Installation installation;

    H2Dump(Installation installation) {
        this.installation = installation;
    }

    @Override
    public String kind() {
        return "h2";
    }

    @Override
    public String fileName() {
        return "database.zip";
    }

    @Override
    public void dump(Path file) {
        if (!Files.exists(databaseFile())) {
            throw new BackupException("データベースのファイルがありません: " + databaseFile().toAbsolutePath());
        }
        // IFEXISTS: never create an empty database by mistake.
        try (Connection connection = DriverManager.getConnection(installation.databaseUrl() + ";IFEXISTS=TRUE",
                installation.databaseUser(), installation.databasePassword());
             Statement statement = connection.createStatement()) {
            statement.execute("BACKUP TO '" + file.toAbsolutePath().toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new BackupException("データベースを開けませんでした。アプリケーションを停止してから実行してください（"
                    + e.getMessage() + "）", e);
        }
    }

    @Override
    public void requireEmpty() {
        if (Files.exists(databaseFile())) {
            throw new BackupException("復元先にデータベースがすでにあります: " + databaseFile().toAbsolutePath()
                    + "。空の環境にだけ復元できます。");
        }
    }

    @Override
    public void restore(Path file) {
        Path target = databaseFile();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            Files.createDirectories(target.toAbsolutePath().getParent());
            boolean found = false;
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().endsWith(".mv.db")) {
                    copy(zip, target);
                    found = true;
                }
            }
            if (!found) {
                throw new BackupException("バックアップにH2のデータベースファイルが含まれていません: " + file);
            }
        } catch (IOException e) {
            throw new BackupException("データベースを復元できませんでした: " + e.getMessage(), e);
        }
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target);
    }

    /** {@code jdbc:h2:file:./data/musubi;…} → {@code ./data/musubi.mv.db}. */
    Path databaseFile() {
        String rest = installation.databaseUrl().substring("jdbc:h2:".length());
        if (rest.startsWith("mem:") || rest.startsWith("tcp:") || rest.startsWith("ssl:")) {
            throw new BackupException("ファイル以外のH2データベースはバックアップできません: " + installation.databaseUrl());
        }
        if (rest.startsWith("file:")) {
            rest = rest.substring("file:".length());
        }
        int options = rest.indexOf(';');
        String path = options < 0 ? rest : rest.substring(0, options);
        if (path.startsWith("~")) {
            path = System.getProperty("user.home") + path.substring(1);
        }
        return Path.of(path + ".mv.db");
    }
}
