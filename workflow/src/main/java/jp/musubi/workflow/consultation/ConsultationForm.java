package jp.musubi.workflow.consultation;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jp.musubi.cms.forms.FormField;
import jp.musubi.cms.forms.SiteForm;
import org.springframework.stereotype.Component;

/** DX相談: stores a consultation request for the consultation process ({@link ConsultationRequests}). */
@Component
class ConsultationForm implements SiteForm {

    private static final List<FormField> FIELDS = List.of(
            FormField.text("organization", "組織名（市町名・会社名など）", true, 200, null, "organization"),
            FormField.select("requesterKind", "ご相談者の区分", Arrays.stream(RequesterKind.values())
                    .map(kind -> new FormField.Option(kind.name(), kind.label())).toList()),
            FormField.text("contactName", "ご担当者名", true, 100, null, "name"),
            FormField.of("email", "email", "メールアドレス", true, 254, null, "email"),
            FormField.of("tel", "phone", "電話番号", false, 20, "例：028-000-0000", "tel"),
            FormField.text("topic", "ご相談のテーマ", true, 200, "例：窓口業務のデジタル化", null),
            FormField.of("textarea", "body", "ご相談の内容", true, 4000,
                    "現在の状況、困っていること、検討している方向性などをご記入ください。", null));

    private final ConsultationRequests requests;

    ConsultationForm(ConsultationRequests requests) {
        this.requests = requests;
    }

    @Override
    public String path() {
        return "consultation";
    }

    @Override
    public String title() {
        return "DX相談の申込み";
    }

    @Override
    public String introduction() {
        return "デジタル技術の活用について、事務局の専門スタッフに相談できます。市町・企業・団体のどなたでもお申し込みいただけます。";
    }

    @Override
    public String completion() {
        return "DX相談のお申し込みを受け付けました。事務局から、日程の調整についてご連絡します。";
    }

    @Override
    public List<FormField> fields() {
        return FIELDS;
    }

    @Override
    public void submit(Map<String, String> values) {
        requests.receive(new ConsultationRequest(values.get("organization"), values.get("requesterKind"),
                values.get("contactName"), values.get("email"), values.get("phone"), values.get("topic"),
                values.get("body")));
    }
}
