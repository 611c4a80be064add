package jp.musubi.cms.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** One saved revision of an item, with its properties. */
public record ContentRevision(int revision, Stamp created, String comment, Map<String, Object> properties) {

    public ContentRevision {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }
}
