'use strict';
// 督办总览: the whole ledger (or the caller's part of it) from /duban/api/overview; the URL keeps the view.
(function () {
  const { el } = Duban;
  const $ = (id) => document.getElementById(id);
  const FILTERS = ['bureau', 'section', 'leader', 'rating', 'status', 'overdue', 'taskForce', 'q'];
  const COLUMNS = [
    ['id', '编号'], ['title', '事项'], ['section', '篇章'], ['bureau', '牵头单位'], ['leader', '分管区领导'], ['kind', '类型'],
    [null, '年度目标'], [null, '累计完成/状态'], ['percent', '完成年度目标'], [null, '序时进度'], ['trajectory', '序时完成率'],
    ['rating', '评级'], [null, '评级理由'], ['mode', '调度'], ['nextDue', '下次报送截止'], ['daysOverdue', '逾期'],
    ['notices', '督办单'], ['baseline', '基线'], ['status', '状态']
  ];

  function params() {
    return new URLSearchParams(location.search);
  }

  function go(changes) {
    const next = params();
    Object.entries(changes).forEach(([key, value]) => {
      if (value === null || value === undefined || value === '' || value === false) next.delete(key);
      else next.set(key, value);
    });
    if (!('page' in changes)) next.delete('page');
    history.replaceState(null, '', location.pathname + (next.toString() ? '?' + next : ''));
    load();
  }

  function card(label, count, key, value, className) {
    const active = params().get(key) === value;
    return el('button', { type: 'button', className: 'card ' + (className || '') + (active ? ' active' : ''),
      title: active ? '再次点击取消筛选' : '点击筛选', onclick: () => go({ [key]: active ? null : value }) },
      el('span', { className: 'count', text: count }), el('span', { className: 'label', text: label }));
  }

  function cards(counts) {
    const all = el('button', { type: 'button', className: 'card', title: '显示全部', onclick: () => clear() },
      el('span', { className: 'count', text: counts.total }), el('span', { className: 'label', text: '全部事项' }));
    $('cards').replaceChildren(all,
      card('红灯', counts.rating.red, 'rating', 'red', 'red gap'),
      card('黄灯', counts.rating.yellow, 'rating', 'yellow', 'yellow'),
      card('蓝灯', counts.rating.blue, 'rating', 'blue', 'blue'),
      card('绿灯', counts.rating.green, 'rating', 'green', 'green'),
      card('未评级', counts.rating.none, 'rating', 'none'),
      card('报送逾期', counts.overdue, 'overdue', 'true', 'late gap'),
      card('专班推进', counts.taskForce, 'taskForce', 'true'),
      card('推进中', counts.status.running, 'status', 'running', 'gap'),
      card('已办结', counts.status.closed, 'status', 'closed', 'green'),
      card('逾期未完成', counts.status.unfinished, 'status', 'unfinished', 'red'));
  }

  function fill(select, options) {
    const first = select.options[0];
    select.replaceChildren(first, ...options.map((o) => el('option', { value: o.id, text: o.name })));
  }

  function form(data) {
    const f = $('filters');
    fill(f.bureau, data.options.bureaus);
    fill(f.section, data.options.sections.map((s) => ({ id: s.id, name: s.id + ' ' + s.name })));
    fill(f.leader, data.options.leaders);
    const p = params();
    ['bureau', 'section', 'leader', 'rating', 'status', 'q'].forEach((name) => { f[name].value = p.get(name) || ''; });
    f.overdue.checked = p.get('overdue') === 'true';
    f.taskForce.checked = p.get('taskForce') === 'true';
    const download = new URLSearchParams();
    FILTERS.concat(['sort', 'order']).forEach((name) => { if (p.get(name)) download.set(name, p.get(name)); });
    $('download').href = '/duban/api/overview.xlsx' + (download.toString() ? '?' + download : '');
  }

  function header() {
    const p = params();
    const sort = p.get('sort') || 'id';
    const order = p.get('order') || 'asc';
    $('rows').tHead.rows[0].replaceChildren(...COLUMNS.map(([key, label]) => {
      if (!key) return el('th', { text: label });
      const current = key === sort;
      return el('th', { text: label, className: current ? 'sorted-' + order : null, title: '点击排序',
        onclick: () => go({ sort: key, order: current && order === 'asc' ? 'desc' : (key === 'rating' || key === 'daysOverdue' ? 'desc' : 'asc') }) });
    }));
  }

  function rows(data) {
    const body = $('rows').tBodies[0];
    if (data.rows.length === 0) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: COLUMNS.length, className: 'meta', text: '没有符合条件的事项' })));
      return;
    }
    body.replaceChildren(...data.rows.map((r) => el('tr', {},
      el('td', { className: 'nowrap' }, el('a', { href: 'commitment.html?id=' + encodeURIComponent(r.id), text: r.id })),
      el('td', { className: 'title' }, el('a', { href: 'commitment.html?id=' + encodeURIComponent(r.id), text: r.title })),
      el('td', { className: 'nowrap', title: r.sectionName, text: r.sectionId }),
      el('td', { className: 'nowrap', title: r.coBureaus ? '配合：' + r.coBureaus : null, text: r.bureauName }),
      el('td', { className: 'nowrap', text: r.leaderTitle.length > 12 ? r.leaderTitle.slice(0, 11) + '…' : r.leaderTitle, title: r.leaderTitle }),
      el('td', { className: 'nowrap', text: r.kind }),
      el('td', { className: 'nowrap', text: r.target }),
      el('td', { className: 'nowrap', text: r.latest || '尚未填报', title: r.lastPeriod ? '报告期 ' + r.lastPeriod : null }),
      el('td', { className: 'num', text: r.percentOfTarget }),
      el('td', { className: 'nowrap', text: r.planned }),
      el('td', { className: 'num', text: r.trajectory }),
      el('td', {}, Duban.rating(r.rating === 'none' ? null : r.rating, r.ratingReason)),
      el('td', { className: 'reason', text: r.ratingReason }),
      el('td', { className: 'nowrap', text: r.mode }),
      el('td', { className: 'nowrap', text: r.nextDue }),
      el('td', { className: 'num' + (r.daysOverdue > 0 ? ' late' : ''), text: r.daysOverdue > 0 ? r.daysOverdue + '天' : '' }),
      el('td', { className: 'num', text: r.notices ? r.openNotices + '/' + r.notices : '', title: r.notices ? '未整改/总数' : null }),
      el('td', { className: 'nowrap', text: r.baselineVersion ? '第' + r.baselineVersion + '版' : '未审定' }),
      el('td', { className: 'nowrap status-' + r.status, text: r.statusLabel + (r.taskForce ? ' · 专班' : '') }))));
  }

  function pager(data) {
    $('summary').textContent = '共 ' + data.counts.total + ' 项事项，符合条件 ' + data.total + ' 项'
      + (data.pages > 1 ? '，第 ' + data.page + '/' + data.pages + ' 页' : '');
    const parts = [];
    if (data.page > 1) parts.push(el('button', { type: 'button', className: 'link', text: '上一页', onclick: () => go({ page: data.page - 1 }) }));
    if (data.page < data.pages) parts.push(el('button', { type: 'button', className: 'link', text: '下一页', onclick: () => go({ page: data.page + 1 }) }));
    $('pager').replaceChildren(...parts);
  }

  function overdue(data) {
    $('overdue-count').textContent = data.overdueTotal === 0 ? ''
      : '共 ' + data.overdueTotal + ' 件' + (data.overdueTotal > data.overdueTasks.length
        ? '，列出逾期最久的 ' + data.overdueTasks.length + ' 件' + (data.overdueByGroupOfAll ? '' : '，各单位件数按所列任务计') : '');
    $('overdue-groups').replaceChildren(...data.overdueByGroup.map((g) => el('button', { type: 'button', className: 'chip',
      title: data.options.bureaus.some((b) => b.id === g.groupId) ? '筛选该单位的事项' : null,
      onclick: () => { if (data.options.bureaus.some((b) => b.id === g.groupId)) go({ bureau: g.groupId }); },
      text: g.name + ' ' + g.count + '件' })));
    const body = $('overdue').tBodies[0];
    if (data.overdueTasks.length === 0) {
      body.replaceChildren(el('tr', {}, el('td', { colspan: 6, className: 'meta', text: '没有逾期未办的任务' })));
      return;
    }
    body.replaceChildren(...data.overdueTasks.map((t) => el('tr', {},
      el('td', {}, el('a', { href: '/camunda/app/tasklist/default/#/?task=' + encodeURIComponent(t.taskId), text: t.name })),
      el('td', { text: t.groups.map((g) => g.name).join('、') }),
      el('td', {}, t.commitmentId ? el('a', { href: 'commitment.html?id=' + encodeURIComponent(t.commitmentId), text: t.commitmentId }) : '—'),
      el('td', { text: t.assignee || '未认领' }),
      el('td', { text: Duban.date(new Date(t.dueAt).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' })) }),
      el('td', { className: 'num late', text: t.daysOverdue + '天' }))));
  }

  function clear() {
    history.replaceState(null, '', location.pathname);
    load();
  }

  async function load() {
    try {
      const data = await Duban.get('/duban/api/overview' + location.search);
      $('error').hidden = true;
      $('as-of').textContent = (data.wholeLedger ? '全区' : '本单位/分管') + '政府工作报告重点任务 · 截至 '
        + Duban.date(new Date(data.asOf).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' }));
      cards(data.counts);
      form(data);
      header();
      rows(data);
      pager(data);
      overdue(data);
      $('content').hidden = false;
    } catch (error) {
      Duban.failed(error);
    }
  }

  function wire() {
    const f = $('filters');
    ['bureau', 'section', 'leader', 'rating', 'status'].forEach((name) => f[name].addEventListener('change', () => go({ [name]: f[name].value })));
    f.overdue.addEventListener('change', () => go({ overdue: f.overdue.checked ? 'true' : null }));
    f.taskForce.addEventListener('change', () => go({ taskForce: f.taskForce.checked ? 'true' : null }));
    let typing;
    f.q.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(() => go({ q: f.q.value.trim() }), 400); });
    f.addEventListener('submit', (event) => { event.preventDefault(); go({ q: f.q.value.trim() }); });
    $('clear').addEventListener('click', clear);
  }

  wire();
  Duban.header().then(load).catch(Duban.failed);
})();
