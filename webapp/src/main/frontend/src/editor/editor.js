// CMS editor form (/editor): TipTap rich text, image upload with mandatory alt text, reference
// search, Word paste clean-up and the unsaved-changes warning. No inline scripts (CSP): everything
// is wired here from data-* attributes of the server-rendered form, which also works without it.
import { Editor } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Image from '@tiptap/extension-image';
import { TableKit } from '@tiptap/extension-table';

function csrfHeaders() {
  const token = document.querySelector('meta[name="_csrf"]');
  const header = document.querySelector('meta[name="_csrf_header"]');
  return token && header ? { [header.content]: token.content } : {};
}

// Word (and other office suites) put styles, classes, conditional comments and o:p elements into
// the clipboard; keep the structure (headings, lists, tables, links) and drop the rest. The server
// sanitizes again, this only keeps the editor's view honest.
export function cleanPastedHtml(html) {
  return html
    .replace(/<!--\[if[\s\S]*?<!\[endif\]-->/gi, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(style|xml|meta|link|script)[^>]*>[\s\S]*?<\/\1>/gi, '')
    .replace(/<(meta|link)[^>]*>/gi, '')
    .replace(/<\/?o:p[^>]*>/gi, '')
    .replace(/<\/?(font|span)[^>]*>/gi, '')
    .replace(/\s(class|style|lang|align|width|height|valign|face|size|color)=("[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

function button(label, action, isActive) {
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'editor-toolbar__button';
  b.textContent = label;
  b.addEventListener('click', action);
  if (isActive) {
    b.setAttribute('aria-pressed', 'false');
    b.isActive = isActive;
  }
  return b;
}

// A modal dialog that asks for the image's alternative text and refuses an empty one.
function askAltText(onDone) {
  const dialog = document.createElement('dialog');
  dialog.className = 'editor-dialog';
  dialog.setAttribute('aria-labelledby', 'alt-dialog-title');
  dialog.innerHTML = '<form method="dialog">'
    + '<h2 id="alt-dialog-title">画像の代替テキスト</h2>'
    + '<p id="alt-dialog-hint">画像が見えない人にも伝わるよう、画像の内容を説明してください（必須）。</p>'
    + '<p class="field-error" id="alt-dialog-error" hidden>代替テキストを入力してください。</p>'
    + '<label for="alt-dialog-input">代替テキスト</label>'
    + '<input id="alt-dialog-input" type="text" aria-describedby="alt-dialog-hint alt-dialog-error">'
    + '<div class="editor-dialog__buttons"><button type="submit" value="ok">挿入する</button>'
    + '<button type="submit" value="cancel" class="button--secondary">やめる</button></div></form>';
  document.body.appendChild(dialog);
  const input = dialog.querySelector('input');
  const error = dialog.querySelector('#alt-dialog-error');
  dialog.querySelector('form').addEventListener('submit', (event) => {
    if (event.submitter && event.submitter.value === 'ok' && !input.value.trim()) {
      event.preventDefault();
      error.hidden = false;
      input.setAttribute('aria-invalid', 'true');
      input.focus();
    }
  });
  dialog.addEventListener('close', () => {
    const alt = dialog.returnValue === 'ok' ? input.value.trim() : '';
    dialog.remove();
    if (alt) {
      onDone(alt);
    }
  });
  dialog.showModal();
  input.focus();
}

async function uploadImage(file, status) {
  const data = new FormData();
  data.append('file', file);
  status.textContent = '画像をアップロードしています…';
  const response = await fetch('/api/cms/assets', { method: 'POST', body: data, headers: csrfHeaders() });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    status.textContent = body.detail || '画像をアップロードできませんでした。';
    return null;
  }
  status.textContent = '画像をアップロードしました。代替テキストを入力してください。';
  return body.url;
}

function mountRichText(textarea, markDirty) {
  const wrapper = document.createElement('div');
  wrapper.className = 'editor-richtext';
  const toolbar = document.createElement('div');
  toolbar.className = 'editor-toolbar';
  toolbar.setAttribute('role', 'toolbar');
  const labelId = `${textarea.id}-label`;
  toolbar.setAttribute('aria-label', `${document.getElementById(labelId)?.textContent || '本文'}の書式`);
  const surface = document.createElement('div');
  const status = document.createElement('p');
  status.className = 'editor-richtext__status';
  status.setAttribute('role', 'status');
  const fileInput = document.createElement('input');
  fileInput.type = 'file';
  fileInput.accept = 'image/png,image/jpeg,image/gif,image/webp';
  fileInput.hidden = true;
  textarea.parentNode.insertBefore(wrapper, textarea);
  wrapper.append(toolbar, surface, status, fileInput);
  textarea.hidden = true;

  const editor = new Editor({
    element: surface,
    injectCSS: false,
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3, 4] },
        code: false,
        codeBlock: false,
        horizontalRule: false,
        link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'] },
      }),
      Image.configure({ inline: false, allowBase64: false }),
      TableKit.configure({ table: { resizable: false } }),
    ],
    content: textarea.value,
    editorProps: {
      attributes: {
        class: 'editor-richtext__surface',
        role: 'textbox',
        'aria-multiline': 'true',
        'aria-labelledby': labelId,
        ...(textarea.getAttribute('aria-describedby') ? { 'aria-describedby': textarea.getAttribute('aria-describedby') } : {}),
        ...(textarea.getAttribute('aria-invalid') ? { 'aria-invalid': 'true' } : {}),
      },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: e }) => {
      textarea.value = e.getHTML();
      markDirty();
    },
  });
  editor.view.dom.id = `${textarea.id}-editor`;
  document.getElementById(labelId)?.addEventListener('click', () => editor.commands.focus());

  const chain = () => editor.chain().focus();
  const buttons = [
    button('見出し2', () => chain().toggleHeading({ level: 2 }).run(), () => editor.isActive('heading', { level: 2 })),
    button('見出し3', () => chain().toggleHeading({ level: 3 }).run(), () => editor.isActive('heading', { level: 3 })),
    button('太字', () => chain().toggleBold().run(), () => editor.isActive('bold')),
    button('斜体', () => chain().toggleItalic().run(), () => editor.isActive('italic')),
    button('箇条書き', () => chain().toggleBulletList().run(), () => editor.isActive('bulletList')),
    button('番号付きリスト', () => chain().toggleOrderedList().run(), () => editor.isActive('orderedList')),
    button('リンク', () => {
      const url = window.prompt('リンク先のURL（https://… または /…）。空にするとリンクを外します。',
        editor.getAttributes('link').href || 'https://');
      if (url === null) return;
      if (!url.trim()) {
        chain().unsetLink().run();
      } else {
        chain().extendMarkRange('link').setLink({ href: url.trim() }).run();
      }
    }, () => editor.isActive('link')),
    button('表を挿入', () => chain().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run()),
    button('行を追加', () => chain().addRowAfter().run()),
    button('列を追加', () => chain().addColumnAfter().run()),
    button('画像を挿入', () => fileInput.click()),
  ];
  toolbar.append(...buttons);
  const refresh = () => buttons.filter((b) => b.isActive)
    .forEach((b) => b.setAttribute('aria-pressed', String(b.isActive())));
  editor.on('selectionUpdate', refresh);
  editor.on('transaction', refresh);

  fileInput.addEventListener('change', async () => {
    const file = fileInput.files[0];
    fileInput.value = '';
    if (!file) return;
    const url = await uploadImage(file, status);
    if (!url) return;
    askAltText((alt) => {
      chain().setImage({ src: url, alt }).run();
      status.textContent = '画像を挿入しました。';
    });
  });
}

