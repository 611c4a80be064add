package jp.musubi.webapp.operations.backup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;

import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar musubi.jar --musubi.backup.to=DIR} and {@code --musubi.restore.from=DIR/musubi-backup-…}:
 * the backup and the restore as commands of the product itself. They read the same configuration as the
 * application (profiles, environment) but start none of it: no web server, no scheduler, no process engine.
 */
public final class OperationsCommand {

    static final String BACKUP = "--musubi.backup.to=";
    static final String RESTORE = "--musubi.restore.from=";

    private OperationsCommand() {
    }

    /** Whether these arguments ask for a backup or a restore instead of the application. */
    public static boolean handles(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith(BACKUP) || arg.startsWith(RESTORE));
    }

    /** Runs the command; the process exits with 0 when it succeeded, 1 otherwise (the reason on stderr). */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CommandSource.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false).run(args)) {
            Installation installation = Installation.from(Binder.get(context.getEnvironment()));
            long started = System.nanoTime();
            String backupTo = value(args, BACKUP);
            if (backupTo != null) {
                Path parent = Path.of(backupTo);
                Files.createDirectories(parent);
                Path backup = new Backup(installation, Clock.systemUTC()).writeInto(parent);
                System.out.println("バックアップを作成しました: " + backup.toAbsolutePath() + "（" + took(started) + "）");
            } else {
                Manifest manifest = new Restore(installation).from(Path.of(value(args, RESTORE)));
                System.out.println("バックアップ（" + manifest.createdAt() + " 作成、" + manifest.entries().size()
                        + "ファイル）を復元しました（" + took(started) + "）。検索インデックスは起動時に作り直されます。");
            }
            return 0;
        } catch (BackupException e) {
            System.err.println(e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("バックアップ・復元に失敗しました: " + e);
            return 1;
        }
    }

    private static String value(String[] args, String prefix) {
        return Arrays.stream(args).filter(arg -> arg.startsWith(prefix)).map(arg -> arg.substring(prefix.length()))
                .findFirst().orElse(null);
    }

    private static String took(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos).toMillis() + " ms";
    }

    /** The command's context: configuration only, no auto-configuration, no component scan. */
    static final class CommandSource {
    }
}
