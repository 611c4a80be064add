package jp.musubi.workflow.modeler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import jp.musubi.workflow.delegate.ProcessDelegate;
import jp.musubi.workflow.inbox.TaskForms;
import jp.musubi.workflow.support.WorkflowSpringBootTest;
import org.flowable.engine.delegate.JavaDelegate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The delegates the features contribute agree with the diagrams and with the context: every
 * {@code flowable:delegateExpression} of a shipped diagram names a registered delegate, and every
 * registered delegate is a {@link JavaDelegate} bean.
 */
@WorkflowSpringBootTest
class DelegateCoverageTest {

    private static final String FLOWABLE = "http://flowable.org/bpmn";
    private static final Pattern BEAN = Pattern.compile("\\$\\{\\s*([A-Za-z][A-Za-z0-9]*)\\s*}");

    @Autowired
    ModelerRegistry registry;
    @Autowired
    TaskForms forms;
    @Autowired
    ConfigurableListableBeanFactory beans;

    /** A delegate use in a diagram: which element names which bean. */
    record DelegateUse(String diagram, String element, String expression) {
    }

    /** Found on the class path rather than listed, so that a diagram added to the bpmn module is checked too. */
    @Test
    void everyDelegateExpressionOfTheShippedDiagramsNamesARegisteredDelegate() throws Exception {
        List<DelegateUse> uses = delegateUses("classpath*:processes/*.bpmn20.xml");

        assertThat(uses).extracting(DelegateUse::diagram).contains("issue-to-matching.bpmn20.xml",
                "content-publication.bpmn20.xml", "member-registration.bpmn20.xml", "inquiry.bpmn20.xml",
                "meeting-minutes.bpmn20.xml", "consultation-matching.bpmn20.xml");
        for (DelegateUse use : uses) {
            Matcher matcher = BEAN.matcher(use.expression());
            assertThat(matcher.matches()).as(use.toString()).isTrue();
            assertThat(registry.delegate(matcher.group(1))).as(use + " names no registered delegate").isPresent();
        }
    }

    @Test
    void everyRegisteredDelegateIsAJavaDelegateBean() {
        assertThat(registry.delegates()).hasSizeGreaterThanOrEqualTo(17);
        for (RegisteredBean delegate : registry.delegates()) {
            assertThat(beans.containsBean(delegate.name())).as(delegate.name()).isTrue();
            assertThat(beans.getBean(delegate.name())).as(delegate.name()).isInstanceOf(JavaDelegate.class);
            assertThat(delegate.label()).as(delegate.name()).isNotBlank();
        }
    }

    /** Each delegate's entry comes from the feature that owns the delegate, not from the modeler. */
    @Test
    void eachFeatureContributesTheEntriesOfItsOwnDelegates() {
        Map<String, TreeSet<String>> byFeature = new TreeMap<>();
        beans.getBeansOfType(ProcessDelegate.class).forEach((name, entry) -> {
            String configuration = beans.getBeanDefinition(name).getFactoryBeanName();
            String feature = beans.getType(configuration).getPackageName();
            assertThat(beans.getType(entry.beanName()).getPackageName()).as(entry.beanName()).isEqualTo(feature);
            byFeature.computeIfAbsent(feature.replace("jp.musubi.workflow.", ""), f -> new TreeSet<>())
                    .add(entry.beanName());
        });

        assertThat(byFeature).containsOnlyKeys("approval", "consultation", "inquiry", "issuecase", "membership", "minutes");
        assertThat(byFeature.get("consultation")).containsExactly("consultationIntakeClosedDelegate",
                "consultationIntroductionDelegate");
        assertThat(byFeature.get("approval")).containsExactly("newsletterDelegate", "publishContentDelegate",
                "rejectContentDelegate");
    }

    @Test
    void twoEntriesForOneDelegateStopStartUpNamingIt() {
        List<ProcessDelegate> twice = List.of(new ProcessDelegate("matchingDelegate", "マッチング"),
                new ProcessDelegate("matchingDelegate", "もう一つ"));

        assertThatThrownBy(() -> new ModelerRegistry(forms, twice))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Two entries are contributed for delegate \"matchingDelegate\"");
    }

    private static List<DelegateUse> delegateUses(String pattern) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<DelegateUse> uses = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
            try (InputStream in = resource.getInputStream()) {
                NodeList all = factory.newDocumentBuilder().parse(in).getElementsByTagNameNS("*", "*");
                for (int i = 0; i < all.getLength(); i++) {
                    Element element = (Element) all.item(i);
                    if (element.hasAttributeNS(FLOWABLE, "delegateExpression")) {
                        uses.add(new DelegateUse(resource.getFilename(), element.getAttribute("id"),
                                element.getAttributeNS(FLOWABLE, "delegateExpression")));
                    }
                }
            }
        }
        return uses;
    }
}
