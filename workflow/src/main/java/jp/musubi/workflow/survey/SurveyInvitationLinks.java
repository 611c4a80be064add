package jp.musubi.workflow.survey;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jp.musubi.cms.common.JapaneseTimes;
import jp.musubi.cms.mail.notification.MailLinks;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SurveyInvitations} for the other features: the open surveys, and a recipient's personal link
 * (the recipient becomes a target of the survey on first request, then keeps the same link), for a
 * feature that mails it itself (e.g. the thank-you after an event).
 */
@Service
class SurveyInvitationLinks implements SurveyInvitations {

    static final String SOURCE = "LINK";

    private final SurveyStore store;
    private final SurveyTargets targets;
    private final SiteProperties site;
    private final Clock clock;

    SurveyInvitationLinks(SurveyStore store, SurveyTargets targets, SiteProperties site, Clock clock) {
        this.store = store;
        this.targets = targets;
        this.site = site;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenSurvey> openSurveys() {
        var today = JapaneseTimes.today(clock);
        return store.all().stream().filter(s -> !s.closedOn(today))
                .map(s -> new OpenSurvey(s.id(), s.title())).toList();
    }

    @Override
    @Transactional
    public Optional<URI> personalLink(long surveyId, SurveyRecipient recipient) {
        if (recipient == null || recipient.mail() == null || recipient.mail().isBlank()) {
            return Optional.empty();
        }
        return store.find(surveyId).filter(s -> !s.closedOn(JapaneseTimes.today(clock)))
                .map(survey -> targets.ensure(survey, recipient, SOURCE))
                .map(target -> URI.create(new MailLinks(site.baseUrl()).url(SurveyAnswerPage.path(target.token()))));
    }
}
