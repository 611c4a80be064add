// Entry point of the shared page script: htmx for partial updates, loaded on every page.
import htmx from 'htmx.org';

window.htmx = htmx;

// htmx sends the CSRF token Spring Security expects on every non-GET request.
document.addEventListener('htmx:configRequest', (event) => {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A form the server refused comes back with its error summary: move the focus there, so that screen
// reader and keyboard users start at what to correct (its links lead to the fields). Pages that show
// the summary under another id mark it with data-error-summary.
function focusErrorSummary(root) {
  const summary = root.querySelector('#error-summary, #form-errors, [data-error-summary]');
  if (!summary || summary.closest('[hidden]')) {
    return;
  }
  if (!summary.hasAttribute('tabindex')) {
    summary.tabIndex = -1;
  }
  summary.focus();
}

if (document.readyState === 'loading') {
  document.addEventListener('DOMContentLoaded', () => focusErrorSummary(document));
} else {
  focusErrorSummary(document);
}
// The same after htmx swapped in a refused form.
document.addEventListener('htmx:afterSettle', (event) => {
  if (event.detail && event.detail.elt instanceof Element) {
    focusErrorSummary(event.detail.elt);
  }
});
