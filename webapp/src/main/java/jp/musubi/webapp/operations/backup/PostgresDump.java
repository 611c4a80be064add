package jp.musubi.webapp.operations.backup;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL: {@code pg_dump --format=custom} takes one consistent snapshot while the nodes keep running;
 * {@code pg_restore} loads it into an empty database. Both from the PATH (postgresql-client), with the
 * password passed in {@code PGPASSWORD}, never on the command line.
 */
final class PostgresDump implements DatabaseDump {

    private static final long TIMEOUT_MINUTES = 60;

    private final Installation installation;

    PostgresDump(Installation installation) {
        this.installation = installation;
    }

    @Override
    public String kind() {
        return "postgresql";
    }

    @Override
    public String fileName() {
        return "database.pgdump";
    }

    @Override
    public void dump(Path file) {
        List<String> command = new ArrayList<>(List.of("pg_dump", "--format=custom", "--no-owner", "--no-privileges",
                "--file=" + file.toAbsolutePath()));
        command.addAll(connectionArguments());
        run(command, "pg_dump");
    }

    @Override
    public void requireEmpty() {
        try (Connection connection = DriverManager.getConnection(installation.databaseUrl(),
                installation.databaseUser(), installation.databasePassword());
             ResultSet tables = connection.createStatement().executeQuery(
                     "SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema()")) {
            tables.next();
            if (tables.getLong(1) > 0) {
                throw new BackupException("復元先のデータベースにすでにテーブルがあります（" + tables.getLong(1)
                        + "件）。空のデータベースにだけ復元できます。");
            }
        } catch (SQLException e) {
            throw new BackupException("復元先のデータベースに接続できませんでした: " + e.getMessage(), e);
        }
    }

    @Override
    public void restore(Path file) {
        List<String> command = new ArrayList<>(List.of("pg_restore", "--no-owner", "--no-privileges",
                "--exit-on-error", "--single-transaction"));
        command.addAll(connectionArguments());
        command.add(file.toAbsolutePath().toString());
        run(command, "pg_restore");
    }

    /** {@code jdbc:postgresql://host:port/db?…} → pg_dump's options. */
    private List<String> connectionArguments() {
        URI uri = URI.create(installation.databaseUrl().substring("jdbc:".length()));
        List<String> arguments = new ArrayList<>();
        arguments.add("--host=" + (uri.getHost() == null ? "127.0.0.1" : uri.getHost()));
        arguments.add("--port=" + (uri.getPort() < 0 ? 5432 : uri.getPort()));
        if (!installation.databaseUser().isBlank()) {
            arguments.add("--username=" + installation.databaseUser());
        }
        arguments.add("--dbname=" + uri.getPath().substring(1));
        arguments.add("--no-password");
        return arguments;
    }

    private void run(List<String> command, String name) {
        try {
            Path log = Files.createTempFile("musubi-" + name, ".log");
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
            builder.environment().put("PGPASSWORD", installation.databasePassword());
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new BackupException(name + " が" + TIMEOUT_MINUTES + "分以内に終わりませんでした。");
            }
            String output = Files.readString(log);
            Files.deleteIfExists(log);
            if (process.exitValue() != 0) {
                throw new BackupException(name + " が失敗しました（終了コード " + process.exitValue() + "）: " + output);
            }
        } catch (IOException e) {
            throw new BackupException(name + " を実行できませんでした（postgresql-client をインストールしてください）: "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackupException(name + " が中断されました。", e);
        }
    }
}
