package jp.musubi.webapp.modeler;

import static jp.musubi.webapp.modeler.ModelerDiagrams.issueToMatching;
import static jp.musubi.webapp.modeler.ModelerDiagrams.replaceOnce;

import java.util.List;

/**
 * Edits of issue-to-matching that try to run code past the "no scripts" rule (security issue #22),
 * each with the element the refusal must name and a part of its Japanese message. The same cases as
 * the workflow module's checker test, sent here through the modeler's web endpoints.
 */
final class HostileDiagrams {

    private static final String HANDLE = "<conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[${handlingDecision == 'HANDLE'}]]></conditionExpression>";
    private static final String NOTIFY_DOCUMENTATION = "<documentation>取扱判断の結果を、課題の提出者にメールで通知します（どの結果でも通知します）。</documentation>";
    private static final String HEARING_DOCUMENTATION = "完了時の変数: directionClear（true = 明確）。</documentation>";

    private HostileDiagrams() {
    }

    /** A refused edit: {@code elementId}/{@code elementName} and {@code message} must be in one problem. */
    record Hostile(String label, String xml, String elementId, String elementName, String message) {
        @Override
        public String toString() {
            return label;
        }
    }

    static List<Hostile> all() {
        return List.of(
                new Hostile("javascript condition", scriptCondition("javascript",
                        "java.lang.Runtime.getRuntime().exec('touch /tmp/x'); true"),
                        "handle", "取り扱う", "言語の指定（language=\"javascript\"）は使えません"),
                new Hostile("groovy condition", scriptCondition("groovy", "'touch /tmp/x'.execute(); true"),
                        "handle", "取り扱う", "言語の指定（language=\"groovy\"）は使えません"),
                new Hostile("getter chain .class.classLoader", condition("${handlingDecision.class.classLoader.parent != null}"),
                        "handle", "取り扱う", "「class」は使えません"),
                new Hostile("getClass()", condition("${handlingDecision.getClass().forName('java.lang.Runtime') != null}"),
                        "handle", "取り扱う", "メソッドや関数の呼び出し"),
                new Hostile("bracket ['class']", condition("${handlingDecision['class'] != null}"),
                        "handle", "取り扱う", "式に使えない記号「[」"),
                new Hostile("literal ''.class", condition("${''.class != null}"),
                        "handle", "取り扱う", "プロパティは変数の名前の後にだけ書けます"),
                new Hostile("property of a variable", condition("${handlingDecision.bytes != null}"),
                        "handle", "取り扱う", "ケースの変数「handlingDecision」のプロパティ（.bytes）は読めません"),
                new Hostile("flowable:field injection", notifyExtension(
                        "<flowable:field name=\"mailFrom\"><flowable:string>attacker@example.com</flowable:string></flowable:field>"),
                        "notifyHandlingDecision", "取扱判断結果の通知", "フィールドの注入（flowable:field）は使えません"),
                new Hostile("callActivity to another process", callActivity("member-registration"),
                        "notifyHandlingDecision", "取扱判断結果の通知", "プロセス「member-registration」の呼び出しは許可されていません"),
                new Hostile("script task listener", hearingExtension("<flowable:taskListener event=\"create\" type=\"script\">"
                        + "<flowable:script language=\"groovy\">'touch /tmp/x'.execute()</flowable:script></flowable:taskListener>"),
                        "issueHearing", "課題整理ヒアリング", "スクリプトのリスナー（flowable:type=\"script\"）は使えません"),
                new Hostile("script execution listener", notifyExtension("<flowable:executionListener event=\"start\" type=\"script\">"
                        + "<flowable:script language=\"javascript\">java.lang.System.exit(1)</flowable:script></flowable:executionListener>"),
                        "notifyHandlingDecision", "取扱判断結果の通知", "スクリプトのリスナー"),
                new Hostile("listener customPropertiesResolverClass", notifyExtension("<flowable:executionListener event=\"start\""
                        + " delegateExpression=\"${issueDecisionNotifier}\" customPropertiesResolverClass=\"org.example.Evil\"/>"),
                        "notifyHandlingDecision", "取扱判断結果の通知", "Java クラスの指定（flowable:customPropertiesResolverClass"),
                new Hostile("listener expression getter chain", notifyExtension(
                        "<flowable:executionListener event=\"start\" expression=\"${handlingDecision.class.classLoader}\"/>"),
                        "notifyHandlingDecision", "取扱判断結果の通知", "「class」は使えません"),
                new Hostile("timer getter chain", replaceOnce(issueToMatching(), "<timeDate>${participationDeadlineTimer}</timeDate>",
                        "<timeDate>${participationDeadlineTimer.class.classLoader}</timeDate>"),
                        "participationDeadlineReached", "参加意向の確認期限", "「class」は使えません"),
                new Hostile("assignee getter chain", hearing("flowable:assignee=\"${submittedBy.class.name}\""),
                        "issueHearing", "課題整理ヒアリング", "「class」は使えません"),
                new Hostile("candidateGroups property chain", replaceOnce(issueToMatching(),
                        "flowable:candidateGroups=\"SECRETARIAT\" flowable:formKey=\"issue-hearing\"",
                        "flowable:candidateGroups=\"${groups.empty ? 'SECRETARIAT' : groups}\" flowable:formKey=\"issue-hearing\""),
                        "issueHearing", "課題整理ヒアリング", "ケースの変数「groups」のプロパティ（.empty）は読めません"),
                new Hostile("formKey getter chain", replaceOnce(issueToMatching(), "flowable:formKey=\"issue-hearing\"",
                        "flowable:formKey=\"${formName.class.simpleName}\""),
                        "issueHearing", "課題整理ヒアリング", "「class」は使えません"),
                new Hostile("skipExpression getter chain", hearing("flowable:skipExpression=\"${directionClear.class != null}\""),
                        "issueHearing", "課題整理ヒアリング", "「class」は使えません"),
                new Hostile("multi-instance collection getter chain", hearingLoop(
                        "<multiInstanceLoopCharacteristics isSequential=\"true\" flowable:collection=\"${hearings.class.declaredFields}\""
                                + " flowable:elementVariable=\"hearing\"/>"),
                        "issueHearing", "課題整理ヒアリング", "「class」は使えません"),
                new Hostile("multi-instance completionCondition getter chain", hearingLoop(
                        "<multiInstanceLoopCharacteristics isSequential=\"true\"><loopCardinality>2</loopCardinality>"
                                + "<completionCondition>${directionClear.class.classLoader != null}</completionCondition>"
                                + "</multiInstanceLoopCharacteristics>"),
                        "issueHearing", "課題整理ヒアリング", "「class」は使えません"));
    }

