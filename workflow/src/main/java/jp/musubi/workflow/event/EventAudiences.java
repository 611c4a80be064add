package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.util.List;

import jp.musubi.workflow.survey.SurveyAudience;
import jp.musubi.workflow.survey.SurveyAudienceSource;
import jp.musubi.workflow.survey.SurveyRecipient;
import org.springframework.stereotype.Component;

/** Each event's attendees (checked in, data not yet erased) as a survey audience {@code event:{name}:attendees}. */
@Component
class EventAudiences implements SurveyAudienceSource {

    private final EventCatalog catalog;
    private final EventApplicationRepository repository;

    EventAudiences(EventCatalog catalog, EventApplicationRepository repository) {
        this.catalog = catalog;
        this.repository = repository;
    }

    static String audienceId(String eventName) {
        return "event:" + eventName + ":attendees";
    }

    @Override
    public List<SurveyAudience> audiences() {
        return catalog.all().stream().map(event -> new SurveyAudience(audienceId(event.name()),
                        TEXTS.get("event.audience.label", event.title()),
                        repository.ofEvent(event.name()).stream()
                                .filter(a -> a.attended() && a.erasedAt() == null)
                                .map(a -> new SurveyRecipient(a.organization(), a.name(), a.email())).toList()))
                .filter(audience -> !audience.recipients().isEmpty()).toList();
    }
}
