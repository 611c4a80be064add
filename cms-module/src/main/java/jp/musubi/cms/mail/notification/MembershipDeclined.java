package jp.musubi.cms.mail.notification;

/** 会員登録の見送り, with the reason the secretariat gives the applicant. */
public record MembershipDeclined(String to, String contactName, String organizationName, String reason) {

    public MembershipDeclined {
        Required.text(to, "to");
        Required.text(contactName, "contactName");
        Required.text(organizationName, "organizationName");
        Required.text(reason, "reason");
    }
}
