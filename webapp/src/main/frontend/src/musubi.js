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
