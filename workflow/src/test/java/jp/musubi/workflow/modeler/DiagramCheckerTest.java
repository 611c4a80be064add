package jp.musubi.workflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jp.musubi.workflow.delegate.ProcessDelegate;
import jp.musubi.workflow.inbox.TaskForms;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.flowable.engine.RepositoryService;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

@WorkflowSpringBootTest
class DiagramCheckerTest {

    @Autowired
    DiagramChecker checker;
    @Autowired
    ListableBeanFactory beans;
    @Autowired
    RepositoryService repository;
    @Autowired
    TaskForms forms;
    @Autowired
    List<ProcessDelegate> delegates;

    @ParameterizedTest
    @ValueSource(strings = {"issue-to-matching", "content-publication", "member-registration", "inquiry", "meeting-minutes",
            "consultation-matching"})
    void everyDiagramOfTheProductPasses(String key) {
        DiagramCheck check = checker.check(Diagrams.product(key), key);

        assertThat(check.problems()).isEmpty();
        assertThat(check.model().getMainProcess().getId()).isEqualTo(key);
    }

    /** Found on the class path rather than listed, so that a diagram added to the bpmn module is checked too. */
    @Test
    void everyDiagramShippedInTheBpmnModulePasses() throws IOException {
        Resource[] shipped = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn20.xml");

        assertThat(shipped).hasSizeGreaterThanOrEqualTo(5);
        for (Resource resource : shipped) {
            String key = resource.getFilename().replace(".bpmn20.xml", "");
            String xml = resource.getContentAsString(StandardCharsets.UTF_8);
            assertThat(checker.check(xml, key).problems()).as(key).isEmpty();
        }
    }

