// bpmnlint reads a flow node's connections from its <incoming>/<outgoing>, which the product's diagrams
// leave out (Flowable, like BPMN itself, reads a flow's sourceRef/targetRef). Without them every node
// looks "not connected". This fills them in from the flows, so the linter sees the diagram as bpmn-js
// draws it and as the engine runs it. Used by the modeler (after import) and by the build's lint.

function add(list, flow) {
  if (!list.includes(flow)) {
    list.push(flow);
  }
}

function connect(container) {
  (container.get('flowElements') || []).forEach((element) => {
    if (element.$instanceOf('bpmn:SequenceFlow')) {
      if (element.sourceRef) {
        add(element.sourceRef.get('outgoing'), element);
      }
      if (element.targetRef) {
        add(element.targetRef.get('incoming'), element);
      }
    }
    if (element.$instanceOf('bpmn:SubProcess')) {
      connect(element);
    }
  });
}

/** Fills in incoming/outgoing of every flow node of every process (and sub-process) of the definitions. */
export function connectFlowNodes(definitions) {
  (definitions.get('rootElements') || []).forEach((root) => {
    if (root.$instanceOf('bpmn:Process')) {
      connect(root);
    }
  });
  return definitions;
}

/** bpmn-js module: connects the imported model before bpmn-js-bpmnlint (low priority) lints it. */
function ConnectFlowNodesOnImport(eventBus, bpmnjs) {
  eventBus.on('import.done', 1500, () => {
    const definitions = bpmnjs.getDefinitions();
    if (definitions) {
      connectFlowNodes(definitions);
    }
  });
}

ConnectFlowNodesOnImport.$inject = ['eventBus', 'bpmnjs'];

export default {
  __init__: ['connectFlowNodesOnImport'],
  connectFlowNodesOnImport: ['type', ConnectFlowNodesOnImport],
};
