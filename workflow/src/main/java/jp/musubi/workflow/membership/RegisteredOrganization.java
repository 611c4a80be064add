package jp.musubi.workflow.membership;

import java.time.Instant;

/**
 * An organization of the member registry with when it withdrew (null while a member), for the
 * member ledger (会員管理簿), which keeps withdrawn organizations as 退会 lines.
 */
public record RegisteredOrganization(Organization organization, Instant withdrawnAt) {
}
