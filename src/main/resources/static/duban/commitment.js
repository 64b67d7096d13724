'use strict';
// 承诺事项详情: one commitment's year from /duban/api/commitments/{id}.
(function () {
  const { el } = Duban;
  const $ = (id) => document.getElementById(id);
  const SVG = 'http://www.w3.org/2000/svg';
  const STATUS_LEVEL = { '未启动': 0, '推进中': 1, '已完成': 2 };
  let people = {};

  function who(id) {
    if (!id) return '';
    return people[id] ? people[id] + '（' + id + '）' : id;
  }

  function table(headers, rows, empty) {
    if (!rows.length) return el('p', { className: 'empty', text: empty });
    return el('table', {}, el('thead', {}, el('tr', {}, headers.map((h) => el('th', { text: h })))),
      el('tbody', {}, rows.map((cells) => el('tr', {}, cells.map((c) => c instanceof Node ? el('td', {}, c) : el('td', { text: c }))))));
  }

  function details(summary, pairs) {
    const shown = pairs.filter(([, v]) => v);
    if (!shown.length) return '';
    return el('details', {}, el('summary', { text: summary }),
      el('dl', {}, shown.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])));
  }

  function header(c) {
    document.title = c.id + ' ' + c.title + ' · 承诺事项详情';
    $('subtitle').textContent = c.id + ' · ' + c.leadBureau;
    $('title').textContent = c.id + '　' + c.title;
    const latest = c.ratings.length ? c.ratings[c.ratings.length - 1] : null;
    $('badges').replaceChildren(
      el('span', { className: 'badge ' + c.state.code, text: c.state.label + (c.state.endedAt ? '（' + c.state.endedAt + '）' : '') }),
      latest ? el('span', { className: 'badge' }, Duban.rating(latest.rating, latest.reason), '　' + latest.reason) : el('span', { className: 'badge', text: '尚未评级' }),
      el('span', { className: 'badge', text: c.kind }),
      c.taskForce ? el('span', { className: 'badge', text: '专班推进' }) : '');
    const current = c.baselines.length ? c.baselines[c.baselines.length - 1] : null;
    const facts = [
      ['篇章', c.sectionId + ' ' + c.sectionName], ['牵头单位', c.leadBureau],
      ['配合单位', c.coBureaus || '无'], ['分管区领导', c.leader],
      ['年度目标', current && current.target ? c.target.replace(/[\d.]+.*$/, '') + current.target + (current.target !== c.target.replace(/^\D+/, '') ? '（原目标 ' + c.target + '）' : '') : c.target],
      ['完成时限', current ? current.deadline + (current.deadline !== c.deadline ? '（原定 ' + c.deadline + '）' : '') : c.deadline],
      ['基线版本', current ? '第' + current.version + '版' : '实施方案尚未审定'],
      ['进度填报', c.reports.length + ' 次，其中逾期 ' + c.reports.filter((r) => !r.onTime).length + ' 次']
    ];
    $('facts').replaceChildren(...facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })]));
    $('source').textContent = '报告原文：' + c.sourceSentence;
    $('cockpit').replaceChildren(c.cockpitLink ? el('a', { href: c.cockpitLink, text: '在驾驶舱（Cockpit）中查看流程实例 ↗' }) : '');
  }

  function node(name, attributes, text) {
    const n = document.createElementNS(SVG, name);
    Object.entries(attributes).forEach(([k, v]) => n.setAttribute(k, v));
    if (text !== undefined) n.textContent = text;
    return n;
  }

  function magnitude(max) {
    if (max >= 1e8) return [1e8, '亿'];
    if (max >= 1e4) return [1e4, '万'];
    return [1, ''];
  }

  function chart(c) {
    const svg = $('chart');
    svg.replaceChildren();
    const width = svg.clientWidth || 1000;
    const height = 320;
    const pad = { left: 80, right: 24, top: 16, bottom: 36 };
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    const year = Number((c.baselines[0] ? c.baselines[0].deadline : c.deadline).slice(0, 4)) || new Date().getFullYear();
    const start = Date.UTC(year, 0, 1);
    const ends = [c.deadline].concat(c.reports.map((r) => r.periodEnd), c.baselines.map((b) => b.deadline));
    const end = Math.max(Date.UTC(year, 11, 31), ...ends.map((d) => Date.parse(d)));
    const x = (date) => pad.left + (Date.parse(date) - start) / (end - start) * (width - pad.left - pad.right);
    const quarterEnd = (q) => year + ['-03-31', '-06-30', '-09-30', '-12-31'][q - 1];
    const quantitative = c.quantitative;
    const valueOf = (number, status) => quantitative ? Number(number) : STATUS_LEVEL[status];
    const values = [];
    c.baselines.forEach((b) => b.values.forEach((v) => v !== null && values.push(Number(v))));
    c.reports.forEach((r) => r.cumulativeValue !== null && values.push(Number(r.cumulativeValue)));
    if (c.targetValue !== null) values.push(Number(c.targetValue));
    const max = quantitative ? Math.max(1e-9, ...values) * 1.1 : 2.2;
    const y = (v) => height - pad.bottom - v / max * (height - pad.top - pad.bottom);
    const [scale, prefix] = magnitude(quantitative ? max : 1);
    // axes
    for (let m = 0; m <= 12; m++) {
      const d = new Date(Date.UTC(year, m, 1)).toISOString().slice(0, 10);
      if (Date.parse(d) > end) break;
      svg.appendChild(node('line', { x1: x(d), x2: x(d), y1: pad.top, y2: height - pad.bottom, stroke: '#eee' }));
      if (m < 12) svg.appendChild(node('text', { x: x(d) + 4, y: height - 16, 'font-size': 12, fill: '#666' }, (m + 1) + '月'));
    }
    const ticks = quantitative ? [0, 0.25, 0.5, 0.75, 1].map((f) => f * max / 1.1) : [0, 1, 2];
    ticks.forEach((t) => {
      svg.appendChild(node('line', { x1: pad.left, x2: width - pad.right, y1: y(t), y2: y(t), stroke: '#e3e3e3' }));
      const label = quantitative ? (Math.round(t / scale * 100) / 100) + prefix + (c.unit || '') : ['未启动', '推进中', '已完成'][t];
      svg.appendChild(node('text', { x: pad.left - 8, y: y(t) + 4, 'font-size': 12, fill: '#666', 'text-anchor': 'end' }, label));
    });
    // planned trajectories: every baseline, the one in force solid
    c.baselines.forEach((b, i) => {
      const current = i === c.baselines.length - 1;
      const points = (quantitative && !c.growth ? [[x(year + '-01-01'), y(0)]] : []).concat([1, 2, 3, 4].map((q) => {
        const v = valueOf(b.values[q - 1], b.quarters[q - 1]);
        return v === undefined || Number.isNaN(v) ? null : [x(quarterEnd(q)), y(v)];
      }).filter(Boolean));
      svg.appendChild(node('polyline', { points: points.map((p) => p.join(',')).join(' '), fill: 'none',
        stroke: current ? '#1565c0' : '#9e9e9e', 'stroke-width': current ? 2 : 1.5, 'stroke-dasharray': current ? '6 4' : '2 4' }));
    });
    // reported values
    const reported = c.reports.map((r) => [x(r.periodEnd), y(valueOf(r.cumulativeValue, r.value)), r]).filter((p) => !Number.isNaN(p[1]) && p[1] !== undefined);
    if (reported.length) {
      svg.appendChild(node('polyline', { points: reported.map((p) => p[0] + ',' + p[1]).join(' '), fill: 'none', stroke: '#b71c1c', 'stroke-width': 2 }));
      reported.forEach(([px, py, r]) => {
        const dot = node('circle', { cx: px, cy: py, r: 3.5, fill: r.onTime ? '#b71c1c' : '#fff', stroke: '#b71c1c', 'stroke-width': 2 });
        dot.appendChild(node('title', {}, r.period + '：' + r.value + '（序时进度 ' + r.planned + '）' + (r.onTime ? '' : '，逾期' + r.daysOverdue + '天')));
        svg.appendChild(dot);
      });
    }
    // quarterly milestones
    c.checks.forEach((check) => {
      const b = c.baselines[c.baselines.length - 1];
      const v = b ? valueOf(b.values[check.quarter - 1], b.quarters[check.quarter - 1]) : 0;
      const px = x(quarterEnd(check.quarter));
      const py = y(Number.isNaN(v) || v === undefined ? 0 : v);
      const mark = node('g', {});
      mark.appendChild(node('circle', { cx: px, cy: py, r: 9, fill: check.reached ? '#2e7d32' : '#c62828' }));
      mark.appendChild(node('text', { x: px, y: py + 4, 'font-size': 12, fill: '#fff', 'text-anchor': 'middle' }, check.reached ? '✓' : '✗'));
      mark.appendChild(node('title', {}, '第' + check.quarter + '季度节点' + (check.reached ? '已达成' : '未达成') + '：计划 ' + check.planned + '，实际 ' + (check.actual || '未报')));
      svg.appendChild(mark);
    });
    $('legend').replaceChildren('蓝色虚线：现行基线的计划序时进度（灰色为此前的基线版本）；红线：各期填报的累计值（空心点为逾期报送）；',
      el('span', { className: 'ok', text: '●✓' }), ' 季度节点达成，', el('span', { className: 'missed', text: '●✗' }), ' 未达成。');
  }

  function reports(c) {
    $('report-count').textContent = c.reports.length ? '共 ' + c.reports.length + ' 次' : '';
    $('reports').replaceChildren(table(['报告期', '频次', '累计完成/状态', '序时进度', '序时完成率', '完成年度目标', '填报人', '填报时间', '截止时间', '按时', '内容'],
      c.reports.slice().reverse().map((r) => [r.period, r.mode, r.value, r.planned, r.trajectory, r.percentOfTarget, who(r.reporter), r.reportedAt, r.dueAt,
        r.onTime ? el('span', { className: 'ok', text: '按时' }) : el('span', { className: 'missed', text: '逾期' + r.daysOverdue + '天' }),
        el('span', {}, details('工作进展等', [['工作进展', r.workDone], ['下步计划', r.nextSteps], ['存在问题', r.problems], ['滞后原因', r.delayReason],
          ['下调原因', r.correctionReason], ['佐证材料说明', r.evidence]]) || '—',
          ...c.evidence.filter((f) => f.purpose === 'PROGRESS' && f.period === r.period).map((f) => el('div', {}, '📎 ', fileLink(f))))]), '尚未填报进度'));
  }

  function fileLink(f) {
    return el('a', { href: f.link, target: '_blank', rel: 'noopener', title: 'SHA-256 ' + f.sha256, text: f.name });
  }

  function evidence(c) {
    const purposes = { PROGRESS: '进度填报', CLOSURE: '办结销号', CORRECTIVE_PLAN: '专班整改方案', EXPLANATION: '情况说明' };
    $('evidence-count').textContent = c.evidence.length ? '共 ' + c.evidence.length + ' 个文件' : '';
    $('evidence').replaceChildren(table(['用途', '报告期', '文件', '类型', '大小', '上传人', '上传时间', 'SHA-256'],
      c.evidence.map((f) => [purposes[f.purpose] || f.purpose, f.period || '—', fileLink(f), f.type, f.size, who(f.uploadedBy),
        Duban.date(new Date(f.uploadedAt).toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai' })),
        el('code', { title: f.sha256, text: f.sha256.slice(0, 16) + '…' })]), '尚无佐证材料文件'));
  }

  function ratings(c) {
    $('ratings').replaceChildren(table(['报告期', '评级', '理由', '上期评级', '升级督办', '填报人', '评级时间'],
      c.ratings.slice().reverse().map((r) => [r.period, Duban.rating(r.rating, r.reason), r.reason, r.previous || '—', r.escalated ? '是' : '否', who(r.reporter), r.ratedAt]),
      '尚未评级'));
  }

  function checks(c) {
    $('checks').replaceChildren(table(['季度', '计划节点', '实际', '结果', '核查时间'],
      c.checks.map((k) => ['第' + k.quarter + '季度', k.planned, k.actual || '未报', k.reached ? el('span', { className: 'ok', text: '达成' })
        : el('span', { className: 'missed', text: '未达成' }), k.checkedAt]), '尚无季度节点核查'));
  }

  function notices(c) {
    $('notices').replaceChildren(table(['督办单', '起因', '督办要求', '整改期限', '下发人', '下发时间', '专班负责人', '整改方案', '报送人', '报送时间'],
      c.notices.map((n) => ['第' + n.id + '号', n.cause, n.requirements, n.dueDate, who(n.issuedBy), n.issuedAt, n.taskForceLead || '—',
        n.correctivePlan || '尚未报送', who(n.planFiledBy), n.planFiledAt]), '未下发督办单'));
  }

  function plan(c) {
    const names = { plan: '报送实施方案', review: '督查室审核', explanation: '逾期未完成情况说明' };
    const labels = { measures: '主要措施', contactPerson: '联系人', contactPhone: '联系电话', plannedQ1: '一季度计划', plannedQ2: '二季度计划',
      plannedQ3: '三季度计划', plannedQ4: '四季度计划', plannedStatusQ1: '一季度节点', plannedStatusQ2: '二季度节点', plannedStatusQ3: '三季度节点',
      plannedStatusQ4: '四季度节点', planDecision: '审核结论', planReviewComment: '审核意见', overdueExplanation: '情况说明' };
    const decisions = { approve: '通过', return: '退回修改' };
    const rounds = c.plan.filter((r) => r.kind !== 'explanation');
    $('plan').replaceChildren(...(rounds.length ? rounds.map((r) => el('div', { className: 'round ' + r.kind },
      el('strong', { text: names[r.kind] }), el('span', { className: 'meta', text: '　' + who(r.by) + ' · ' + r.at }),
      el('dl', { className: 'facts' }, Object.entries(r.values).flatMap(([k, v]) => [el('dt', { text: labels[k] || k }),
        el('dd', { text: k === 'planDecision' ? (decisions[v] || v) : v })])))) : [el('p', { className: 'empty', text: '实施方案尚未报送' })]));
  }

  function baselines(c) {
    $('baselines').replaceChildren(el('h3', { text: '基线版本' }), table(['版本', '目标', '完成时限', '一季度', '二季度', '三季度', '四季度', '原因', '批准人', '时间'],
      c.baselines.map((b) => ['第' + b.version + '版', b.target || '—', b.deadline, ...b.quarters, b.reason, who(b.approvedBy), b.approvedAt]), '尚无基线'));
    $('changes').replaceChildren(el('h3', { text: '延期/调整申请' }), table(['新时限', '新目标', '理由', '申请人', '申请时间', '督查室审核', '区领导审批'],
      c.changes.map((ch) => [ch.newDeadline || '不变', ch.newTarget || '不变', ch.reason, who(ch.requestedBy), ch.requestedAt,
        ch.reviewDecision ? ch.reviewDecision + '（' + who(ch.reviewedBy) + '，' + ch.reviewedAt + '）' + (ch.reviewComment ? '：' + ch.reviewComment : '') : '待审核',
        ch.decision ? ch.decision + '（' + who(ch.decidedBy) + '，' + ch.decidedAt + '）' + (ch.decisionComment ? '：' + ch.decisionComment : '') : '—']),
      '没有延期/调整申请'));
  }

  function closure(c) {
    const parts = [];
    c.closures.forEach((k) => parts.push(el('div', { className: 'round' }, el('strong', { text: '办结销号申请' }),
      el('span', { className: 'meta', text: '　' + who(k.appliedBy) + ' · ' + k.appliedAt }),
      el('dl', { className: 'facts' }, el('dt', { text: '办结情况' }), el('dd', { text: k.summary }), el('dt', { text: '佐证材料' }), el('dd', { text: k.evidence }),
        el('dt', { text: '核验结论' }), el('dd', { text: k.decision ? k.decision + '（' + who(k.verifiedBy) + '，' + k.verifiedAt + '）' : '待核验' }),
        el('dt', { text: '核验意见' }), el('dd', { text: k.comment || '—' })))));
    const closureFiles = c.evidence.filter((f) => f.purpose === 'CLOSURE');
    if (closureFiles.length) {
      parts.push(el('div', { className: 'round' }, el('strong', { text: '办结销号所附文件' }),
        ...closureFiles.map((f) => el('div', {}, '📎 ', fileLink(f), el('span', { className: 'meta', text: '　' + f.type + ' · ' + f.size + ' · ' + who(f.uploadedBy) })))));
    }
    c.plan.filter((r) => r.kind === 'explanation').forEach((r) => parts.push(el('div', { className: 'round explanation' },
      el('strong', { text: '逾期未完成情况说明' }), el('span', { className: 'meta', text: '　' + who(r.by) + ' · ' + r.at }),
      el('p', { text: r.values.overdueExplanation || '' }))));
    $('closure').replaceChildren(...(parts.length ? parts : [el('p', { className: 'empty', text: c.state.code === 'running' ? '仍在推进，尚未申请办结' : c.state.label })]));
  }

  async function load() {
    const id = new URLSearchParams(location.search).get('id');
    if (!id) {
      Duban.failed(new Error('缺少事项编号：请从督办总览打开事项，或在地址中写明 ?id=事项编号'));
      return;
    }
    try {
      await Duban.header();
      const c = await Duban.get('/duban/api/commitments/' + encodeURIComponent(id));
      people = c.people || {};
      header(c);
      $('content').hidden = false;
      chart(c);
      reports(c); evidence(c); ratings(c); checks(c); notices(c); plan(c); baselines(c); closure(c);
    } catch (error) {
      Duban.failed(error);
    }
  }

  load();
})();
