package jp.musubi.workflow.modeler;

import static jp.musubi.workflow.modeler.ModelerTexts.TEXTS;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.flowable.bpmn.converter.BpmnXMLConverter;
import org.flowable.bpmn.exceptions.XMLException;
import org.flowable.bpmn.model.BpmnModel;
import org.flowable.bpmn.model.Process;
import org.flowable.common.engine.api.FlowableException;
import org.flowable.common.engine.impl.util.io.StringStreamSource;
import org.flowable.engine.RepositoryService;
import org.flowable.validation.ValidationError;
import org.springframework.stereotype.Component;

/**
 * Checks a diagram before it is deployed: it must be well-formed BPMN that Flowable parses and
 * validates, define exactly the process being edited, and keep to the product's safety rules — no
 * script tasks, scripts, script listeners or conditions in a script language ({@code language},
 * {@code scriptFormat}), no Java classes ({@code flowable:class}), no other service-task types, no
 * field injection, call activities only to the registry's callable processes, only registered delegate
 * beans, task forms, roles and calendars, and expressions limited to case variables and registered
 * beans without method calls or property chains ({@link ExpressionRules}).
 */
@Component
public class DiagramChecker {

    /** Largest diagram accepted (characters); the biggest product diagram is about 60 000. */
    public static final int MAX_LENGTH = 2_000_000;

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String FLOWABLE = "http://flowable.org/bpmn";
    private static final String ACTIVITI = "http://activiti.org/bpmn";
    private static final String BPMNDI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final Pattern BEAN_REFERENCE = Pattern.compile("\\$\\{\\s*([A-Za-z_$][A-Za-z0-9_$]*)\\s*}");
    private final ModelerRegistry registry;
    private final ExpressionNames names;
    private final RepositoryService repository;

    DiagramChecker(ModelerRegistry registry, ExpressionNames names, RepositoryService repository) {
        this.registry = registry;
        this.names = names;
        this.repository = repository;
    }

    /** Checks {@code xml} as a new version of the process {@code processKey}. */
    public DiagramCheck check(String xml, String processKey) {
        List<DiagramProblem> problems = new ArrayList<>();
        if (xml == null || xml.isBlank()) {
            problems.add(new DiagramProblem(null, null, TEXTS.get("modeler.java.diagram.empty")));
            return new DiagramCheck(null, problems);
        }
        if (xml.length() > MAX_LENGTH) {
            problems.add(new DiagramProblem(null, null, TEXTS.get("modeler.java.diagram.tooLarge", MAX_LENGTH / 1_000_000)));
            return new DiagramCheck(null, problems);
        }
        if (!scan(xml, problems)) {
            return new DiagramCheck(null, problems);
        }
        BpmnModel model;
        try {
            model = new BpmnXMLConverter().convertToBpmnModel(new StringStreamSource(xml, "UTF-8"), true, true, "UTF-8");
        } catch (FlowableException | XMLException | IllegalArgumentException e) {
            problems.add(new DiagramProblem(null, null,
                    TEXTS.get("modeler.java.diagram.notBpmn", rootMessage(e))));
            return new DiagramCheck(null, problems);
        }
        checkProcess(model, processKey, problems);
        if (model.getProcesses().size() == 1) {
            for (ValidationError error : repository.validateProcess(model)) {
                if (!error.isWarning()) {
                    problems.add(new DiagramProblem(error.getActivityId(), error.getActivityName(),
                            TEXTS.get("modeler.java.diagram.flowableValidation", error.getProblem(), error.getDefaultDescription())));
                }
            }
        }
        return new DiagramCheck(model, problems);
    }

    private static void checkProcess(BpmnModel model, String processKey, List<DiagramProblem> problems) {
        List<Process> processes = model.getProcesses();
        if (processes.size() != 1) {
            problems.add(new DiagramProblem(null, null,
                    TEXTS.get("modeler.java.diagram.processCount", processes.size())));
            return;
        }
        Process process = processes.get(0);
        if (!process.getId().equals(processKey)) {
            problems.add(new DiagramProblem(process.getId(), process.getName(), TEXTS.get("modeler.java.diagram.processKey", processKey)));
        }
        if (!process.isExecutable()) {
            problems.add(new DiagramProblem(process.getId(), process.getName(),
                    TEXTS.get("modeler.java.diagram.notExecutable")));
        }
    }

