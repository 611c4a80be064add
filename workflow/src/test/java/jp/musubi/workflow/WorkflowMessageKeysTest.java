package jp.musubi.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jp.musubi.cms.common.Messages;

import org.junit.jupiter.api.Test;

/**
 * Every key a workflow class reads from its feature's bundle exists there. Scans the main sources for
 * holders ({@code static final Messages NAME = Messages.of("i18n/…")}) and for {@code NAME.get("key"} uses,
 * in the holder's own file, through the holder class from any file ({@code IssueCaseTexts.TEXTS.get("…")}) or
 * through a static import of the field.
 */
class WorkflowMessageKeysTest {

    private static final Path SOURCES = Paths.get("src/main/java");

    private static final Pattern HOLDER = Pattern.compile(
            "(?:static\\s+)?final\\s+Messages\\s+(\\w+)\\s*=\\s*Messages\\.of\\(\\s*\"([^\"]+)\"\\s*\\)");
    private static final Pattern CLASS = Pattern.compile("\\b(?:class|interface|enum|record)\\s+(\\w+)");
    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);

    private record Holder(Path file, String pkg, String className, String field, String bundle) {}

    @Test
    void everyKeyUsedInTheMainSourcesIsInItsBundle() throws IOException {
        Map<Path, String> sources = new HashMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.put(f, read(f)));
        }
        List<Holder> holders = new ArrayList<>();
        sources.forEach((file, text) -> {
            Matcher holder = HOLDER.matcher(text);
            while (holder.find()) {
                holders.add(new Holder(file, packageOf(text), enclosingClass(text, holder.start()), holder.group(1), holder.group(2)));
            }
        });
        assertThat(holders).as("Messages holders in workflow/src/main/java").isNotEmpty();

        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (Holder holder : holders) {
            Messages messages = Messages.of(holder.bundle());
            // Uses: TEXTS.get("…") in the same package (same file, or static import / same-named field),
            // and Holder.TEXTS.get("…") from anywhere.
            Pattern qualified = Pattern.compile("\\b" + holder.className() + "\\s*\\.\\s*" + holder.field() + "\\s*\\.\\s*get\\(\\s*\"([^\"]+)\"");
            Pattern bare = Pattern.compile("(?<![\\w.])" + holder.field() + "\\s*\\.\\s*get\\(\\s*\"([^\"]+)\"");
            for (Map.Entry<Path, String> source : sources.entrySet()) {
                String text = source.getValue();
                List<String> keys = new ArrayList<>(find(qualified, text));
                if (source.getKey().equals(holder.file()) || holder.pkg().equals(packageOf(text)) && importsField(text, holder)) {
                    keys.addAll(find(bare, text));
                }
                for (String key : keys) {
                    checked++;
                    if (!messages.has(key)) {
                        missing.add(holder.bundle() + ".properties lacks " + key + " (used in " + SOURCES.relativize(source.getKey()) + ")");
                    }
                }
            }
        }
        assertThat(missing).as("keys used in the sources but missing from their bundles").isEmpty();
        assertThat(checked).as("keys checked").isPositive();
    }

    /** The file imports the holder's field statically, so the bare field name refers to it. */
    private static boolean importsField(String text, Holder holder) {
        String owner = holder.pkg() + "." + holder.className();
        return text.contains("import static " + owner + "." + holder.field() + ";") || text.contains("import static " + owner + ".*;");
    }

    private static List<String> find(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }

    private static String enclosingClass(String text, int position) {
        String name = null;
        Matcher matcher = CLASS.matcher(text.substring(0, position));
        while (matcher.find()) {
            name = matcher.group(1);
        }
        return name;
    }

    private static String packageOf(String text) {
        Matcher matcher = PACKAGE.matcher(text);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
