// BPMN modeler (/modeler/{key}): bpmn-js Modeler with the properties panel (Flowable attributes),
// bpmnlint shown inline and Japanese labels. Checking and deploying go through the server, which
// parses, validates and applies the safety rules; this page only shows what it answers.
// URLs come from data-* attributes (CSP: no inline scripts).
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule } from 'bpmn-js-properties-panel';
import lintModule from 'bpmn-js-bpmnlint';
import flowableModdle from './flowable-moddle.json';
import flowableProperties, { setChoices } from './flowable-properties.js';
import translateModule from './translate.js';
import lintConfig from './lint-config.js';
import connectFlowNodesModule from './connect-flow-nodes.mjs';

const root = document.getElementById('modeler');

if (root) {
  start(root).catch((error) => status('エディターを開けませんでした。ページを再読み込みしてください。（' + error.message + '）', true));
}

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

function status(message, error) {
  const region = document.getElementById('modeler-status');
  region.textContent = message;
  region.classList.toggle('modeler-status--error', Boolean(error));
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) {
    node.className = className;
  }
  if (text !== undefined) {
    node.textContent = text;
  }
  return node;
}

async function start(root) {
  const { key, diagramUrl, choicesUrl, checkUrl, deployUrl } = root.dataset;
  const [choicesResponse, diagramResponse] = await Promise.all([
    fetch(choicesUrl, { headers: { Accept: 'application/json' } }),
    fetch(diagramUrl),
  ]);
  if (!choicesResponse.ok || !diagramResponse.ok) {
    throw new Error('HTTP ' + (choicesResponse.ok ? diagramResponse.status : choicesResponse.status));
  }
  setChoices(await choicesResponse.json());

  const modeler = new BpmnModeler({
    container: '#modeler-canvas',
    keyboard: { bindTo: document },
    propertiesPanel: {
      parent: '#modeler-properties',
      layout: { groups: { general: { open: true }, flowable: { open: true } } },
    },
    linting: { bpmnlint: lintConfig, active: true },
    additionalModules: [
      // Before the linter: it reads connections from incoming/outgoing, which the diagrams leave out.
      connectFlowNodesModule,
      BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, flowableProperties, lintModule, translateModule,
    ],
    moddleExtensions: { flowable: flowableModdle },
  });
  await modeler.importXML(await diagramResponse.text());
  fit(modeler, root);
  root.classList.add('modeler--ready');
  status('ダイアグラムを読み込みました。要素を選ぶと右側でプロパティを編集できます。');

  const review = document.getElementById('modeler-review');
  let checked = null;

  modeler.on('commandStack.changed', () => {
    if (checked) {
      checked = null;
      review.replaceChildren(element('p', null, 'ダイアグラムが変更されました。デプロイする前にもう一度確認してください。'));
    }
  });

  document.getElementById('modeler-file').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) {
      return;
    }
    if (file.size > 2 * 1024 * 1024) {
      status('ファイルが大きすぎます（上限 2MB）。', true);
      return;
    }
    try {
      await modeler.importXML(await file.text());
      fit(modeler, root);
      checked = null;
      review.replaceChildren();
      status('「' + file.name + '」を読み込みました。確認してからデプロイしてください。');
    } catch (error) {
      status('「' + file.name + '」を BPMN として読み込めませんでした。（' + error.message + '）', true);
    }
  });

  document.getElementById('modeler-download').addEventListener('click', async () => {
    const { xml } = await modeler.saveXML({ format: true });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([xml], { type: 'application/xml' }));
    link.download = key + '.bpmn20.xml';
    document.body.append(link);
    link.click();
    link.remove();
    URL.revokeObjectURL(link.href);
  });

  document.getElementById('modeler-check').addEventListener('click', async () => {
    const { xml } = await modeler.saveXML({ format: true });
    status('サーバーで確認しています…');
    const response = await fetch(checkUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/xml', Accept: 'application/json', ...csrfHeaders() },
      body: xml,
    });
    const body = await response.json();
    if (response.ok) {
      checked = { xml, baseVersion: body.baseVersion };
      showDiff(review, body, () => deploy(modeler, review, deployUrl, checked));
      status('確認しました。変更内容を確かめてからデプロイしてください。');
    } else {
      checked = null;
      showProblems(review, body, modeler);
      status(body.title || '確認できませんでした。', true);
    }
  });
}

