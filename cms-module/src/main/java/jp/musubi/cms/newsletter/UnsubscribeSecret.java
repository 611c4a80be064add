package jp.musubi.cms.newsletter;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.core.env.Environment;

/**
 * The key that signs unsubscribe links. A configured secret ({@code musubi.newsletter.unsubscribe-secret})
 * wins. Without one, the embedded default (one node on H2, with or without a programme profile such as kumamoto) generates 256 random bits on its first
 * start and keeps them in {@code newsletter-secret} beside its database, so that the links in mails
 * already sent keep working after a restart; every multi-node installation (postgres) must configure the secret (its
 * nodes have to share it, and a file on one node is not shared).
 */
final class UnsubscribeSecret {

    static final String FILE_NAME = "newsletter-secret";
    private static final int RANDOM_BYTES = 32;
    /** 32 bytes in base64url; a shorter file was not written by us (or was damaged). */
    private static final int MIN_STORED_LENGTH = 43;

    private UnsubscribeSecret() {
    }

    static String resolve(NewsletterProperties properties, Environment environment) {
        if (!properties.unsubscribeSecret().isBlank()) {
            return properties.unsubscribeSecret();
        }
        if (!mayKeepInFile(environment)) {
            throw new IllegalStateException("musubi.newsletter.unsubscribe-secret (environment variable "
                    + "MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET) must be set, at least 16 random characters: it signs the "
                    + "newsletter's unsubscribe links");
        }
        return readOrCreate(properties.secretDirectory().resolve(FILE_NAME));
    }

    /**
     * Whether a missing secret may be generated and kept beside the database: on the one node of the embedded
     * default (musubi.node.single-node, true in application.yml whatever programme profile runs, false with
     * postgres), or, where that property is not set, when no profile is active.
     */
    static boolean mayKeepInFile(Environment environment) {
        return environment.getProperty("musubi.node.single-node", Boolean.class, environment.getActiveProfiles().length == 0);
    }

    /** The stored secret; a new random one when there is none yet (written once, never replaced). */
    static String readOrCreate(Path file) {
        try {
            if (!Files.exists(file)) {
                create(file.toAbsolutePath());
            }
            String secret = Files.readString(file).strip();
            if (secret.length() < MIN_STORED_LENGTH) {
                throw new IllegalStateException(file.toAbsolutePath() + " does not hold a valid unsubscribe secret. "
                        + "Delete it to generate a new one (the unsubscribe links in newsletters already sent then stop working) "
                        + "or set musubi.newsletter.unsubscribe-secret");
            }
            return secret;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or create the unsubscribe secret " + file.toAbsolutePath(), e);
        }
    }

    /** Written to a private temporary file and moved into place: the secret file is never seen half-written. */
    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Path temporary = file.resolveSibling(FILE_NAME + "." + UUID.randomUUID() + ".tmp");
        createOwnerOnly(temporary);
        try {
            byte[] random = new byte[RANDOM_BYTES];
            new SecureRandom().nextBytes(random);
            Files.writeString(temporary, Base64.getUrlEncoder().withoutPadding().encodeToString(random) + "\n");
            // No REPLACE_EXISTING: if another process created the file meanwhile, its secret stays.
            Files.move(temporary, file);
        } catch (FileAlreadyExistsException e) {
            // Keep the one that is there.
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void createOwnerOnly(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE)));
            return;
        }
        // Elsewhere (Windows): as private as java.io.File can make it.
        Files.createFile(file);
        java.io.File plain = file.toFile();
        plain.setReadable(false, false);
        plain.setReadable(true, true);
        plain.setWritable(false, false);
        plain.setWritable(true, true);
    }
}
