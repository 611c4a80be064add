package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.util.HashMap;
import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** The invitation to a survey, or the reminder to one who has not answered: the personal link, no login. */
record SurveyMail(MailKind kind, String to, String organization, String personName, String title, String intro,
                  String closesOn, String path) implements Notice {

    static final MailKind INVITATION = new MailKind("survey-invitation", TEXTS.get("survey.mail.invitation.kind"));
    static final MailKind REMINDER = new MailKind("survey-reminder", TEXTS.get("survey.mail.reminder.kind"));

    SurveyMail {
        Required.text(to, "to");
        Required.text(organization, "organization");
        Required.text(title, "title");
        Required.text(path, "path");
    }

    static SurveyMail of(MailKind kind, Survey survey, SurveyTarget target) {
        return new SurveyMail(kind, target.mail(), target.organization(), target.personName(), survey.title(), survey.intro(),
                JapaneseTimes.dateWithWeekday(survey.closesOn()), SurveyAnswerPage.path(target.token()));
    }

    @Override
    public String subject() {
        return TEXTS.get(kind.equals(REMINDER) ? "survey.mail.reminder.subject" : "survey.mail.invitation.subject", title);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        Map<String, Object> model = new HashMap<>();
        model.put("m", this);
        model.put("reminder", kind.equals(REMINDER));
        model.put("answerUrl", links.url(path));
        return model;
    }
}
