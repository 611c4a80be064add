package jp.musubi.cms.delivery.testdata;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jp.musubi.cms.content.PublicationStatus;
import jp.musubi.cms.content.PublishedItem;
import jp.musubi.contenttypes.definition.ContentTypeRegistry;

/**
 * The delivery tests' content types ({@code src/test/resources/delivery-test}: {@code notice} with
 * a property of every kind, {@code place} as its reference target) and a builder for their items.
 */
public final class DeliveryTestData {

    public static final String NOTICES = "notices";
    public static final String PLACES = "places";

    private DeliveryTestData() {
    }

    public static ContentTypeRegistry registry() {
        return ContentTypeRegistry.loadFromClasspath(DeliveryTestData.class.getClassLoader(),
                "delivery-test/content-types", "delivery-test/delivery-endpoints");
    }

    public static Item notice(String name) {
        return new Item("notice", NOTICES, name);
    }

    public static Item place(String name) {
        return new Item("place", PLACES, name);
    }

    /** Builds a published item; dates default to 2026-11-01T00:00Z, status to PUBLISHED. */
    public static final class Item {

        private final String type;
        private final String workspace;
        private final String name;
        private UUID id = UUID.randomUUID();
        private final Map<String, Object> properties = new LinkedHashMap<>();
        private PublicationStatus status = PublicationStatus.PUBLISHED;
        private Instant created = Instant.parse("2026-11-01T00:00:00Z");
        private Instant lastModified = Instant.parse("2026-11-01T00:00:00Z");
        private Instant lastActivated = Instant.parse("2026-11-01T00:00:00Z");

        private Item(String type, String workspace, String name) {
            this.type = type;
            this.workspace = workspace;
            this.name = name;
        }

        public Item with(String property, Object value) {
            properties.put(property, value);
            return this;
        }

        public Item id(UUID value) {
            id = value;
            return this;
        }

        public Item status(PublicationStatus value) {
            status = value;
            return this;
        }

        public Item created(String instant) {
            created = Instant.parse(instant);
            return this;
        }

        public Item modified(String instant) {
            lastModified = Instant.parse(instant);
            return this;
        }

        public Item activated(String instant) {
            lastActivated = Instant.parse(instant);
            return this;
        }

        public PublishedItem build() {
            return new PublishedItem(id, type, workspace, name, "/" + name, properties, 1, status,
                    created, lastModified, lastActivated);
        }
    }
}
