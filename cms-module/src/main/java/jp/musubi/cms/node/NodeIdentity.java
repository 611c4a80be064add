package jp.musubi.cms.node;

import java.util.UUID;

/**
 * This process among the nodes that share the database. Every claim (outbox message, newsletter
 * send) records the node that made it, so that a restarted node can tell a dead process's claims
 * from a live one's.
 *
 * @param id         random per start: a restarted process is a new node, its predecessor's claims are not its own
 * @param singleNode this is the only node that uses the database, so a claim by any other node id was left
 *                   by a process that no longer runs and may be released at start-up
 */
public record NodeIdentity(String id, boolean singleNode) {

    public NodeIdentity {
        if (id == null || id.isBlank() || id.length() > 64) {
            throw new IllegalArgumentException("a node id must have 1 to 64 characters");
        }
    }

    public static NodeIdentity startNew(boolean singleNode) {
        return new NodeIdentity(UUID.randomUUID().toString(), singleNode);
    }
}
