package jp.musubi.cms.publication.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.content.ContentService;
import jp.musubi.cms.content.ContentTime;
import jp.musubi.cms.demo.DemoDataReader;
import jp.musubi.cms.demo.DemoDates;
import jp.musubi.cms.demo.DemoDataSection;
import jp.musubi.cms.publication.PublicationService;
import jp.musubi.contenttypes.definition.ContentTypeDefinition;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;

/**
 * One content file of the demo data ({@code seeds/README.md}): creates each item through the
 * content service, so the demo data passes the same validation, sanitizing and reference checks as
 * an editor's input, and publishes those marked {@code published}. Written by {@code system}.
 */
public class ContentDemoData implements DemoDataSection {

    static final String AUTHOR = "system";

    private final String name;
    private final int order;
    private final String file;
    private final String type;
    private final ContentTypeRegistry registry;
    private final ContentService content;
    private final PublicationService publication;
    private final Clock clock;

    ContentDemoData(String name, int order, String file, String type, ContentTypeRegistry registry,
                    ContentService content, PublicationService publication, Clock clock) {
        this.name = name;
        this.order = order;
        this.file = file;
        this.type = type;
        this.registry = registry;
        this.content = content;
        this.publication = publication;
        this.clock = clock;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int order() {
        return order;
    }

    public String file() {
        return file;
    }

    @Override
    public void load(DemoDataReader reader) {
        // A programme's seeds may leave a type out (Kumamoto has no municipal issues): nothing to load then.
        if (!reader.exists(file)) {
            return;
        }
        ContentFile contents = reader.read(file, ContentFile.class);
        if (!type.equals(contents.type())) {
            throw new IllegalStateException("Demo data " + file + " holds type '" + contents.type()
                    + "', expected '" + type + "'");
        }
        ContentTypeDefinition definition = registry.type(type);
        for (DemoItem item : contents.items()) {
            boolean published = switch (item.status()) {
                case "published" -> true;
                case "unpublished" -> false;
                default -> throw new IllegalStateException("Demo data " + file + ", item " + item.name()
                        + ": status must be published or unpublished, not '" + item.status() + "'");
            };
            // The recorded publication time also dates the item, so lists come out in a realistic order.
            Instant at = item.publishedAt() == null ? ContentTime.now(clock)
                    : item.publishedAt().atZone(JapaneseTimes.ZONE).toInstant();
            content.createAsOf(definition.workspace(), item.name(), relativeDatesResolved(item.properties()), null, AUTHOR, at);
            if (published) {
                publication.publishAsOf(definition.workspace(), item.name(), null, AUTHOR, at);
            }
        }
    }

    private Map<String, Object> relativeDatesResolved(Map<String, Object> properties) {
        LocalDate today = LocalDate.now(clock.withZone(JapaneseTimes.ZONE));
        Map<String, Object> resolved = new LinkedHashMap<>();
        properties.forEach((key, value) -> resolved.put(key, DemoDates.resolve(value, today)));
        return resolved;
    }

    record ContentFile(String type, List<DemoItem> items) {
    }

    /**
     * @param stage       the workflow stage: read so the file is accepted, used by the workflow module
     * @param publishedAt publication time in Japan time (articles)
     */
    record DemoItem(String name, String status, String stage, LocalDateTime publishedAt,
                    Map<String, Object> properties) {
    }
}
