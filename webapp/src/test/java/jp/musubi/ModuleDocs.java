package jp.musubi;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Spring Modulith writes the components, relations and canvas entries of docs/modules/ in an order
 * that changes from run to run; sorting each run of such lines keeps the committed files stable, so a
 * test run leaves the work tree clean unless the modules really changed.
 */
final class ModuleDocs {

    /** A line whose position among its neighbours of the same kind carries no meaning. */
    private static final Pattern UNORDERED = Pattern.compile("^(\\s*)(Component\\(|Rel(?:_\\w+)?\\(|\\* )");

    private ModuleDocs() {
    }

    static void sortUnorderedRuns(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.toString().endsWith(".puml") || file.toString().endsWith(".adoc"))
                    .forEach(ModuleDocs::sortFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sortFile(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            List<String> sorted = new ArrayList<>(lines.size());
            List<String> run = new ArrayList<>();
            String runKind = null;
            for (String line : lines) {
                Matcher m = UNORDERED.matcher(line);
                String kind = m.find() ? m.group(1) + m.group(2) : null;
                if (kind == null || !kind.equals(runKind)) {
                    flush(run, sorted);
                    runKind = kind;
                }
                if (kind == null) {
                    sorted.add(line);
                } else {
                    run.add(line);
                }
            }
            flush(run, sorted);
            Files.write(file, sorted, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void flush(List<String> run, List<String> into) {
        run.sort(null);
        into.addAll(run);
        run.clear();
    }
}