    static List<HostileDiagrams.Hostile> hostile() {
        return HostileDiagrams.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void aWayPastTheNoScriptsRuleIsRefusedNamingTheElement(HostileDiagrams.Hostile hostile) {
        DiagramCheck check = checker.check(hostile.xml(), "issue-to-matching");

        assertThat(check.deployable()).isFalse();
        assertThat(check.problems()).anySatisfy(problem -> {
            assertThat(problem.elementId()).isEqualTo(hostile.elementId());
            assertThat(problem.elementName()).isEqualTo(hostile.elementName());
            assertThat(problem.describe()).startsWith("要素「" + hostile.elementName() + "（" + hostile.elementId() + "）」: ")
                    .contains(hostile.message());
        });
    }

    @Test
    void theGetterChainOfTheIssueOnMeetingMinutesIsRefused() {
        String xml = Diagrams.replaceOnce(Diagrams.product("meeting-minutes"), "<![CDATA[${minutesAccepted}]]>",
                "<![CDATA[${minutesAccepted.class.classLoader.parent != null}]]>");

        assertThat(checker.check(xml, "meeting-minutes").problems()).extracting(DiagramProblem::describe)
                .containsExactly("要素「承認（accepted）」: 式「${minutesAccepted.class.classLoader.parent != null}」: "
                        + "「class」は使えません。Java のクラスやクラスローダーに届くためです。");
    }

    @Test
    void aScriptConditionIsRefusedOnceWithTheLanguage() {
        assertThat(checker.check(HostileDiagrams.all().get(0).xml(), "issue-to-matching").problems())
                .extracting(DiagramProblem::describe)
                .containsExactly("要素「取り扱う（handle）」: 言語の指定（language=\"javascript\"）は使えません。"
                        + "言語を指定した条件や式はスクリプトとして実行されるためです。言語を指定せず「${…}」の式で書いてください。");
    }

    @Test
    void whatTheRegistryAllowsPasses() {
        ModelerRegistry allowing = new ModelerRegistry(forms, delegates) {
            @Override
            public boolean isCallable(String processKey) {
                return processKey.equals("member-registration");
            }

            @Override
            public boolean isReadableProperty(String path) {
                return path.equals("handlingDecision.length");
            }
        };
        DiagramChecker checker = new DiagramChecker(allowing, new ExpressionNames(allowing, beans), repository);
        String call = HostileDiagrams.all().stream().filter(hostile -> hostile.label().startsWith("callActivity"))
                .findFirst().orElseThrow().xml();
        String property = Diagrams.replaceOnce(Diagrams.issueToMatching(), "${handlingDecision == 'HANDLE'}",
                "${handlingDecision.length > 0}");

        assertThat(checker.check(call, "issue-to-matching").problems()).isEmpty();
        assertThat(checker.check(property, "issue-to-matching").problems()).isEmpty();
        assertThat(this.checker.check(property, "issue-to-matching").problems()).extracting(DiagramProblem::message)
                .singleElement().asString().contains("プロパティ（.length）は読めません");
    }

    @Test
    void aScriptTaskIsRefusedPointingAtIt() {
        List<DiagramProblem> problems = checker.check(Diagrams.withScriptTask(), "issue-to-matching").problems();

        assertThat(problems).anySatisfy(problem -> {
            assertThat(problem.elementId()).isEqualTo("notifyHandlingDecision");
            assertThat(problem.describe()).startsWith("要素「取扱判断結果の通知（notifyHandlingDecision）」")
                    .contains("スクリプトタスクは使えません");
        });
    }

    @Test
    void aJavaClassIsRefused() {
        assertThat(checker.check(Diagrams.withJavaClass(), "issue-to-matching").problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.elementId()).isEqualTo("notifyHandlingDecision");
                    assertThat(problem.message()).contains("flowable:class").contains("使えません");
                });
    }

    @Test
    void aListenerClassAndAShellTaskAreRefused() {
        String xml = Diagrams.replaceOnce(Diagrams.issueToMatching(), "完了時の変数: directionClear（true = 明確）。</documentation>",
                "完了時の変数: directionClear（true = 明確）。</documentation>"
                        + "<extensionElements><flowable:taskListener event=\"create\" class=\"org.example.Listener\"/></extensionElements>");
        xml = Diagrams.replaceOnce(xml, "flowable:delegateExpression=\"${proposalCounter}\"", "flowable:type=\"shell\"");

        List<DiagramProblem> problems = checker.check(xml, "issue-to-matching").problems();
        assertThat(problems).filteredOn(problem -> problem.message().contains("flowable:class"))
                .extracting(DiagramProblem::elementId).containsExactly("issueHearing");
        assertThat(problems).filteredOn(problem -> problem.message().contains("flowable:type=\"shell\""))
                .extracting(DiagramProblem::elementId).containsExactly("countProposals");
    }

    @Test
    void aMethodCallInAConditionIsRefused() {
        assertThat(checker.check(Diagrams.withMethodCall(), "issue-to-matching").problems())
                .singleElement().satisfies(problem -> {
                    assertThat(problem.elementId()).isEqualTo("handle");
                    assertThat(problem.message()).contains("メソッドや関数の呼び出し");
                });
    }

    @Test
    void unregisteredBeansAndEngineObjectsAreRefused() {
        String xml = Diagrams.replaceOnce(Diagrams.issueToMatching(), "${issueDecisionNotifier}", "${accountService}");
        xml = Diagrams.replaceOnce(xml, "${handlingDecision == 'DECLINE'}", "${accountService == null}");
        xml = Diagrams.replaceOnce(xml, "${handlingDecision == 'OTHER_PROGRAM'}", "${execution.processInstanceId == 'x'}");

        assertThat(checker.check(xml, "issue-to-matching").problems())
                .extracting(DiagramProblem::message)
                .anySatisfy(message -> assertThat(message).contains("処理「accountService」は登録された処理ではありません"))
                .anySatisfy(message -> assertThat(message).contains("「accountService」はシステムの内部の部品"))
                .anySatisfy(message -> assertThat(message).contains("「execution」はエンジン内部のオブジェクト"))
                .hasSize(3);
    }

    @Test
    void formsRolesAndCalendarsMustBeRegistered() {
        String xml = Diagrams.replaceOnce(Diagrams.issueToMatching(), "flowable:formKey=\"issue-hearing\"", "flowable:formKey=\"no-such-form\"");
        xml = Diagrams.replaceOnce(xml, "flowable:candidateGroups=\"PREF_STAFF\" flowable:formKey=\"issue-handling-decision\"",
                "flowable:candidateGroups=\"PREF_STAFF,GUESTS\" flowable:formKey=\"issue-handling-decision\"");

        assertThat(checker.check(xml, "issue-to-matching").problems()).extracting(DiagramProblem::describe)
                .containsExactlyInAnyOrder(
                        "要素「課題整理ヒアリング（issueHearing）」: フォーム「no-such-form」は登録されていません。受付箱にあるタスクのフォームから選んでください。",
                        "要素「取扱判断（handlingDecision）」: 候補グループ「GUESTS」はロールではありません。ロールから選んでください。");
    }

    @Test
    void theDiagramMustStayTheEditedProcessAndBeReadable() {
        assertThat(checker.check(Diagrams.product("inquiry"), "issue-to-matching").problems())
                .extracting(DiagramProblem::message).anySatisfy(message -> assertThat(message).contains("「issue-to-matching」のままにしてください"));
        assertThat(checker.check("<definitions", "issue-to-matching").problems())
                .extracting(DiagramProblem::message).containsExactly("XML として読み込めません（1行目付近）。ファイルが壊れていないか確認してください。");
        assertThat(checker.check("", "issue-to-matching").deployable()).isFalse();
        String entity = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>";
        assertThat(checker.check(entity, "issue-to-matching").deployable()).isFalse();
    }

    @Test
    void flowableValidationErrorsAreReported() {
        // A sequence flow to an element that does not exist.
        String xml = Diagrams.replaceOnce(Diagrams.issueToMatching(),
                "<sequenceFlow id=\"toHandlingDecision\" sourceRef=\"issueSubmitted\" targetRef=\"handlingDecision\"/>",
                "<sequenceFlow id=\"toHandlingDecision\" sourceRef=\"issueSubmitted\" targetRef=\"nowhere\"/>");

        assertThat(checker.check(xml, "issue-to-matching").problems()).extracting(DiagramProblem::message)
                .singleElement().asString().startsWith("BPMN 2.0 として読み込めません").contains("nowhere");
    }
}
