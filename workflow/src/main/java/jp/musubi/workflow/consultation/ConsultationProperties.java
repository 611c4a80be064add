package jp.musubi.workflow.consultation;

import static jp.musubi.workflow.consultation.ConsultationTexts.TEXTS;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code musubi.consultation.*}: the waits of the follow-up (business days of the Japanese calendar)
 * and the guidance to the professional talent centre added to an introduction where talent is the need.
 *
 * @param followUpBusinessDays       from the introduction to the first 状況確認
 * @param secondFollowUpBusinessDays from a first check without contact to the second (about a month)
 * @param effectBusinessDays         from the contact to 効果検証
 * @param talentGuidanceText         the guidance text (default from the bundle)
 * @param talentGuidanceUrl          its link
 */
@ConfigurationProperties("musubi.consultation")
public record ConsultationProperties(Integer followUpBusinessDays, Integer secondFollowUpBusinessDays,
                                     Integer effectBusinessDays, String talentGuidanceText, String talentGuidanceUrl) {

    public ConsultationProperties {
        followUpBusinessDays = followUpBusinessDays == null ? 10 : followUpBusinessDays;
        secondFollowUpBusinessDays = secondFollowUpBusinessDays == null ? 20 : secondFollowUpBusinessDays;
        effectBusinessDays = effectBusinessDays == null ? 60 : effectBusinessDays;
        talentGuidanceText = talentGuidanceText == null || talentGuidanceText.isBlank()
                ? TEXTS.get("consultation.talent.guidance") : talentGuidanceText;
        talentGuidanceUrl = talentGuidanceUrl == null || talentGuidanceUrl.isBlank()
                ? "https://www.kumamoto-pro.jp/" : talentGuidanceUrl;
        if (followUpBusinessDays < 1 || secondFollowUpBusinessDays < 1 || effectBusinessDays < 1) {
            throw new IllegalArgumentException("musubi.consultation: the waits are at least one business day");
        }
    }
}
