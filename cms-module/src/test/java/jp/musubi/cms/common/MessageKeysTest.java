package jp.musubi.cms.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.musubi.cms.asset.AssetType;
import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.mail.MailStatus;
import jp.musubi.cms.mail.address.EmailAddressProblem;
import jp.musubi.cms.newsletter.NewsletterSendStatus;
import jp.musubi.cms.revision.FieldDiff;
import org.junit.jupiter.api.Test;

/**
 * Every message key the main code reads through {@link Messages} exists in its bundle, so a mistyped key
 * fails the build instead of a page. Reads the sources: a feature's bundles are the {@code Messages.of("…")}
 * of its package (sub-packages included), its keys the string literals starting with a bundle's name and
 * a dot in the files that use {@code TEXTS}; a literal followed by {@code +} is a key prefix.
 */
class MessageKeysTest {

    private static final Path SOURCES = Path.of("src/main/java/jp/musubi/cms");
    private static final Pattern BUNDLE = Pattern.compile("Messages\\.of\\(\"(i18n/([A-Za-z0-9_-]+))\"\\)");
    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z0-9_-]+\\.[A-Za-z0-9_./-]*)\"(\\s*\\+)?");

    @Test
    void everyKeyReadThroughMessagesIsInItsBundle() throws IOException {
        Map<String, Map<String, String>> bundlesByFeature = new TreeMap<>();
        Map<Path, String> sources = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                sources.put(file, source);
                Matcher bundle = BUNDLE.matcher(source);
                while (bundle.find()) {
                    bundlesByFeature.computeIfAbsent(feature(file), f -> new TreeMap<>()).put(bundle.group(2), bundle.group(1));
                }
            }
        }
        assertThat(bundlesByFeature).as("features reading bundles").isNotEmpty();

        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        sources.forEach((file, source) -> {
            if (!source.contains("TEXTS")) {
                return;
            }
            Map<String, String> bundles = bundlesByFeature.get(feature(file));
            if (bundles == null) {
                problems.add(file + " uses TEXTS but its feature reads no bundle");
                return;
            }
            Matcher literal = LITERAL.matcher(source);
            while (literal.find()) {
                String key = literal.group(1);
                String baseName = bundles.get(key.substring(0, key.indexOf('.')));
                if (baseName == null) {
                    continue;
                }
                Messages messages = Messages.of(baseName);
                boolean prefix = literal.group(2) != null;
                boolean found = prefix ? messages.keys().stream().anyMatch(k -> k.startsWith(key)) : messages.has(key);
                checked.add(key);
                if (!found) {
                    problems.add(file.getFileName() + ": " + (prefix ? "no key starts with " : "no key ") + key + " in " + baseName);
                }
            }
        });
        assertThat(problems).isEmpty();
        assertThat(checked).as("keys checked").hasSizeGreaterThan(100);
    }

    /** The enums whose labels are keyed by their constant names: every constant has its text. */
    @Test
    void everyLabelledConstantHasItsText() {
        Stream.of(MailStatus.values()).forEach(status -> assertThat(status.label()).isNotBlank());
        Stream.of(NewsletterSendStatus.values()).forEach(status -> assertThat(status.label()).isNotBlank());
        Stream.of(PublicationStatus.values()).forEach(status -> assertThat(status.label()).isNotBlank());
        Stream.of(AssetType.values()).forEach(type -> assertThat(type.label()).isNotBlank());
        Stream.of(FieldDiff.Change.values()).forEach(change -> assertThat(change.label()).isNotBlank());
        Stream.of(EmailAddressProblem.values()).forEach(problem -> assertThat(problem.message()).isNotBlank());
    }

    private static String feature(Path file) {
        return SOURCES.relativize(file).getName(0).toString();
    }
}
