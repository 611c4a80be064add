package jp.musubi.cms.node;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How this node shares its database ({@code musubi.node.*}).
 *
 * @param singleNode true only when no other process can use the database at the same time (the embedded
 *                   H2 file database, which one process opens exclusively): a node then releases every claim
 *                   of another node id at start-up instead of waiting for its lease. False (the default, and
 *                   on PostgreSQL) where several nodes may run: a peer's claims are left until their lease
 *                   runs out, because the peer may be alive.
 */
@ConfigurationProperties("musubi.node")
public record NodeProperties(@DefaultValue("false") boolean singleNode) {
}
