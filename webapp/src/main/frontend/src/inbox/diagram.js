// Task page of the inbox: the process diagram, read-only, with the current activity and the
// completed ones marked. The page gives the URLs and activity ids in data-* attributes (CSP: no inline script).
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

function ids(value) {
  return (value || '').split(/\s+/).filter((id) => id.length > 0);
}

async function show(container) {
  const viewer = new NavigatedViewer({ container });
  try {
    const response = await fetch(container.dataset.diagramUrl, { credentials: 'same-origin' });
    if (!response.ok) {
      throw new Error(`diagram: HTTP ${response.status}`);
    }
    await viewer.importXML(await response.text());
    const canvas = viewer.get('canvas');
    const registry = viewer.get('elementRegistry');
    for (const id of ids(container.dataset.completed)) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'inbox-completed');
      }
    }
    for (const id of ids(container.dataset.current)) {
      if (registry.get(id)) {
        canvas.addMarker(id, 'inbox-current');
      }
    }
    canvas.zoom('fit-viewport');
    container.classList.add('inbox-diagram--ready');
  } catch (error) {
    container.classList.add('inbox-diagram--failed');
    // eslint-disable-next-line no-console
    console.error(error);
  }
}

function start() {
  const container = document.getElementById('inbox-diagram');
  if (container && container.dataset.diagramUrl) {
    show(container);
  }
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', start);
} else {
  start();
}

// The publication approval's diff panel is loaded by htmx from the editor; if it cannot be loaded
// (not there yet, or an error), say so instead of "loading…" — the plain link below stays.
document.addEventListener('htmx:responseError', (event) => {
  const target = event.detail && event.detail.elt;
  if (target && target.classList && target.classList.contains('inbox-review')) {
    target.textContent = target.dataset.failedText || '';
  }
});

// A refused form: move the focus to the error summary, whose links lead to the fields.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('form-errors');
  if (summary) {
    summary.focus();
  }
});
