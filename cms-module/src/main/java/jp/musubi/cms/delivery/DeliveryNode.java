package jp.musubi.cms.delivery;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.content.PublishedItem;

/**
 * One published item, rendered once per snapshot: its JSON is written ahead so a request only
 * copies bytes, and its field values are converted ahead so filters and sorting only compare.
 *
 * @param json         the node in Magnolia's shape, references resolved
 * @param lastModified the latest {@code mgnl:lastActivated} of the item and of the items it embeds,
 *                     or the last removal seen in a workspace one of its references failed to find
 * @param values       comparable values per field name (see {@link DeliveryFields#valuesOf})
 */
record DeliveryNode(PublishedItem item, byte[] json, Instant lastModified, Map<String, List<Comparable<?>>> values) {

    String name() {
        return item.name();
    }
}
