package jp.musubi.cms.search;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Groups of words that mean the same (苺, いちご, イチゴ; 自治体, 市町村, 市町; AI, 人工知能): a query word
 * that is one of them also finds the others. The groups shipped in {@code synonyms.txt} are extended by
 * the administrator's {@code musubi.search.synonyms} (one group a line, words separated by 「,」 or 「、」);
 * a word in two groups joins them.
 */
final class Synonyms {

    private static final String DEFAULTS = "synonyms.txt";

    private final Map<String, Set<String>> byWord;

    private Synonyms(Map<String, Set<String>> byWord) {
        this.byWord = byWord;
    }

    static Synonyms none() {
        return new Synonyms(Map.of());
    }

    /** The shipped groups and the configured ones. */
    static Synonyms of(Collection<String> configured) {
        List<String> lines = new ArrayList<>(defaults());
        if (configured != null) {
            lines.addAll(configured);
        }
        Map<String, Set<String>> byWord = new HashMap<>();
        for (String line : lines) {
            String stripped = line == null ? "" : line.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            Set<String> group = new LinkedHashSet<>();
            Arrays.stream(stripped.split("[,、，]")).map(String::strip).filter(w -> !w.isEmpty()).forEach(group::add);
            if (group.size() < 2) {
                continue;
            }
            Set<String> merged = new LinkedHashSet<>(group);
            for (String word : group) {
                merged.addAll(byWord.getOrDefault(key(word), Set.of()));
            }
            for (String word : merged) {
                byWord.put(key(word), merged);
            }
        }
        return new Synonyms(Map.copyOf(byWord));
    }

    /** The other words of the word's group (not the word itself); empty when it has none. */
    List<String> of(String word) {
        Set<String> group = byWord.get(key(word));
        if (group == null) {
            return List.of();
        }
        String own = key(word);
        return group.stream().filter(other -> !key(other).equals(own)).toList();
    }

    private static String key(String word) {
        return Normalizer.normalize(word.strip(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static List<String> defaults() {
        try (InputStream in = Synonyms.class.getResourceAsStream(DEFAULTS)) {
            if (in == null) {
                return List.of();
            }
            return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
