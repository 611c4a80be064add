package jp.musubi.workflow.membership;

import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import jp.musubi.cms.site.SiteCatalog;
import org.springframework.stereotype.Component;

/** 会員登録: starts {@code member-registration} through {@link MembershipApplications#apply}. */
@Component
class MembershipForm implements SiteForm {

    private final MembershipApplications applications;
    private final SiteCatalog catalog;

    MembershipForm(MembershipApplications applications, SiteCatalog catalog) {
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
                .map(found -> "課題「" + found.title() + "」に会員登録と同時に提案するときは、課題のページの"
                        + "「会員登録して提案する」からお申し込みください。ここでは会員登録だけを申し込みます。")
                .orElse(null);
    }

    @Override
    public String path() {
        return "join";
    }

    @Override
    public String title() {
        return "会員登録の申込み";
    }

    @Override
    public String introduction() {
        return "プラットフォームの会員（企業・大学・研究室・団体）として登録を申し込みます。"
                + "事務局が内容を確認し、承認されるとメールでお知らせします。会員になると、課題へのソリューション提案やシーズの掲載ができます。";
    }

    @Override
    public String completion() {
        return "会員登録のお申し込みを受け付けました。事務局で内容を確認し、結果を担当者のメールアドレスにお知らせします。";
    }

    @Override
    public List<FormField> fields() {
        return MembershipApplicationFields.FIELDS;
    }

    @Override
    public void submit(Map<String, String> values) {
        applications.apply(MembershipApplicationFields.application(values));
    }
}
