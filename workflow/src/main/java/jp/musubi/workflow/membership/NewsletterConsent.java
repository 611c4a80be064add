package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.time.Instant;

/**
 * A member organization's newsletter choice as recorded: whether it receives the member newsletter,
 * and when and through which channel it last gave or changed that choice.
 *
 * @param consentAt  when the choice was last made, or null for members from before it was recorded
 * @param channel    {@link #CHANNEL_APPLICATION}, {@link #CHANNEL_PORTAL}, or null
 * @param optedOutAt when it was stopped (portal or unsubscribe link), or null
 */
public record NewsletterConsent(boolean optIn, Instant consentAt, String channel, Instant optedOutAt) {

    /** Asked on the application form (会員登録の申込み). */
    public static final String CHANNEL_APPLICATION = "APPLICATION_FORM";
    /** Changed by the member on the member portal. */
    public static final String CHANNEL_PORTAL = "MEMBER_PORTAL";

    /** The channel in Japanese, e.g. 会員登録の申込みフォーム; null when unknown. */
    public String channelLabel() {
        if (channel == null) {
            return null;
        }
        return switch (channel) {
            case CHANNEL_APPLICATION -> TEXTS.get("membership.newsletter.channel.APPLICATION_FORM");
            case CHANNEL_PORTAL -> TEXTS.get("membership.newsletter.channel.MEMBER_PORTAL");
            default -> channel;
        };
    }
}
