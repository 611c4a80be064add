package jp.musubi.workflow.modeler;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The product's diagrams from the bpmn module, as the modeler receives them, and edits of them. */
final class Diagrams {

    private Diagrams() {
    }

    static String product(String key) {
        try (InputStream in = Diagrams.class.getResourceAsStream("/processes/" + key + ".bpmn20.xml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String issueToMatching() {
        return product("issue-to-matching");
    }

    /** Replaces exactly one occurrence, so that a test cannot pass because its edit did not apply. */
    static String replaceOnce(String xml, String target, String replacement) {
        int at = xml.indexOf(target);
        if (at < 0 || xml.indexOf(target, at + 1) >= 0) {
            throw new IllegalArgumentException("Expected exactly one occurrence of " + target);
        }
        return xml.substring(0, at) + replacement + xml.substring(at + target.length());
    }

    /** issue-to-matching with its first task 取扱判断 renamed. */
    static String withRenamedHandlingDecision(String newName) {
        return replaceOnce(issueToMatching(), "<userTask id=\"handlingDecision\" name=\"取扱判断\"",
                "<userTask id=\"handlingDecision\" name=\"" + newName + "\"");
    }

    /** issue-to-matching whose 取扱判断結果の通知 is a Groovy script task instead of the registered delegate. */
    static String withScriptTask() {
        String xml = issueToMatching();
        int start = xml.indexOf("<serviceTask id=\"notifyHandlingDecision\"");
        int end = xml.indexOf("</serviceTask>", start) + "</serviceTask>".length();
        return xml.substring(0, start)
                + "<scriptTask id=\"notifyHandlingDecision\" name=\"取扱判断結果の通知\" scriptFormat=\"groovy\">"
                + "<script>new File('/tmp/x').text = 'x'</script></scriptTask>"
                + xml.substring(end);
    }

    /** issue-to-matching whose 取扱判断結果の通知 runs a Java class. */
    static String withJavaClass() {
        return replaceOnce(issueToMatching(), "flowable:delegateExpression=\"${issueDecisionNotifier}\"",
                "flowable:class=\"org.example.Anything\"");
    }

    /** issue-to-matching whose condition calls a method. */
    static String withMethodCall() {
        return replaceOnce(issueToMatching(), "${handlingDecision == 'HANDLE'}",
                "${handlingDecision.toString().equals('HANDLE')}");
    }
}
