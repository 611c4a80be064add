package jp.musubi.workflow.membership;

import static jp.musubi.workflow.membership.MembershipTexts.TEXTS;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import jp.musubi.cms.site.SiteCatalog;
import jp.musubi.cms.site.SiteProperties;
import org.springframework.stereotype.Component;

/** 会員登録: starts {@code member-registration} through {@link MembershipApplications#apply}. */
@Component
class MembershipForm implements SiteForm {

    private final MembershipApplications applications;
    private final SiteCatalog catalog;
    private final List<FormField> fields;

    MembershipForm(MembershipApplications applications, SiteCatalog catalog, SiteProperties site) {
        this.fields = MembershipApplicationFields.fields(site);
        this.applications = applications;
        this.catalog = catalog;
    }

    /** A visitor who came from an issue's page: proposing while registering is the issue's own form (/propose). */
    @Override
    public String notice(Map<String, String> query) {
        String issue = query.get("issue");
        if (issue == null) {
            return null;
        }
        return catalog.find(SiteCatalog.ISSUES, issue)
                .map(found -> TEXTS.get("membership.form.proposalNotice", found.title()))
                .orElse(null);
    }

    @Override
    public String path() {
        return "join";
    }

    @Override
    public String title() {
        return TEXTS.get("membership.form.title");
    }

    @Override
    public String introduction() {
        return TEXTS.get("membership.form.introduction");
    }

    @Override
    public String completion() {
        return TEXTS.get("membership.form.completion");
    }

    @Override
    public List<FormField> fields() {
        return fields;
    }

    /** The receipt goes to the contact person's address. */
    @Override
    public String receiptField() {
        return "contactEmail";
    }

    @Override
    public void submit(Map<String, String> values) {
        applications.apply(MembershipApplicationFields.application(values));
    }
}
