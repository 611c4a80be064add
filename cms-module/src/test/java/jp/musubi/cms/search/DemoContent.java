package jp.musubi.cms.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The demo content of {@code seeds/content/*.yml}, as published items: relevance is tested on the data
 * the product shows. Items keep their {@code status} so tests can tell published from unpublished.
 */
public final class DemoContent {

    public static final Path DIRECTORY = Path.of("..", "seeds", "content");
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Publication time of items without {@code publishedAt}: spaced an hour apart in file order. */
    private static final LocalDateTime BASE_TIME = LocalDateTime.of(2026, 6, 1, 9, 0);

    private final List<DemoItem> items;

    private DemoContent(List<DemoItem> items) {
        this.items = List.copyOf(items);
    }

    public record DemoItem(PublishedItem item, boolean published) {
    }

    public static DemoContent load(ContentTypeRegistry registry) {
        ObjectMapper yaml = YAMLMapper.builder().build();
        List<DemoItem> items = new ArrayList<>();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yml")).sorted().toList()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> content = yaml.readValue(Files.readString(file, StandardCharsets.UTF_8), Map.class);
                String type = (String) content.get("type");
                String workspace = registry.type(type).workspace();
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> entries = (List<Map<String, Object>>) content.get("items");
                int position = 0;
                for (Map<String, Object> entry : entries) {
                    items.add(toItem(type, workspace, entry, position++));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoContent(items);
    }

    @SuppressWarnings("unchecked")
    private static DemoItem toItem(String type, String workspace, Map<String, Object> entry, int position) {
        String name = (String) entry.get("name");
        Object publishedAt = entry.get("publishedAt");
        Instant activated = (publishedAt != null ? LocalDateTime.parse(publishedAt.toString())
                : BASE_TIME.plusHours(position)).atZone(TOKYO).toInstant();
        Map<String, Object> properties = new LinkedHashMap<>((Map<String, Object>) entry.get("properties"));
        PublishedItem item = new PublishedItem(idOf(workspace, name), type, workspace, name, "/" + name, properties,
                1, PublicationStatus.PUBLISHED, activated, activated, activated);
        return new DemoItem(item, "published".equals(entry.get("status")));
    }

    public static UUID idOf(String workspace, String name) {
        return UUID.nameUUIDFromBytes((workspace + "/" + name).getBytes(StandardCharsets.UTF_8));
    }

    public List<PublishedItem> published() {
        return items.stream().filter(DemoItem::published).map(DemoItem::item).toList();
    }

    public List<PublishedItem> unpublished() {
        return items.stream().filter(i -> !i.published()).map(DemoItem::item).toList();
    }

    public List<PublishedItem> all() {
        return items.stream().map(DemoItem::item).toList();
    }

    public PublishedItem item(String workspace, String name) {
        return items.stream().map(DemoItem::item)
                .filter(i -> i.workspace().equals(workspace) && i.name().equals(name))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no demo item " + workspace + "/" + name));
    }
}
