'use strict';
// 审计导出: choose what to export and download it (streamed by the server), list every export so far, and
// verify an export file by uploading it (the same check as the command line's verify).
(function () {
  const { el } = Duban;
  const STATUS = { COMPLETED: '已完成', FAILED: '失败', STARTED: '进行中' };
  const CHANNEL = { rest: '网页/接口', 'command-line': '命令行', test: '测试' };
  let known = new Set();

  // export_record's filter, e.g. "commitments=[2024-02-01] bureaus=[] from=- to=-", as an auditor reads it
  function filterText(summary) {
    const m = /^commitments=\[(.*)\] bureaus=\[(.*)\] from=(\S+) to=(\S+)$/.exec(summary || '');
    if (!m) return summary || '';
    const parts = [];
    if (m[1]) parts.push('承诺事项 ' + m[1].split(', ').join('、'));
    if (m[2]) parts.push('牵头单位 ' + m[2].split(', ').join('、'));
    if (!m[1] && !m[2]) parts.push('全部');
    if (m[3] !== '-' || m[4] !== '-') parts.push((m[3] === '-' ? '…' : m[3]) + ' 至 ' + (m[4] === '-' ? '…' : m[4]));
    return parts.join('；');
  }

  function selected(select) {
    return Array.from(select.selectedOptions).map((option) => option.value);
  }

  function exportUrl() {
    const params = new URLSearchParams();
    params.set('format', document.querySelector('input[name=format]:checked').value);
    const commitments = selected(document.getElementById('commitments'));
    const bureaus = selected(document.getElementById('bureaus'));
    if (commitments.length) params.set('commitment', commitments.join(','));
    if (bureaus.length) params.set('bureau', bureaus.join(','));
    const from = document.getElementById('from').value;
    const to = document.getElementById('to').value;
    if (from) params.set('from', from);
    if (to) params.set('to', to);
    return { url: '/duban/api/audit/export?' + params.toString(), commitments, bureaus, from, to };
  }

  function describe(choice) {
    const parts = [];
    parts.push(choice.commitments.length ? '承诺事项 ' + choice.commitments.join('、') : '');
    parts.push(choice.bureaus.length ? '牵头单位 ' + choice.bureaus.join('、') : '');
    if (!choice.commitments.length && !choice.bureaus.length) parts.push('全部承诺事项及其他全部历史');
    parts.push(choice.from || choice.to ? '期间 ' + (choice.from || '…') + ' 至 ' + (choice.to || '…') : '全部期间');
    return '将导出：' + parts.filter(Boolean).join('；');
  }

  function update() {
    const choice = exportUrl();
    const link = document.getElementById('download');
    link.href = choice.url;
    const invalid = choice.from && choice.to && choice.from > choice.to;
    link.classList.toggle('disabled', Boolean(invalid));
    document.getElementById('selection').textContent = invalid ? '起始日期晚于截止日期' : describe(choice);
  }

  async function loadChoices() {
    const choices = await Duban.get('/duban/api/audit/choices');
    document.getElementById('commitments').replaceChildren(...choices.commitments.map((c) =>
      el('option', { value: c.id, text: c.id + ' ' + c.title + '（' + c.bureauName + '）' })));
    document.getElementById('bureaus').replaceChildren(...choices.bureaus.map((b) =>
      el('option', { value: b.id, text: b.name + '（' + b.id + '）' })));
    document.getElementById('verify-limit').textContent = '上传上限 ' + Math.round(choices.maxUploadBytes / 1048576) + ' MB；更大的文件请用命令行 verify';
    if (!choices.mayExport) {
      document.getElementById('export-form').hidden = true;
      document.getElementById('selection').hidden = true;
      document.getElementById('no-export').hidden = false;
    }
  }

  async function loadExports() {
    const list = await Duban.get('/duban/api/audit/exports');
    const first = known.size === 0;
    const rows = list.exports.map((e) => el('tr', { 'data-id': e.id, className: !first && !known.has(e.id) ? 'new' : null },
      el('td', { className: 'num', text: '#' + e.id }),
      el('td', { text: e.actor }),
      el('td', { text: e.requestedAt || '' }),
      el('td', { text: e.completedAt || '' }),
      el('td', { text: CHANNEL[e.channel] || e.channel }),
      el('td', { className: 'filter', title: e.filter, text: filterText(e.filter) }),
      el('td', { text: e.format }),
      el('td', { className: 'status ' + e.status, title: e.failure || null, text: STATUS[e.status] || e.status }),
      el('td', { className: 'num', text: e.tables === null ? '' : e.tables }),
      el('td', { className: 'num', text: e.rows === null ? '' : e.rows }),
      el('td', { className: 'hash', text: e.chainHash || '' })));
    list.exports.forEach((e) => known.add(e.id));
    document.querySelector('#exports tbody').replaceChildren(...rows);
    document.getElementById('export-count').textContent = '共 ' + list.exports.length + ' 次';
    document.getElementById('zone').textContent = '时间均为 ' + list.timeZone + '。链式哈希与文件清单中的一致，才能证明文件未被改动。';
    return list.exports;
  }

  // the download is a plain link, streamed by the server; the export record appears once the export has started
  function afterDownload() {
    let tries = 0;
    const before = known.size;
    const poll = () => loadExports().then((exports) => {
      const running = exports.some((e) => e.status === 'STARTED');
      if ((known.size === before || running) && ++tries < 20) setTimeout(poll, 1500);
    }).catch(Duban.failed);
    setTimeout(poll, 1000);
  }

  async function verify(event) {
    event.preventDefault();
    const file = document.getElementById('verify-file').files[0];
    const box = document.getElementById('verify-result');
    if (!file) {
      box.hidden = false;
      box.className = 'verify-result failed';
      box.textContent = '请先选择一个导出文件（.zip 或 .xlsx）';
      return;
    }
    box.hidden = false;
    box.className = 'verify-result';
    box.textContent = '正在校验 ' + file.name + ' …';
    const { token } = await Duban.get('/duban/api/audit/verify-token');
    const response = await fetch('/duban/audit/verify?name=' + encodeURIComponent(file.name), {
      method: 'POST', credentials: 'same-origin', body: file,
      headers: { 'Content-Type': 'application/octet-stream', 'X-Duban-Verify-Token': token, Accept: 'application/json' }
    });
    const body = await response.json().catch(() => ({ message: '校验失败（HTTP ' + response.status + '）' }));
    showVerification(box, body, response.ok);
  }

  function showVerification(box, body, ok) {
    const passed = ok && body.passed && body.record && body.record.matches;
    box.className = 'verify-result ' + (passed ? 'passed' : 'failed');
    const title = !ok ? '无法校验' : body.passed ? (body.record.matches ? '校验通过，与导出记录一致' : '文件自洽，但与导出记录不符') : '校验未通过';
    const children = [el('h3', { text: title + '：' + (body.file || '') })];
    if (body.exportId !== undefined) {
      children.push(el('div', { text: '导出记录 #' + body.exportId + '，' + body.exportedBy + ' 于 ' + body.exportedAt + ' 导出（' + body.format + '），筛选：' + filterText(body.filter) }));
      children.push(el('div', { className: 'hash', text: '链式哈希 ' + body.chainHash }));
      const record = body.passed || !body.record.matches ? body.record.message
        : '清单未被改动（' + body.record.message + '），但下列内容与清单不符：';
      children.push(el('div', { className: body.record.matches ? 'record ok' : 'record late', text: record }));
    }
    if (body.problems && body.problems.length) {
      children.push(el('ul', {}, body.problems.map((problem) => el('li', { text: problem }))));
    } else if (!ok) {
      children.push(el('div', { text: body.message }));
    }
    box.replaceChildren(...children);
  }

  async function start() {
    try {
      await Duban.header();
      await loadChoices();
      await loadExports();
      document.getElementById('content').hidden = false;
      update();
      document.getElementById('export-form').addEventListener('change', update);
      document.getElementById('clear').addEventListener('click', () => {
        document.getElementById('export-form').reset();
        update();
      });
      document.getElementById('download').addEventListener('click', (event) => {
        if (event.currentTarget.classList.contains('disabled')) event.preventDefault();
        else afterDownload();
      });
      document.getElementById('verify-form').addEventListener('submit', (event) => verify(event).catch(Duban.failed));
    } catch (error) {
      Duban.failed(error);
    }
  }

  start();
  // the browser's own file button speaks the browser's language: say in Chinese what was chosen
  const chosenFile = document.getElementById('verify-file');
  document.getElementById('verify-choose').addEventListener('click', () => chosenFile.click());
  chosenFile.addEventListener('change', () => {
    document.getElementById('verify-chosen').textContent = chosenFile.files.length ? '已选：' + chosenFile.files[0].name : '未选择文件';
  });
})();
