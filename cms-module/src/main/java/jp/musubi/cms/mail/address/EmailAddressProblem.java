package jp.musubi.cms.mail.address;

import jp.musubi.cms.common.Messages;

/** Why an address is refused, with the Japanese message a form shows next to the field. */
public enum EmailAddressProblem {
    WHITESPACE,
    FULL_WIDTH,
    NO_AT_SIGN,
    SEVERAL_AT_SIGNS,
    TOO_LONG,
    EMPTY_LOCAL_PART,
    LOCAL_PART_TOO_LONG,
    QUOTES,
    DOT_PLACEMENT,
    LOCAL_PART_CHARACTERS,
    EMPTY_DOMAIN,
    DOMAIN_WITHOUT_DOT,
    DOMAIN_INVALID,
    DOMAIN_TOO_LONG;

    private static final Messages TEXTS = Messages.of("i18n/mail");

    /** The Japanese message, from {@code i18n/mail.properties}. */
    public String message() {
        return TEXTS.get("mail.address." + name());
    }
}
