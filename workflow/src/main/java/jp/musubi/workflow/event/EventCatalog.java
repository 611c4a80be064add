package jp.musubi.workflow.event;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jp.musubi.cms.content.PublishedContent;
import org.springframework.stereotype.Component;

/** The published events, read from the CMS (workspace {@code events}); an unpublished event takes no applications. */
@Component
class EventCatalog {

    static final String WORKSPACE = "events";

    private final PublishedContent content;
    private final EventProperties properties;

    EventCatalog(PublishedContent content, EventProperties properties) {
        this.content = content;
        this.properties = properties;
    }

    Optional<EventInfo> find(String name) {
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        return content.find(WORKSPACE, name).map(item -> EventInfo.of(item, properties.defaultDuration()));
    }

    /** Every published event, the latest start first. */
    List<EventInfo> all() {
        return content.findAll(WORKSPACE).stream().map(item -> EventInfo.of(item, properties.defaultDuration()))
                .filter(Objects::nonNull).sorted(Comparator.comparing(EventInfo::startsAt).reversed()).toList();
    }
}
