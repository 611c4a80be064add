package jp.musubi.cms.delivery;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jp.musubi.contenttypes.definition.DeliveryEndpointDefinition;

/**
 * An endpoint's rendered nodes, built from the snapshots of its workspace and of the workspaces
 * its references point to; rebuilt when any of those is replaced.
 *
 * @param nodes                every node, in the default order (creation, then name)
 * @param sources              the snapshots it was built from: own workspace first
 * @param lastModified the latest change that can affect any list of this endpoint: the latest
 *                     {@link DeliveryNode#lastModified()} of its nodes, or a removal seen in its
 *                     workspace (which shrinks lists without activating anything), whichever is later
 */
record EndpointView(DeliveryEndpointDefinition endpoint, List<DeliveryNode> nodes, Map<String, DeliveryNode> byName,
                    List<WorkspaceSnapshot> sources, Instant lastModified) {

    EndpointView {
        nodes = List.copyOf(nodes);
        byName = Collections.unmodifiableMap(byName);
        sources = List.copyOf(sources);
    }

    /** True when built from exactly these snapshot instances. */
    boolean isBuiltFrom(List<WorkspaceSnapshot> snapshots) {
        return EndpointViews.sameInstances(sources, snapshots);
    }
}