    private static String condition(String expression) {
        return replaceOnce(issueToMatching(), HANDLE,
                "<conditionExpression xsi:type=\"tFormalExpression\"><![CDATA[" + expression + "]]></conditionExpression>");
    }

    private static String scriptCondition(String language, String script) {
        return replaceOnce(issueToMatching(), HANDLE, "<conditionExpression xsi:type=\"tFormalExpression\" language=\""
                + language + "\"><![CDATA[" + script + "]]></conditionExpression>");
    }

    private static String notifyExtension(String extension) {
        return replaceOnce(issueToMatching(), NOTIFY_DOCUMENTATION,
                NOTIFY_DOCUMENTATION + "<extensionElements>" + extension + "</extensionElements>");
    }

    private static String hearingExtension(String extension) {
        return replaceOnce(issueToMatching(), HEARING_DOCUMENTATION,
                HEARING_DOCUMENTATION + "<extensionElements>" + extension + "</extensionElements>");
    }

    private static String hearingLoop(String loop) {
        return replaceOnce(issueToMatching(), HEARING_DOCUMENTATION, HEARING_DOCUMENTATION + loop);
    }

    private static String hearing(String attribute) {
        return replaceOnce(issueToMatching(), "<userTask id=\"issueHearing\" name=\"課題整理ヒアリング\"",
                "<userTask id=\"issueHearing\" name=\"課題整理ヒアリング\" " + attribute);
    }

    /** 取扱判断結果の通知 as a call activity starting {@code calledElement}. */
    private static String callActivity(String calledElement) {
        String xml = issueToMatching();
        int start = xml.indexOf("<serviceTask id=\"notifyHandlingDecision\"");
        int end = xml.indexOf("</serviceTask>", start) + "</serviceTask>".length();
        return xml.substring(0, start) + "<callActivity id=\"notifyHandlingDecision\" name=\"取扱判断結果の通知\" calledElement=\""
                + calledElement + "\"/>" + xml.substring(end);
    }
}