// 参照先の検索: the authoring API lists the target workspace's items matching the words.
function mountReferencePicker(input) {
  const workspace = input.dataset.referenceTarget;
  if (!workspace) return;
  const search = button('検索して選ぶ', async () => {
    const words = input.value.trim();
    const response = await fetch(`/api/cms/items/${encodeURIComponent(workspace)}?size=10&q=${encodeURIComponent(words)}`,
      { headers: { Accept: 'application/json' } });
    results.replaceChildren();
    if (!response.ok) {
      results.textContent = '検索できませんでした。';
      return;
    }
    const body = await response.json();
    if (!body.items.length) {
      results.textContent = '見つかりませんでした。';
      return;
    }
    const list = document.createElement('ul');
    body.items.forEach((item) => {
      const li = document.createElement('li');
      li.append(button(`${item.title}（${item.name}）を選ぶ`, () => {
        input.value = item.name;
        input.dispatchEvent(new Event('input', { bubbles: true }));
        results.textContent = `${item.title} を選びました。`;
        input.focus();
      }));
      list.append(li);
    });
    results.append(list);
  });
  const results = document.createElement('div');
  results.className = 'editor-reference-results';
  results.setAttribute('role', 'status');
  input.after(search, results);
}

// 未保存の変更: leaving the page after typing asks first (the browser shows its own wording).
function guardUnsavedChanges(form) {
  let dirty = false;
  const markDirty = () => { dirty = true; };
  form.addEventListener('input', markDirty);
  form.addEventListener('change', markDirty);
  form.addEventListener('submit', () => { dirty = false; });
  window.addEventListener('beforeunload', (event) => {
    if (dirty) {
      event.preventDefault();
      event.returnValue = '';
    }
  });
  return markDirty;
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-editor-form]').forEach((form) => {
    const markDirty = guardUnsavedChanges(form);
    form.querySelectorAll('textarea[data-richtext]').forEach((textarea) => mountRichText(textarea, markDirty));
    form.querySelectorAll('input[data-reference-target]').forEach(mountReferencePicker);
  });
  // After a refused save, the error summary (or the stale-edit comparison) gets the focus.
  const summary = document.getElementById('error-summary') || document.getElementById('conflict');
  if (summary) summary.focus();
});
