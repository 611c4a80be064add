package jp.musubi.workflow.exhibition;

import static jp.musubi.workflow.exhibition.ExhibitionTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 出展の選考結果: the applicant learns whether its organization exhibits. */
public record ExhibitionOutcomeNotice(String to, String personName, String organizationName, String exhibitionTitle,
                                      String startAt, String venue, boolean selected, String portalPath) implements Notice {

    public static final MailKind KIND = new MailKind("exhibition-outcome", TEXTS.get("exhibition.mail.outcome.kind"));

    public ExhibitionOutcomeNotice {
        Required.text(to, "to");
        Required.text(organizationName, "organizationName");
        Required.text(exhibitionTitle, "exhibitionTitle");
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get(selected ? "exhibition.mail.outcome.subject.selected" : "exhibition.mail.outcome.subject.declined",
                exhibitionTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", this);
        model.put("portalUrl", links.url(portalPath));
        return model;
    }
}
