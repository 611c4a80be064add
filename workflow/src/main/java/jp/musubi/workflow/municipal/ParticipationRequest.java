package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 参加意向の確認のお願い, to the staff of every other municipality when an issue is selected. */
record ParticipationRequest(String to, String name, String issueTitle, String submittingMunicipality, String deadline)
        implements Notice {

    static final MailKind KIND = new MailKind("participation-request", TEXTS.get("municipal.mail.participation.kind"));

    ParticipationRequest {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(issueTitle, "issueTitle");
        Required.text(submittingMunicipality, "submittingMunicipality");
        Required.text(deadline, "deadline");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("municipal.mail.participation.subject", issueTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "pageUrl", links.url("/municipal/participation"));
    }
}