    /**
     * Reads the XML once, element by element, and records every breach of the safety rules with the
     * nearest element that has an id. Returns whether the XML is well-formed.
     */
    private boolean scan(String xml, List<DiagramProblem> problems) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Deque<Element> open = new ArrayDeque<>();
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(xml));
            StringBuilder text = new StringBuilder();
            while (reader.hasNext()) {
                int event = reader.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    checkText(text, open.peek(), problems);
                    Element parent = open.peek();
                    String id = reader.getAttributeValue(null, "id");
                    Element element = id != null
                            ? new Element(id, reader.getAttributeValue(null, "name"), reader.getNamespaceURI(), reader.getLocalName(),
                                    parent != null && parent.diagram || BPMNDI.equals(reader.getNamespaceURI()))
                            : new Element(parent == null ? null : parent.id, parent == null ? null : parent.name,
                                    reader.getNamespaceURI(), reader.getLocalName(),
                                    parent != null && parent.diagram || BPMNDI.equals(reader.getNamespaceURI()));
                    open.push(element);
                    checkElement(reader, element, problems);
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    checkText(text, open.peek(), problems);
                    open.pop();
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(reader.getText());
                } else if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
                    problems.add(new DiagramProblem(null, null, TEXTS.get("modeler.java.diagram.dtd")));
                    return false;
                }
            }
            return true;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            problems.add(new DiagramProblem(null, null, (line > 0 ? TEXTS.get("modeler.java.diagram.notXmlAt", line)
                    : TEXTS.get("modeler.java.diagram.notXml"))));
            return false;
        }
    }

    private void checkElement(XMLStreamReader reader, Element element, List<DiagramProblem> problems) {
        if (element.diagram) {
            return;
        }
        String ns = element.namespace;
        String name = element.localName;
        if (BPMN.equals(ns) && name.equals("scriptTask")) {
            problems.add(element.problem(TEXTS.get("modeler.java.diagram.scriptTask")));
        }
        if (FLOWABLE.equals(ns) && name.equals("script")) {
            problems.add(element.problem(TEXTS.get("modeler.java.diagram.flowableScript")));
        }
        if (ACTIVITI.equals(ns)) {
            problems.add(element.problem(TEXTS.get("modeler.java.diagram.activitiElement")));
        }
        if (FLOWABLE.equals(ns) && name.equals("field")) {
            problems.add(element.problem(TEXTS.get("modeler.java.diagram.fieldInjection")));
        }
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            String attributeNs = reader.getAttributeNamespace(i);
            String attribute = reader.getAttributeLocalName(i);
            String value = reader.getAttributeValue(i);
            boolean flowable = FLOWABLE.equals(attributeNs)
                    || (attributeNs == null || attributeNs.isEmpty()) && FLOWABLE.equals(ns);
            if (ACTIVITI.equals(attributeNs)) {
                problems.add(element.problem(TEXTS.get("modeler.java.diagram.activitiAttribute", attribute)));
            } else if (XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI.equals(attributeNs) || XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attributeNs)) {
                continue;
            } else if (attribute.equals("language")) {
                // Flowable hands a condition or script with a language to a script engine (JavaScript, Groovy…).
                // Stays a literal: Messages cannot put a literal "{" next to an argument (see ModelerTexts).
                problems.add(element.problem("言語の指定（language=\"" + value + "\"）は使えません。言語を指定した条件や式はスクリプトとして実行されるためです。"
                        + "言語を指定せず「${…}」の式で書いてください。"));
            } else if (attribute.equals("scriptFormat")) {
                problems.add(element.problem(TEXTS.get("modeler.java.diagram.scriptFormat", value)));
            } else if (attribute.equals("class") || attribute.endsWith("Class")) {
                // Also customPropertiesResolverClass on listeners: any attribute naming a class instantiates it.
                problems.add(element.problem(TEXTS.get("modeler.java.diagram.javaClass", flowable ? "flowable:" : "", attribute, value)));
            } else if (flowable && attribute.equals("type") && value.strip().equals("script")) {
                problems.add(element.problem(TEXTS.get("modeler.java.diagram.scriptListener")));
            } else if (flowable && attribute.equals("type") && (BPMN.equals(ns) || name.endsWith("Listener"))) {
                problems.add(element.problem(TEXTS.get("modeler.java.diagram.typedTask", value)));
            } else if (BPMN.equals(ns) && name.equals("callActivity") && attribute.equals("calledElement")) {
                checkCalledProcess(value, element, problems);
            } else if (flowable && (attribute.equals("delegateExpression") || attribute.endsWith("DelegateExpression"))) {
                checkDelegate(value, element, problems);
            } else if (flowable && attribute.equals("candidateGroups")) {
                checkCandidateGroups(value, element, problems);
            } else if (flowable && attribute.equals("formKey") && !ExpressionRules.containsExpression(value)) {
                if (!registry.formKeys().contains(value.strip())) {
                    problems.add(element.problem(TEXTS.get("modeler.java.diagram.unknownForm", value)));
                }
            } else if (flowable && attribute.equals("businessCalendarName") && !ExpressionRules.containsExpression(value)) {
                if (!registry.calendars().contains(value.strip())) {
                    problems.add(element.problem(TEXTS.get("modeler.java.diagram.unknownCalendar", value, String.join(TEXTS.get("modeler.java.listSeparator"), registry.calendars()))));
                }
            } else {
                checkExpressions(value, element, problems);
            }
        }
    }

    private void checkDelegate(String value, Element element, List<DiagramProblem> problems) {
        Matcher matcher = BEAN_REFERENCE.matcher(value.strip());
        if (!matcher.matches()) {
            // Stays a literal: Messages cannot put a literal "{" next to an argument (see ModelerTexts).
            problems.add(element.problem("処理の指定（delegateExpression）は「${Bean名}」の形で、登録された処理を1つだけ指定してください（指定: "
                    + value + "）。"));
        } else if (registry.delegate(matcher.group(1)).isEmpty()) {
            problems.add(element.problem(TEXTS.get("modeler.java.diagram.unknownDelegate", matcher.group(1))));
        }
    }

    private void checkCalledProcess(String value, Element element, List<DiagramProblem> problems) {
        if (!registry.isCallable(value.strip())) {
            String callable = registry.callableProcesses().isEmpty() ? TEXTS.get("modeler.java.diagram.noCallableProcess") : String.join(TEXTS.get("modeler.java.listSeparator"), registry.callableProcesses());
            problems.add(element.problem(TEXTS.get("modeler.java.diagram.callNotAllowed", value, callable)));
        }
    }

    private void checkCandidateGroups(String value, Element element, List<DiagramProblem> problems) {
        if (ExpressionRules.containsExpression(value)) {
            checkExpressions(value, element, problems);
            return;
        }
        for (String group : value.split(",")) {
            if (!group.isBlank() && !registry.isRole(group.strip())) {
                problems.add(element.problem(TEXTS.get("modeler.java.diagram.unknownGroup", group.strip())));
            }
        }
    }

    private void checkText(StringBuilder text, Element element, List<DiagramProblem> problems) {
        if (!text.isEmpty() && element != null && !element.diagram) {
            checkExpressions(text.toString(), element, problems);
        }
        text.setLength(0);
    }

    private void checkExpressions(String value, Element element, List<DiagramProblem> problems) {
        if (!ExpressionRules.containsExpression(value)) {
            return;
        }
        for (String problem : ExpressionRules.check(value, names)) {
            problems.add(element.problem(problem));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        String message = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
        return message.length() > 200 ? message.substring(0, 200) + "…" : message;
    }

    private record Element(String id, String name, String namespace, String localName, boolean diagram) {
        DiagramProblem problem(String message) {
            return new DiagramProblem(id, name, message);
        }
    }
}