/** Shows the whole diagram to the right of the palette, so that the palette covers no element. */
function fit(modeler, root) {
  const canvas = modeler.get('canvas');
  canvas.zoom('fit-viewport');
  const palette = root.querySelector('.djs-palette');
  const offset = palette ? palette.getBoundingClientRect().width + 16 : 0;
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height) {
    return;
  }
  const scale = Math.min((outer.width - offset - 16) / inner.width, (outer.height - 32) / inner.height, 1);
  canvas.viewbox({
    x: inner.x - offset / scale,
    y: inner.y - 16 / scale,
    width: outer.width / scale,
    height: outer.height / scale,
  });
}

function showProblems(review, problem, modeler) {
  const heading = element('h2', null, 'デプロイできません');
  heading.id = 'modeler-review-heading';
  heading.tabIndex = -1;
  const list = element('ul', 'modeler-problems');
  (problem.errors || []).forEach((error) => {
    const item = element('li');
    if (error.elementId && modeler.get('elementRegistry').get(error.elementId)) {
      const button = element('button', 'button--link', error.description);
      button.type = 'button';
      button.addEventListener('click', () => {
        const target = modeler.get('elementRegistry').get(error.elementId);
        modeler.get('selection').select(target);
        modeler.get('canvas').scrollToElement(target);
      });
      item.append(button);
    } else {
      item.textContent = error.description;
    }
    list.append(item);
  });
  review.replaceChildren(heading, element('p', 'alert', problem.detail), list);
  heading.focus();
}

function changeList(title, changes, withDetails) {
  const section = element('section', 'modeler-diff__group');
  section.append(element('h3', null, title + '（' + changes.length + '件）'));
  if (!changes.length) {
    section.append(element('p', null, 'なし'));
    return section;
  }
  const list = element('ul');
  changes.forEach((change) => {
    const item = element('li', null, change.type + '「' + (change.name || change.id) + '」（' + change.id + '）');
    if (withDetails && change.details.length) {
      const details = element('ul');
      change.details.forEach((detail) => details.append(element('li', null, detail)));
      item.append(details);
    }
    list.append(item);
  });
  section.append(list);
  return section;
}

function showDiff(review, body, onDeploy) {
  const heading = element('h2', null, '変更内容の確認');
  heading.id = 'modeler-review-heading';
  heading.tabIndex = -1;
  const intro = element('p', null, '現在のバージョン ' + body.baseVersion + ' との違いです。デプロイすると新しいバージョンになり、'
    + 'これから始まるケースは新しいバージョンで進みます（実行中のケースは今のバージョンのまま進みます）。');
  const button = element('button', 'button--primary', 'このバージョンをデプロイする');
  button.type = 'button';
  button.id = 'modeler-deploy';
  button.addEventListener('click', () => {
    button.disabled = true;
    onDeploy().finally(() => {
      button.disabled = false;
    });
  });
  const diff = body.diff;
  const empty = !diff.added.length && !diff.removed.length && !diff.changed.length;
  review.replaceChildren(heading, intro,
    empty ? element('p', null, '実行に関わる変更はありません（図の配置だけが変わっている場合もデプロイできます）。') : '',
    changeList('追加された要素', diff.added, false),
    changeList('削除された要素', diff.removed, false),
    changeList('変更された要素', diff.changed, true),
    button);
  heading.focus();
}

async function deploy(modeler, review, deployUrl, checked) {
  if (!checked) {
    return;
  }
  status('デプロイしています…');
  const response = await fetch(deployUrl + '?baseVersion=' + encodeURIComponent(checked.baseVersion), {
    method: 'POST',
    headers: { 'Content-Type': 'application/xml', Accept: 'application/json', ...csrfHeaders() },
    body: checked.xml,
  });
  const body = await response.json();
  if (response.ok) {
    const done = element('h2', null, 'バージョン ' + body.version + ' をデプロイしました');
    done.id = 'modeler-review-heading';
    done.tabIndex = -1;
    review.replaceChildren(done, element('p', null, 'これから始まるケースは、このバージョンで進みます。'));
    status('バージョン ' + body.version + ' をデプロイしました。');
    done.focus();
  } else if (body.errors) {
    showProblems(review, body, modeler);
    status(body.title, true);
  } else {
    status((body.title || 'デプロイできませんでした') + '：' + (body.detail || ''), true);
  }
}
