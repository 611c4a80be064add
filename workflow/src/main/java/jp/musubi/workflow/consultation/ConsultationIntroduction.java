package jp.musubi.workflow.consultation;

import java.time.Instant;

/** A company introduced to the requester; {@code consented}: it agreed to be introduced and was mailed too. */
public record ConsultationIntroduction(String organizationKey, String organizationName, String itemTitle, String itemPath,
                                       boolean consented, Instant introducedAt) {
}
