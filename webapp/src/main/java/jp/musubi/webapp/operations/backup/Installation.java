package jp.musubi.webapp.operations.backup;

import java.nio.file.Path;

import org.springframework.boot.context.properties.bind.Binder;

/**
 * Where one installation keeps its state, read from the same configuration the application uses
 * (application.yml, profiles, environment): the database, the asset store, this node's search index
 * (derived, rebuilt after a restore) and the directory of the generated newsletter secret.
 */
record Installation(String databaseUrl, String databaseUser, String databasePassword, Path assets,
                    Path searchIndex, Path secretDirectory) {

    static Installation from(Binder binder) {
        String url = binder.bind("spring.datasource.url", String.class)
                .orElseThrow(() -> new BackupException("spring.datasource.url が設定されていません。"));
        String index = binder.bind("musubi.search.index-directory", String.class).orElse("");
        return new Installation(url,
                binder.bind("spring.datasource.username", String.class).orElse(""),
                binder.bind("spring.datasource.password", String.class).orElse(""),
                Path.of(binder.bind("musubi.cms.assets.directory", String.class).orElse("./data/assets")),
                index.isBlank() ? null : Path.of(index),
                Path.of(binder.bind("musubi.newsletter.secret-directory", String.class).orElse("./data")));
    }

    DatabaseDump database() {
        if (databaseUrl.startsWith("jdbc:h2:")) {
            return new H2Dump(this);
        }
        if (databaseUrl.startsWith("jdbc:postgresql:")) {
            return new PostgresDump(this);
        }
        throw new BackupException("この種類のデータベースのバックアップには対応していません: " + databaseUrl);
    }
}
