'use strict';
// 起草助手: the report goes to the server as the request body; the draft comes back with each proposal's place in
// the text. Accepting or rejecting happens here; a download sends the report again with the accepted ids.
(function () {
  const { el } = Duban;
  let report = '';
  let fileName = '';
  let draft = null;
  const rejected = new Set();

  async function post(path, accept) {
    const query = new URLSearchParams();
    if (fileName) query.set('name', fileName);
    if (draft && path !== '') query.set('accepted', draft.entries.filter((e) => !rejected.has(e.id)).map((e) => e.id).join(','));
    const response = await fetch('/duban/api/drafting' + path + (query.toString() ? '?' + query : ''), {
      method: 'POST', credentials: 'same-origin', body: report,
      headers: { 'Content-Type': 'text/plain;charset=UTF-8', Accept: accept, 'X-XSRF-TOKEN': await Duban.writeToken() }
    });
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.message || ('请求失败（HTTP ' + response.status + '）'));
    }
    return response;
  }

  function showInputError(message) {
    const box = document.getElementById('input-error');
    box.textContent = message || '';
    box.hidden = !message;
  }

  async function analyse(event) {
    event.preventDefault();
    showInputError('');
    const file = document.getElementById('file').files[0];
    if (file) {
      if (file.size > 20 * 1024 * 1024) {
        showInputError('“' + file.name + '”超过 20 MB 上限：政府工作报告全文通常不足 1 MB');
        return;
      }
      report = new Blob([await file.arrayBuffer()]);
      fileName = file.name;
    } else {
      report = document.getElementById('report').value;
      fileName = '';
    }
    const button = document.getElementById('analyse');
    button.disabled = true;
    button.textContent = '分析中…';
    try {
      draft = await (await post('', 'application/json')).json();
      report = draft.text;
      rejected.clear();
      render();
    } catch (error) {
      document.getElementById('result').hidden = true;
      showInputError(error.message);
    } finally {
      button.disabled = false;
      button.textContent = '分析报告';
    }
  }

  function render() {
    document.getElementById('result').hidden = false;
    document.getElementById('summary').textContent = draft.year + ' 年 · ' + draft.summary;
    renderText();
    renderEntries();
    renderCounts();
  }

  function renderCounts() {
    const accepted = draft.entries.length - rejected.size;
    document.getElementById('counts').textContent = '已采纳 ' + accepted + ' 条，不采纳 ' + rejected.size + ' 条';
  }

  // the tasks part, each proposal marked where the report writes it
  function renderText() {
    const from = draft.tasksFrom >= 0 ? draft.tasksFrom : 0;
    const to = draft.tasksTo >= 0 ? draft.tasksTo : draft.text.length;
    const parts = [];
    let at = from;
    draft.entries.slice().sort((a, b) => a.from - b.from).forEach((entry) => {
      if (entry.from < at || entry.to > to) return;
      parts.push(draft.text.slice(at, entry.from));
      parts.push(el('mark', { className: entry.kind + (rejected.has(entry.id) ? ' rejected' : ''), id: 'mark-' + entry.id,
        title: entry.id + ' ' + entry.kindLabel + (entry.target ? '：' + entry.target : ''), text: draft.text.slice(entry.from, entry.to),
        onclick: () => focus('row-' + entry.id) }));
      at = entry.to;
    });
    parts.push(draft.text.slice(at, to));
    document.getElementById('tasks-text').replaceChildren(...parts);
  }

  function renderEntries() {
    const rows = draft.entries.map((entry) => {
      const box = el('input', { type: 'checkbox', 'aria-label': '采纳 ' + entry.id, checked: !rejected.has(entry.id) });
      box.addEventListener('change', () => {
        if (box.checked) rejected.delete(entry.id); else rejected.add(entry.id);
        row.className = box.checked ? '' : 'rejected';
        const mark = document.getElementById('mark-' + entry.id);
        if (mark) mark.classList.toggle('rejected', !box.checked);
        renderCounts();
      });
      const target = entry.target
        ? entry.kindLabel + '：' + entry.directionLabel + ' ' + entry.target + (entry.written !== entry.target ? '（原文“' + entry.written + '”）' : '')
        : entry.kindLabel + (entry.milestones.length ? '（季度计划：' + entry.milestones.join(' / ') + '）' : '');
      const lead = entry.lead ? entry.leadName + (entry.leaderName ? ' · ' + entry.leaderName : '') : '待督查室指定';
      const row = el('tr', { id: 'row-' + entry.id, className: rejected.has(entry.id) ? 'rejected' : null },
        el('td', {}, box),
        el('td', { className: 'nowrap', text: entry.id }),
        el('td', { text: entry.section + ' ' + entry.sectionName }),
        el('td', {}, el('a', { href: '#mark-' + entry.id, text: entry.title, onclick: (e) => { e.preventDefault(); focus('mark-' + entry.id); } }),
          el('span', { className: 'source', text: entry.source })),
        el('td', { text: target }),
        el('td', { className: 'nowrap', text: entry.deadline }),
        el('td', {}, lead, el('span', { className: 'reason', text: entry.reason })));
      return row;
    });
    document.querySelector('#entries tbody').replaceChildren(...rows);
  }

  function focus(id) {
    document.querySelectorAll('.focus').forEach((node) => node.classList.remove('focus'));
    const node = document.getElementById(id);
    if (!node) return;
    node.classList.add('focus');
    node.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }

  function setAll(accept) {
    rejected.clear();
    if (!accept) draft.entries.forEach((entry) => rejected.add(entry.id));
    render();
  }

  async function download(path, name) {
    try {
      const blob = await (await post(path, '*/*')).blob();
      const link = el('a', { href: URL.createObjectURL(blob), download: name });
      document.body.appendChild(link);
      link.click();
      link.remove();
    } catch (error) {
      showInputError(error.message);
    }
  }

  Duban.header().then((user) => {
    const groups = (user.groups || []).map((group) => group.id);
    if (!groups.includes('duchashi') && !groups.includes('camunda-admin')) {
      Duban.failed(new Error('起草助手仅供区政府督查室和系统管理员使用'));
      return;
    }
    document.getElementById('content').hidden = false;
    document.getElementById('input').addEventListener('submit', analyse);
    document.getElementById('accept-all').addEventListener('click', () => setAll(true));
    document.getElementById('reject-all').addEventListener('click', () => setAll(false));
    document.getElementById('download-yaml').addEventListener('click', () => download('/ledger.yaml', '台账草稿-' + draft.year + '.yaml'));
    document.getElementById('download-xlsx').addEventListener('click', () => download('/ledger.xlsx', '台账草稿-' + draft.year + '.xlsx'));
  }).catch(Duban.failed);
})();
