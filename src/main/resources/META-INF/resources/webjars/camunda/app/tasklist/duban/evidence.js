// duban: 佐证材料 as files in Tasklist. Below the form of a task that takes evidence (progress report, closure,
// corrective plan, scorecard explanation) the clerk uploads, lists and removes files; below a reviewer's form
// (closure verification, 督办单, change review) the files to decide on are listed for download. Everything is
// decided and checked by /duban/api/tasks/{taskId}/evidence; this only shows it.
const ACCEPT = '.pdf,.jpg,.jpeg,.png,.docx,.xlsx';

function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (value === null || value === undefined || value === false) return;
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? '' : value);
  });
  children.flat().forEach((child) => child && node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child));
  return node;
}

function currentTaskId() {
  const query = location.hash.indexOf('?');
  return query < 0 ? null : new URLSearchParams(location.hash.slice(query + 1)).get('task');
}

function csrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/);
  return match ? decodeURIComponent(match[1]) : '';
}

let me = null;
async function whoAmI() {
  if (!me) {
    const response = await fetch('/duban/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    me = response.ok ? await response.json() : {};
  }
  return me;
}

function fileTable(files, mayRemove, onRemove) {
  if (!files.length) return el('p', { class: 'duban-evidence-empty', style: 'color:#777', text: '暂无文件' });
  return el('table', { class: 'table table-condensed duban-evidence-files' },
    el('thead', {}, el('tr', {}, ['文件', '类型', '大小', '上传人', '上传时间', 'SHA-256', ''].map((h) => el('th', { text: h })))),
    el('tbody', {}, files.map((f) => el('tr', {},
      el('td', {}, el('a', { href: f.link, target: '_blank', rel: 'noopener', class: 'duban-evidence-link', text: f.name })),
      el('td', { text: f.type }), el('td', { text: f.size }), el('td', { text: f.uploadedBy }),
      el('td', { text: new Date(f.uploadedAt).toLocaleString('zh-CN', { hour12: false, timeZone: 'Asia/Shanghai' }) }),
      el('td', { title: f.sha256, style: 'font-family:monospace', text: f.sha256.slice(0, 12) + '…' }),
      el('td', {}, mayRemove(f) ? el('a', { href: '#', class: 'duban-evidence-remove', text: '删除',
        onclick: (event) => { event.preventDefault(); onRemove(f); } }) : f.sealed ? el('span', { style: 'color:#777', text: '已归档' }) : null)))));
}

async function render(panel, taskId) {
  const response = await fetch('/duban/api/tasks/' + encodeURIComponent(taskId) + '/evidence',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } });
  if (!response.ok) {
    panel.replaceChildren();
    panel.hidden = true;
    return;
  }
  const evidence = await response.json();
  const user = await whoAmI();
  if (!evidence.mayUpload && !evidence.files.length && !evidence.related.length) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const message = el('div', { class: 'duban-evidence-message', role: 'alert', style: 'margin:6px 0' });
  const say = (text, ok) => { message.textContent = text; message.style.color = ok ? '#2e7d32' : '#c62828'; };
  const parts = [el('h4', { text: '佐证材料' + (evidence.purpose ? '（' + evidence.purpose + '）' : '') })];
  if (evidence.mayUpload || evidence.files.length) {
    parts.push(fileTable(evidence.files, (f) => evidence.mayUpload && !f.sealed && f.uploadedBy === user.userId, async (f) => {
      const removed = await fetch('/duban/api/evidence/' + f.id, { method: 'DELETE', credentials: 'same-origin',
        headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' } });
      if (removed.ok) render(panel, taskId);
      else say((await removed.json().catch(() => ({}))).message || '删除失败');
    }));
  }
  if (evidence.mayUpload) {
    // the browser's own file button speaks the browser's language: a Chinese one stands in for it
    const input = el('input', { type: 'file', multiple: true, accept: ACCEPT, class: 'duban-evidence-input', style: 'display:none' });
    const chosen = el('span', { class: 'duban-evidence-chosen', style: 'color:#555', text: '未选择文件' });
    const choose = el('button', { type: 'button', class: 'btn btn-default', text: '选择文件…', onclick: () => input.click() });
    input.addEventListener('change', () => {
      chosen.textContent = input.files.length ? '已选 ' + input.files.length + ' 个：' + Array.from(input.files).map((f) => f.name).join('、') : '未选择文件';
    });
    const button = el('button', { type: 'button', class: 'btn btn-default duban-evidence-upload', text: '上传所选文件' });
    button.addEventListener('click', async () => {
      if (!input.files.length) { say('请先选择文件'); return; }
      const form = new FormData();
      Array.from(input.files).forEach((file) => form.append('file', file, file.name));
      button.disabled = true;
      say('正在上传…', true);
      try {
        const uploaded = await fetch('/duban/api/tasks/' + encodeURIComponent(taskId) + '/evidence', { method: 'POST',
          credentials: 'same-origin', body: form, headers: { 'X-XSRF-TOKEN': csrfToken(), Accept: 'application/json' } });
        if (uploaded.ok) {
          await render(panel, taskId);
          panel.querySelector('.duban-evidence-message').textContent = '已上传 ' + input.files.length + ' 个文件';
          panel.querySelector('.duban-evidence-message').style.color = '#2e7d32';
        } else {
          say((await uploaded.json().catch(() => ({}))).message || ('上传失败（HTTP ' + uploaded.status + '）'));
        }
      } finally {
        button.disabled = false;
      }
    });
    parts.push(el('div', { style: 'display:flex;gap:8px;align-items:center;flex-wrap:wrap' }, input, choose, chosen, button),
      el('p', { class: 'help-block', text: '支持 ' + evidence.limits.types + '；单个文件不超过 ' + evidence.limits.maxFileSize
        + '，每项任务最多 ' + evidence.limits.maxFiles + ' 个' + (evidence.required ? '。办结销号须至少上传一个文件。' : '。')
        + '任务办结后文件归档，不能再删除。' }));
  }
  parts.push(message);
  if (evidence.related.length) {
    parts.push(el('h4', { text: evidence.relatedLabel }), fileTable(evidence.related, () => false, () => {}));
  }
  panel.replaceChildren(...parts);
}

function attach() {
  const taskId = currentTaskId();
  const form = document.querySelector('[cam-tasklist-form-camunda]');
  if (!taskId || !form) return;
  const existing = form.parentElement.querySelector('.duban-evidence');
  if (existing && existing.dataset.task === taskId) return;
  if (existing) existing.remove();
  const panel = el('div', { class: 'duban-evidence', 'data-task': taskId,
    style: 'margin:16px 0;padding:12px 16px;border:1px solid #ddd;border-radius:4px;background:#fafafa' });
  panel.hidden = true;
  form.insertAdjacentElement('afterend', panel);
  render(panel, taskId);
}

new MutationObserver(attach).observe(document.documentElement, { childList: true, subtree: true });
window.addEventListener('hashchange', attach);

// loaded as a Tasklist custom script, which is read as a list of plugins: this one adds none
export default [];
