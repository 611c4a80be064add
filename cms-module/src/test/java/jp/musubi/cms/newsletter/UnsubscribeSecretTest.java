package jp.musubi.cms.newsletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;

/** Where the unsubscribe links' signing key comes from, on the embedded default and elsewhere. */
class UnsubscribeSecretTest {

    @TempDir
    Path dataDirectory;

    private final MockEnvironment embeddedDefault = new MockEnvironment();

    @Test
    void theEmbeddedDefaultGeneratesARandomSecretOnceAndASecondInstanceReusesIt() throws IOException {
        Path file = dataDirectory.resolve("newsletter-secret");
        assertThat(file).doesNotExist();

        String first = UnsubscribeSecret.resolve(properties(""), embeddedDefault);
        assertThat(file).exists();
        String stored = Files.readString(file);
        String second = UnsubscribeSecret.resolve(properties(""), embeddedDefault);

        assertThat(second).isEqualTo(first);
        assertThat(Files.readString(file)).as("read back, not rewritten").isEqualTo(stored);
        assertThat(first).hasSizeGreaterThanOrEqualTo(43).isNotEqualTo(OldFormatTokens.OLD_DEVELOPMENT_SECRET);
        String link = new UnsubscribeTokens(first).issue("an-unsubscribe-id");
        assertThat(new UnsubscribeTokens(second).verify(link)).as("links from before the restart still work")
                .contains("an-unsubscribe-id");
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            assertThat(Files.getPosixFilePermissions(file))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
        assertThat(dataDirectory.toFile().list()).as("no temporary file left").containsExactly("newsletter-secret");
    }

    @Test
    void twoFreshDataDirectoriesGetDifferentSecrets(@TempDir Path other) {
        String here = UnsubscribeSecret.resolve(properties(""), embeddedDefault);
        String there = UnsubscribeSecret.resolve(new NewsletterProperties("", other, 500, Duration.ofMinutes(2),
                Duration.ofSeconds(10), false), embeddedDefault);

        assertThat(here).isNotEqualTo(there);
    }

    @Test
    void aTokenForgedWithTheOldConstantSecretOverThePublicOrganizationKeyIsRefused() {
        UnsubscribeTokens tokens = new UnsubscribeTokens(UnsubscribeSecret.resolve(properties(""), embeddedDefault));

        assertThat(tokens.verify(OldFormatTokens.forge(OldFormatTokens.OLD_DEVELOPMENT_SECRET, "hibari-node"))).isEmpty();
    }

    @Test
    void aConfiguredSecretWinsAndNoFileIsWritten() {
        String secret = UnsubscribeSecret.resolve(properties("a-configured-secret-0123456789"), embeddedDefault);

        assertThat(secret).isEqualTo("a-configured-secret-0123456789");
        assertThat(dataDirectory.resolve("newsletter-secret")).doesNotExist();
    }

    @Test
    void aConfiguredSecretWinsOverAnExistingFile() {
        String generated = UnsubscribeSecret.resolve(properties(""), embeddedDefault);

        assertThat(UnsubscribeSecret.resolve(properties("a-configured-secret-0123456789"), embeddedDefault))
                .isEqualTo("a-configured-secret-0123456789").isNotEqualTo(generated);
    }

    @Test
    void anyOtherProfileMustConfigureTheSecret() {
        MockEnvironment postgres = new MockEnvironment();
        postgres.setActiveProfiles("postgres");

        assertThatThrownBy(() -> UnsubscribeSecret.resolve(properties(""), postgres))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET");
        assertThat(dataDirectory.resolve("newsletter-secret")).doesNotExist();
    }

    @Test
    void aProgrammeProfileOnTheEmbeddedSingleNodeKeepsItsSecretInAFile() {
        MockEnvironment kumamoto = new MockEnvironment().withProperty("musubi.node.single-node", "true");
        kumamoto.setActiveProfiles("kumamoto");

        String secret = UnsubscribeSecret.resolve(properties(""), kumamoto);

        assertThat(dataDirectory.resolve("newsletter-secret")).exists();
        assertThat(UnsubscribeSecret.resolve(properties(""), kumamoto)).as("kept for the next start").isEqualTo(secret);
    }

    @Test
    void aMultiNodeInstallationMustConfigureTheSecretWhateverTheProgramme() {
        MockEnvironment kumamotoOnPostgres = new MockEnvironment().withProperty("musubi.node.single-node", "false");
        kumamotoOnPostgres.setActiveProfiles("kumamoto", "postgres");

        assertThatThrownBy(() -> UnsubscribeSecret.resolve(properties(""), kumamotoOnPostgres))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MUSUBI_NEWSLETTER_UNSUBSCRIBE_SECRET");
        assertThat(dataDirectory.resolve("newsletter-secret")).doesNotExist();
    }

    @Test
    void aDamagedSecretFileStopsTheStartUpInsteadOfSilentlyInvalidatingEveryLink() throws IOException {
        Files.writeString(dataDirectory.resolve("newsletter-secret"), "short\n");

        assertThatThrownBy(() -> UnsubscribeSecret.resolve(properties(""), embeddedDefault))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("newsletter-secret");
    }

    private NewsletterProperties properties(String configuredSecret) {
        return new NewsletterProperties(configuredSecret, dataDirectory, 500, Duration.ofMinutes(2), Duration.ofSeconds(10), false);
    }
}
