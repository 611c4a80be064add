package jp.musubi.workflow.survey;

import static jp.musubi.workflow.survey.SurveyTexts.TEXTS;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.input.InputRefused;
import jp.musubi.cms.mail.notification.MailKind;
import jp.musubi.cms.mail.notification.Notifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations and reminders through the outbox, in the transaction that marks the targets: a target
 * is marked invited if and only if its mail is in the outbox. Invitations go to targets not invited
 * yet (targets added later get theirs on the next send); reminders only to invited targets without an answer.
 */
@Service
public class SurveySending {

    private final SurveyStore store;
    private final Notifications notifications;
    private final Clock clock;

    SurveySending(SurveyStore store, Notifications notifications, Clock clock) {
        this.store = store;
        this.notifications = notifications;
        this.clock = clock;
    }

    /** @return the number of invitations queued */
    @Transactional
    public int invite(Survey survey) {
        refuseWhenClosedOrEmpty(survey);
        Instant now = clock.instant();
        List<SurveyTarget> targets = store.notInvited(survey.id());
        if (targets.isEmpty()) {
            throw InputRefused.general(TEXTS.get("survey.send.noneToInvite"));
        }
        send(SurveyMail.INVITATION, survey, targets);
        store.markTargetsInvited(targets.stream().map(SurveyTarget::id).toList(), now);
        store.markInvited(survey.id(), now);
        return targets.size();
    }

    /** @return the number of reminders queued */
    @Transactional
    public int remind(Survey survey) {
        refuseWhenClosedOrEmpty(survey);
        List<SurveyTarget> targets = store.invitedWithoutAnswer(survey.id());
        if (targets.isEmpty()) {
            throw InputRefused.general(TEXTS.get("survey.send.noneToRemind"));
        }
        send(SurveyMail.REMINDER, survey, targets);
        store.markTargetsReminded(targets.stream().map(SurveyTarget::id).toList(), clock.instant());
        return targets.size();
    }

    private void send(MailKind kind, Survey survey, List<SurveyTarget> targets) {
        for (SurveyTarget target : targets) {
            notifications.send(SurveyMail.of(kind, survey, target));
        }
    }

    private void refuseWhenClosedOrEmpty(Survey survey) {
        if (survey.closedOn(JapaneseTimes.today(clock))) {
            throw InputRefused.general(TEXTS.get("survey.send.closed"));
        }
        if (store.questions(survey.id()).isEmpty()) {
            throw InputRefused.general(TEXTS.get("survey.send.noQuestions"));
        }
    }
}
