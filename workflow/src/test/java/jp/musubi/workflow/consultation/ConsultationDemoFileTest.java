package jp.musubi.workflow.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jp.musubi.cms.demo.DemoDataReader;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.DefaultResourceLoader;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Kumamoto's consultations.yml, read with the loader's own records (unknown fields refused): one case at each
 * user task and each end of the consultation-matching diagram, so a step added to the process asks for its demo
 * case. Whether each case really reaches its step is checked by the loader against the engine (KumamotoDemoDataTest).
 */
class ConsultationDemoFileTest {

    private static final DemoDataReader KUMAMOTO = new DemoDataReader(new DefaultResourceLoader(), "file:../seeds/kumamoto/");
    private static final DemoDataReader TOCHIGI = new DemoDataReader(new DefaultResourceLoader(), "file:../seeds/");

    @Test
    void kumamotoHasOneCaseAtEachTaskAndEachEndOfTheProcess() throws Exception {
        List<ConsultationDemoData.DemoConsultation> cases = KUMAMOTO.read(ConsultationDemoData.FILE,
                ConsultationDemoData.ConsultationsFile.class).consultations();
        List<String> steps = cases.stream().map(ConsultationDemoData.DemoConsultation::step).toList();

        List<String> positions = new ArrayList<>(elements("userTask"));
        positions.addAll(elements("endEvent"));
        assertThat(positions).containsExactlyInAnyOrderElementsOf(
                concat(ConsultationDemoData.TASKS, ConsultationDemoData.ENDS));
        assertThat(steps).containsExactlyInAnyOrderElementsOf(positions);
        assertThat(cases).allSatisfy(c -> {
            assertThat(c.email()).endsWith(".example.jp");
            assertThat(ConsultationRequests.CHANNELS).contains(c.channel());
        });
        assertThat(cases).extracting(ConsultationDemoData.DemoConsultation::requesterKind).contains("MUNICIPALITY", "COMPANY");
        List<String> members = Pattern.compile("(?m)^  - key: (\\S+)$")
                .matcher(Files.readString(Path.of("..", "seeds", "kumamoto", "organizations.yml")))
                .results().map(match -> match.group(1)).toList();
        assertThat(cases).filteredOn(c -> c.inform() != null && c.inform().organizations() != null)
                .isNotEmpty()
                .allSatisfy(c -> assertThat(members).containsAll(c.inform().organizations()));
    }

    @Test
    void tochigiHasNoDemoConsultations() {
        assertThat(TOCHIGI.exists(ConsultationDemoData.FILE)).isFalse();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    /** The ids of the diagram's elements of this BPMN tag. */
    private static List<String> elements(String tag) throws Exception {
        try (InputStream in = new DefaultResourceLoader().getResource("classpath:processes/consultation-matching.bpmn20.xml")
                .getInputStream()) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            NodeList nodes = factory.newDocumentBuilder().parse(in)
                    .getElementsByTagNameNS("http://www.omg.org/spec/BPMN/20100524/MODEL", tag);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                ids.add(((Element) nodes.item(i)).getAttribute("id"));
            }
            return ids;
        }
    }
}
