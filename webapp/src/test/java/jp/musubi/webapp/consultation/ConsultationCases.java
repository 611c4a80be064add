package jp.musubi.webapp.consultation;

import java.util.List;
import java.util.Map;

import jp.musubi.workflow.consultation.ConsultationRequest;
import jp.musubi.workflow.consultation.ConsultationRequests;
import jp.musubi.workflow.consultation.ConsultationTasks;
import org.flowable.engine.TaskService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Consultations walked through the services, on the demo data (seeds of the demo members). */
@Component
class ConsultationCases {

    private final ConsultationRequests requests;
    private final ConsultationTasks steps;
    private final TaskService tasks;
    private final JdbcClient jdbc;

    ConsultationCases(ConsultationRequests requests, ConsultationTasks steps, TaskService tasks, JdbcClient jdbc) {
        this.requests = requests;
        this.steps = steps;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    static ConsultationRequest request(String topic, String email) {
        return new ConsultationRequest("株式会社報告テスト工業", "COMPANY", "報告 次郎", email, null, topic,
                "手書きの申請書を基幹システムに転記しています。AI-OCRで転記作業を減らしたい。");
    }

    /** Received, advised and organized: the 情報提供 task is open. */
    long organized(ConsultationRequest request) {
        long id = requests.receive(request, "MEMBER", "IN");
        steps.intake(task(id, "intakeConsultation"), "ACCEPTED", null, "secretariat");
        steps.advise(task(id, "giveAdvice"), "AI-OCRの導入事例を紹介しました。", "PHONE", null, true, "secretariat");
        steps.organize(task(id, "organizeIssue"), new jp.musubi.workflow.consultation.ConsultationCase.OrganizedIssue(
                "部品加工業", "手書きの申請書を転記している", "転記作業と入力誤りを減らす", null, null, null), "secretariat");
        return id;
    }

    /** Informed of the first two suggested organizations. */
    List<String> informed(long id) {
        List<String> two = jdbc.sql("""
                SELECT organization_key FROM consultation_suggestion WHERE consultation_id = ? ORDER BY position""")
                .param(id).query(String.class).list().stream().distinct().limit(2).toList();
        steps.inform(task(id, "informCompanies"), Map.of(two.get(0), "introduce", two.get(1), "introduce"), false, "secretariat");
        return two;
    }

    String task(long id, String key) {
        return tasks.createTaskQuery().processDefinitionKey(ConsultationRequests.PROCESS)
                .processInstanceBusinessKey(String.valueOf(id)).taskDefinitionKey(key).singleResult().getId();
    }
}
