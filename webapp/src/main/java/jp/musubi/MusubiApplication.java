package jp.musubi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Musubi: the one runnable application; scans every module under {@code jp.musubi}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MusubiApplication {

    public static void main(String[] args) {
        SpringApplication.run(MusubiApplication.class, args);
    }
}
