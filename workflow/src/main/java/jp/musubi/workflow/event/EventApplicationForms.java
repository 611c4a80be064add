package jp.musubi.workflow.event;

import static jp.musubi.workflow.event.EventTexts.TEXTS;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import jp.musubi.cms.forms.SiteFormFamily;
import jp.musubi.cms.site.EventApplications;
import org.springframework.stereotype.Component;

/**
 * Each published event's application form {@code /events/{name}/apply}, run by the shared public-form machinery
 * (input → 確認 → 完了, honeypot, rate limit), and the invitation to it on the event's page.
 */
@Component
class EventApplicationForms implements SiteFormFamily, EventApplications {

    private final EventCatalog catalog;
    private final EventApplicationDesk desk;
    private final ApplicantChecks checks;

    EventApplicationForms(EventCatalog catalog, EventApplicationDesk desk, ApplicantChecks checks) {
        this.catalog = catalog;
        this.desk = desk;
        this.checks = checks;
    }

    static String formPath(String eventName) {
        return "/events/" + eventName + "/apply";
    }

    @Override
    public String prefix() {
        return EventCatalog.WORKSPACE;
    }

    @Override
    public Optional<SiteForm> form(String name) {
        return catalog.find(name).map(Form::new);
    }

    @Override
    public Optional<Invitation> invitation(String eventName) {
        return catalog.find(eventName).flatMap(event -> {
            Availability availability = desk.availability(event);
            return availability.takesApplications()
                    ? Optional.of(new Invitation(formPath(eventName), availability.note()))
                    : Optional.empty();
        });
    }

    /** One event's form; its fields follow the event's settings at the time of the request. */
    private final class Form implements SiteForm {

        private final EventInfo event;
        private final EventSettings settings;

        Form(EventInfo event) {
            this.event = event;
            this.settings = desk.settings(event.name());
        }

        @Override
        public String path() {
            return formPath(event.name()).substring(1);
        }

        @Override
        public String title() {
            return TEXTS.get("event.form.title", event.title());
        }

        @Override
        public String introduction() {
            return TEXTS.get("event.form.introduction", EventMails.when(event),
                    event.venue() == null ? TEXTS.get("event.form.online") : event.venue());
        }

        @Override
        public String completion() {
            return TEXTS.get("event.form.completion.accepted");
        }

        @Override
        public List<FormField> fields() {
            return checks.fields(settings, true, true);
        }

        @Override
        public String notice(Map<String, String> query) {
            return desk.availability(event).note();
        }

        @Override
        public void submit(Map<String, String> values) {
            send(values);
        }

        @Override
        public String send(Map<String, String> values) {
            EventApplicationDesk.Outcome outcome = desk.apply(event.name(), values);
            return outcome.status() == ApplicationStatus.WAITLISTED
                    ? TEXTS.get("event.form.completion.waitlisted", outcome.position())
                    : TEXTS.get("event.form.completion.accepted");
        }
    }
}
