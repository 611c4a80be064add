package jp.musubi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Musubi: the one runnable application; scans every module under {@code jp.musubi}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MusubiApplication {

    public static void main(String[] args) {
        // Backup and restore are commands of the same jar; they must not start the application.
        if (jp.musubi.webapp.operations.backup.OperationsCommand.handles(args)) {
            jp.musubi.webapp.operations.backup.OperationsCommand.main(args);
            return;
        }
        SpringApplication.run(MusubiApplication.class, args);
    }
}
