package jp.musubi.webapp.modeler;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build's bpmnlint step ({@code npm run lint:bpmn}, run by webapp's Maven build on {@code bpmn/src/main}):
 * the product's diagrams pass bpmnlint's recommended rules without a warning, and a diagram with an
 * implicit join (issue 21, item 15) fails it, wherever it lies in the folder.
 */
class BpmnLintTest {

    private static final Path FRONTEND = Path.of("src/main/frontend");
    private static final Path DIAGRAMS = Path.of("../bpmn/src/main");

    @Test
    void theProductsDiagramsHaveNoBpmnlintReport() throws Exception {
        Result result = lint(DIAGRAMS);
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("no problems");
    }

    @Test
    void anImplicitJoinInANewDiagramFailsTheLint(@TempDir Path folder) throws Exception {
        Path nested = Files.createDirectories(folder.resolve("resources/processes"));
        Files.writeString(nested.resolve("fake-join.bpmn20.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" targetNamespace="test"
                             xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                             xmlns:omgdc="http://www.omg.org/spec/DD/20100524/DC">
                  <process id="fakeJoin" name="合流の確認" isExecutable="true">
                    <startEvent id="start" name="開始"/>
                    <sequenceFlow id="toSplit" sourceRef="start" targetRef="split"/>
                    <exclusiveGateway id="split" name="分岐" default="left"/>
                    <sequenceFlow id="left" name="左" sourceRef="split" targetRef="work"/>
                    <sequenceFlow id="right" name="右" sourceRef="split" targetRef="work">
                      <conditionExpression>${right}</conditionExpression>
                    </sequenceFlow>
                    <userTask id="work" name="作業"/>
                    <sequenceFlow id="toEnd" sourceRef="work" targetRef="end"/>
                    <endEvent id="end" name="終了"/>
                  </process>
                  <bpmndi:BPMNDiagram id="d"><bpmndi:BPMNPlane id="p" bpmnElement="fakeJoin">
                    <bpmndi:BPMNShape id="start_di" bpmnElement="start"><omgdc:Bounds x="0" y="0" width="36" height="36"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="split_di" bpmnElement="split"><omgdc:Bounds x="100" y="0" width="50" height="50"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="work_di" bpmnElement="work"><omgdc:Bounds x="200" y="0" width="100" height="80"/></bpmndi:BPMNShape>
                    <bpmndi:BPMNShape id="end_di" bpmnElement="end"><omgdc:Bounds x="400" y="0" width="36" height="36"/></bpmndi:BPMNShape>
                  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>
                </definitions>
                """, StandardCharsets.UTF_8);

        Result result = lint(folder);

        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("fake-join.bpmn20.xml", "work fake-join [warn]")
                // read through sourceRef/targetRef: nothing is reported as disconnected
                .doesNotContain("no-disconnected");
    }

    private static Result lint(Path folder) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of("node", "lint-bpmn.mjs", folder.toAbsolutePath().toString()))
                .directory(FRONTEND.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private record Result(int exitCode, String output) {
    }
}
