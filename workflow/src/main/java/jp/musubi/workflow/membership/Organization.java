package jp.musubi.workflow.membership;

import java.time.LocalDate;

/**
 * A member organization in the member registry (会員管理簿).
 *
 * @param key the organization's stable slug; also the name of its public profile item in the CMS
 */
public record Organization(long id, String key, String name, OrganizationKind kind, String status,
                           LocalDate joinedOn, boolean newsletterOptIn) {
}
