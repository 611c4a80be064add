package jp.musubi.workflow.municipal;

import static jp.musubi.workflow.municipal.MunicipalTexts.TEXTS;

import java.util.Map;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.mail.notification.Notice;
import jp.musubi.cms.mail.notification.Required;

/** 課題募集の開始, to every enabled municipal staff account. */
record IssueRoundOpened(String to, String name, String roundTitle, String period, String guidance) implements Notice {

    static final MailKind KIND = new MailKind("issue-round-opened", TEXTS.get("municipal.mail.roundOpened.kind"));

    IssueRoundOpened {
        Required.text(to, "to");
        Required.text(name, "name");
        Required.text(roundTitle, "roundTitle");
    }

    static IssueRoundOpened of(String to, String name, IssueRound round) {
        return new IssueRoundOpened(to, name, round.title(), TEXTS.get("municipal.rounds.period",
                JapaneseTimes.dateWithWeekday(round.opensOn()), JapaneseTimes.dateWithWeekday(round.closesOn())), round.guidance());
    }

    @Override
    public MailKind kind() {
        return KIND;
    }

    @Override
    public String subject() {
        return TEXTS.get("municipal.mail.roundOpened.subject", roundTitle);
    }

    @Override
    public Map<String, Object> model(MailLinks links) {
        return Map.of("m", this, "formUrl", links.url("/municipal/issues/new"));
    }
}
