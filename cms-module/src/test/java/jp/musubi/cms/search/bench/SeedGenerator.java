package jp.musubi.cms.search.bench;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.cms.search.DemoContent;

/**
 * Realistic Japanese seeds in any number: titles, sentences, tags, fields and members of the demo
 * seeds (and the issues' sentences, which speak the same language) recombined at random. Seeded, so
 * every run indexes the same content.
 */
final class SeedGenerator {

    private static final Pattern TAG = Pattern.compile("<[^>]+>");
    private static final Pattern TITLE_JOINTS = Pattern.compile("(?<=による|を|で|の|と|、)");
    private static final Instant START = Instant.parse("2026-04-01T00:00:00Z");

    private final Random random;
    private final List<String> titleParts = new ArrayList<>();
    private final List<String> sentences = new ArrayList<>();
    private final List<String> tags = new ArrayList<>();
    private final List<String> fields = new ArrayList<>();
    private final List<String> members = new ArrayList<>();

    SeedGenerator(DemoContent demo, long seed) {
        this.random = new Random(seed);
        Set<String> tagSet = new LinkedHashSet<>();
        Set<String> fieldSet = new LinkedHashSet<>();
        Set<String> memberSet = new LinkedHashSet<>();
        for (PublishedItem item : demo.published()) {
            if (item.workspace().equals("seeds")) {
                titleParts.addAll(Arrays.asList(TITLE_JOINTS.split((String) item.properties().get("title"))));
                tagSet.addAll(strings(item.properties().get("tags")));
                fieldSet.addAll(strings(item.properties().get("fields")));
                memberSet.add((String) item.properties().get("member"));
            }
            if (item.workspace().equals("seeds") || item.workspace().equals("issues")) {
                for (Object value : item.properties().values()) {
                    if (value instanceof String text) {
                        for (String sentence : TAG.matcher(text).replaceAll("\n").split("[。\n]")) {
                            if (sentence.strip().length() >= 10) {
                                sentences.add(sentence.strip() + "。");
                            }
                        }
                    }
                }
            }
        }
        tags.addAll(tagSet);
        fields.addAll(fieldSet);
        members.addAll(memberSet);
    }

    List<PublishedItem> seeds(int count) {
        List<PublishedItem> seeds = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            seeds.add(seed(i));
        }
        return seeds;
    }

    private PublishedItem seed(int number) {
        String name = "generated-seed-" + number;
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("title", title());
        properties.put("member", pick(members));
        properties.put("summary", limit(paragraph(2, 3), 400));
        properties.put("body", "<p>" + paragraph(2, 4) + "</p>\n<h2>主な特長</h2>\n<ul>\n<li>" + pick(sentences)
                + "</li>\n<li>" + pick(sentences) + "</li>\n</ul>\n<p>" + paragraph(1, 3) + "</p>");
        properties.put("tags", distinct(tags, 3 + random.nextInt(3)));
        properties.put("fields", distinct(fields, 1 + random.nextInt(2)));
        properties.put("achievements", "<ul><li>" + pick(sentences) + "</li></ul>");
        Instant activated = START.plus(random.nextInt(365 * 24), ChronoUnit.HOURS);
        UUID id = DemoContent.idOf("seeds", name);
        return new PublishedItem(id, "seed", "seeds", name, "/" + name, properties, 1, PublicationStatus.PUBLISHED,
                activated, activated, activated);
    }

    private String title() {
        StringBuilder title = new StringBuilder();
        int parts = 2 + random.nextInt(2);
        for (int i = 0; i < parts; i++) {
            title.append(pick(titleParts));
        }
        return limit(title.toString(), 80);
    }

    private String paragraph(int min, int max) {
        StringBuilder text = new StringBuilder();
        int count = min + random.nextInt(max - min + 1);
        for (int i = 0; i < count; i++) {
            text.append(pick(sentences));
        }
        return text.toString();
    }

    private List<String> distinct(List<String> from, int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < Math.min(count, from.size())) {
            chosen.add(pick(from));
        }
        return List.copyOf(chosen);
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String limit(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text
                : text.substring(0, text.offsetByCodePoints(0, length));
    }

    private static List<String> strings(Object value) {
        return value instanceof Collection<?> values ? values.stream().map(String::valueOf).toList() : List.of();
    }
}
