// Properties panel group "Flowable" for the attributes the product uses. The choices (delegates,
// roles, forms, calendars) come from the server (/api/modeler/choices), the same registry the
// deployment check enforces, so the panel offers only what will pass the check.
import { h } from '@bpmn-io/properties-panel/preact';
import {
  CheckboxEntry, SelectEntry, TextFieldEntry,
  isCheckboxEntryEdited, isSelectEntryEdited, isTextFieldEntryEdited,
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';
import { getBusinessObject, is } from 'bpmn-js/lib/util/ModelUtil';

let choices = { delegates: [], roles: [], formKeys: [], formLabels: {}, calendars: [], calendarLabels: {} };

export function setChoices(value) {
  choices = value;
}

const NONE = { value: '', label: '（なし）' };

// The registry's Japanese names: the keys are what the diagram stores, not what the process owner reads.
const formOptions = () => choices.formKeys.map((k) => ({ value: k, label: (choices.formLabels || {})[k] || k }));
const calendarOptions = () => choices.calendars.map((c) => ({ value: c, label: (choices.calendarLabels || {})[c] || c }));

function attribute(element, name) {
  return getBusinessObject(element).get('flowable:' + name) || '';
}

function textEntry(id, name, label, description) {
  return {
    id,
    isEdited: isTextFieldEntryEdited,
    component: ({ element }) => {
      const modeling = useService('modeling');
      const debounce = useService('debounceInput');
      return h(TextFieldEntry, {
        element, id, label, description, debounce,
        getValue: () => attribute(element, name),
        setValue: (value) => modeling.updateProperties(element, { ['flowable:' + name]: value || undefined }),
      });
    },
  };
}

function selectEntry(id, name, label, options) {
  return {
    id,
    isEdited: isSelectEntryEdited,
    component: ({ element }) => {
      const modeling = useService('modeling');
      return h(SelectEntry, {
        element, id, label,
        getValue: () => attribute(element, name),
        setValue: (value) => modeling.updateProperties(element, { ['flowable:' + name]: value || undefined }),
        getOptions: () => [NONE, ...options()],
      });
    },
  };
}

function candidateGroupEntries() {
  return choices.roles.map((role) => ({
    id: 'flowable-candidate-group-' + role.name,
    isEdited: isCheckboxEntryEdited,
    component: ({ element }) => {
      const modeling = useService('modeling');
      const groups = () => attribute(element, 'candidateGroups').split(',').map((g) => g.trim()).filter(Boolean);
      return h(CheckboxEntry, {
        element,
        id: 'flowable-candidate-group-' + role.name,
        label: '候補グループ: ' + role.label,
        getValue: () => groups().includes(role.name),
        setValue: (checked) => {
          const next = groups().filter((g) => g !== role.name);
          if (checked) {
            next.push(role.name);
          }
          modeling.updateProperties(element, { 'flowable:candidateGroups': next.join(',') || undefined });
        },
      });
    },
  }));
}

function delegateEntry() {
  const id = 'flowable-delegate';
  return {
    id,
    isEdited: isSelectEntryEdited,
    component: ({ element }) => {
      const modeling = useService('modeling');
      return h(SelectEntry, {
        element, id, label: '処理（登録された処理）',
        getValue: () => {
          const match = /^\$\{(\w+)\}$/.exec(attribute(element, 'delegateExpression'));
          return match ? match[1] : '';
        },
        setValue: (value) => modeling.updateProperties(element, {
          'flowable:delegateExpression': value ? '${' + value + '}' : undefined,
        }),
        getOptions: () => [NONE, ...choices.delegates.map((d) => ({ value: d.name, label: d.label }))],
      });
    },
  };
}

/** A FormalExpression body (condition of a sequence flow, time of a timer) as a text field. */
function expressionEntry(id, label, description, target, property) {
  return {
    id,
    isEdited: isTextFieldEntryEdited,
    component: ({ element }) => {
      const modeling = useService('modeling');
      const bpmnFactory = useService('bpmnFactory');
      const debounce = useService('debounceInput');
      return h(TextFieldEntry, {
        element, id, label, description, debounce,
        getValue: () => {
          const expression = target(element).get(property);
          return expression ? expression.get('body') || '' : '';
        },
        setValue: (value) => {
          const expression = value ? bpmnFactory.create('bpmn:FormalExpression', { body: value }) : undefined;
          modeling.updateModdleProperties(element, target(element), { [property]: expression });
        },
      });
    },
  };
}

function timerOf(element) {
  const definitions = getBusinessObject(element).get('eventDefinitions') || [];
  return definitions.find((definition) => is(definition, 'bpmn:TimerEventDefinition'));
}

function timerCalendarEntry() {
  const id = 'flowable-timer-calendar';
  return {
    id,
    isEdited: isSelectEntryEdited,
    component: ({ element }) => {
      const modeling = useService('modeling');
      return h(SelectEntry, {
        element, id, label: '営業日カレンダー',
        getValue: () => timerOf(element).get('flowable:businessCalendarName') || '',
        setValue: (value) => modeling.updateModdleProperties(element, timerOf(element),
          { 'flowable:businessCalendarName': value || undefined }),
        getOptions: () => [NONE, ...calendarOptions()],
      });
    },
  };
}

function entries(element) {
  const list = [];
  if (is(element, 'bpmn:UserTask')) {
    list.push(textEntry('flowable-assignee', 'assignee', '担当者', '例: ${submittedBy}（ケースの変数）'));
    list.push(...candidateGroupEntries());
    list.push(selectEntry('flowable-form-key', 'formKey', 'フォーム', formOptions));
    list.push(textEntry('flowable-due-date', 'dueDate', '期限', '例: ${meetingDate}/P10D（ISO 8601 の期間）'));
    list.push(selectEntry('flowable-calendar', 'businessCalendarName', '営業日カレンダー', calendarOptions));
  }
  if (is(element, 'bpmn:ServiceTask') || is(element, 'bpmn:SendTask')) {
    list.push(delegateEntry());
  }
  if (is(element, 'bpmn:SequenceFlow')) {
    list.push(expressionEntry('flowable-condition', '条件', '例: ${approved}、${count > 0}（メソッドの呼び出しは使えません）',
      (el) => getBusinessObject(el), 'conditionExpression'));
  }
  if (is(element, 'bpmn:Event') && timerOf(element)) {
    list.push(expressionEntry('flowable-time-date', 'タイマー（日時）', '例: ${deadlineTimer}', timerOf, 'timeDate'));
    list.push(expressionEntry('flowable-time-duration', 'タイマー（期間）', '例: P3D', timerOf, 'timeDuration'));
    list.push(timerCalendarEntry());
  }
  return list;
}

function FlowablePropertiesProvider(propertiesPanel) {
  propertiesPanel.registerProvider(500, this);
}

FlowablePropertiesProvider.$inject = ['propertiesPanel'];

FlowablePropertiesProvider.prototype.getGroups = function (element) {
  return (groups) => {
    const flowable = entries(element);
    if (flowable.length) {
      groups.splice(1, 0, { id: 'flowable', label: 'Flowable（実行の設定）', entries: flowable });
    }
    return groups;
  };
};

export default {
  __init__: ['flowablePropertiesProvider'],
  flowablePropertiesProvider: ['type', FlowablePropertiesProvider],
};
