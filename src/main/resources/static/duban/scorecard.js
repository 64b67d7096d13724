'use strict';
// 晾晒成绩单 page: reads /duban/api/scorecards with the Tasklist/Cockpit login (or HTTP Basic). Loaded after
// duban.js, whose header shows Cockpit only to those Cockpit lets in.
(function () {
  const api = '/duban/api/scorecards';
  const $ = (id) => document.getElementById(id);
  const state = { trend: null, current: null };

  function text(value) {
    return value === null || value === undefined ? '' : String(value);
  }

  // numbers as the page writes them: 97.86分, 第3名, 2份
  const points = (value) => Number(value).toFixed(2) + '分';
  const place = (rank) => '第' + rank + '名';
  const signedPoints = (value) => (Number(value) > 0 ? '+' : '') + points(value);

  function cell(row, content, className) {
    const td = document.createElement('td');
    if (content instanceof Node) {
      td.appendChild(content);
    } else {
      td.textContent = text(content);
    }
    if (className) td.className = className;
    row.appendChild(td);
    return td;
  }

  function band(score) {
    return score >= 85 ? 'green' : score >= 60 ? 'yellow' : 'red';
  }

  function dots(figures) {
    const span = document.createElement('span');
    span.title = '绿灯' + figures.green + '项，黄灯' + figures.yellow + '项，红灯' + figures.red + '项';
    [['green', figures.green], ['yellow', figures.yellow], ['red', figures.red]].forEach(([color, count]) => {
      const dot = document.createElement('span');
      dot.className = 'dot ' + color;
      span.appendChild(dot);
      span.appendChild(document.createTextNode(count));
    });
    return span;
  }

  function change(value) {
    const span = document.createElement('span');
    if (value === null || value === undefined) {
      span.textContent = '新';
    } else if (value > 0) {
      span.textContent = '▲' + value + '名'; span.className = 'up';
    } else if (value < 0) {
      span.textContent = '▼' + (-value) + '名'; span.className = 'down';
    } else {
      span.textContent = '持平';
    }
    return span;
  }

  const SVG = 'http://www.w3.org/2000/svg';
  function svgElement(name, attributes, content) {
    const element = document.createElementNS(SVG, name);
    Object.entries(attributes).forEach(([key, value]) => element.setAttribute(key, value));
    if (content !== undefined) element.textContent = content;
    return element;
  }

  // a score axis that holds every published score, in steps of 10, always showing 0 and 100
  function scoreRange(scores) {
    const known = scores.filter((s) => s !== null && s !== undefined).map(Number);
    const low = Math.min(0, ...known);
    const high = Math.max(100, ...known);
    return { min: Math.floor(low / 10) * 10, max: Math.ceil(high / 10) * 10 };
  }

  function sparkline(scores, range) {
    const svg = svgElement('svg', { width: 80, height: 20, viewBox: '0 0 80 20', class: 'sparkline' });
    const span = Math.max(1, range.max - range.min);
    const points = scores.map((score, i) => score === null ? null
      : [scores.length === 1 ? 40 : (i * 78) / (scores.length - 1) + 1, 19 - ((score - range.min) / span) * 18]).filter(Boolean);
    if (points.length > 0) {
      svg.appendChild(svgElement('polyline', { points: points.map((p) => p.join(',')).join(' '), fill: 'none', stroke: '#1565c0', 'stroke-width': 1.5 }));
    }
    svg.style.width = '80px';
    return svg;
  }

  function drawBars(rows) {
    const svg = $('bars');
    svg.innerHTML = '';
    const height = rows.length * 22 + 30;
    const range = scoreRange(rows.map((r) => r.score));
    const left = 115; const right = 360;
    const x = (s) => left + ((Number(s) - range.min) * (right - left)) / Math.max(1, range.max - range.min);
    svg.setAttribute('viewBox', '0 0 420 ' + height);
    svg.style.height = height + 'px';
    [range.min, 100, range.max].filter((v, i, all) => all.indexOf(v) === i).forEach((s) => {
      svg.appendChild(svgElement('line', { x1: x(s), x2: x(s), y1: 2, y2: height - 22, stroke: s === 100 ? '#9e9e9e' : '#e0e0e0',
        'stroke-dasharray': s === 100 ? '3 2' : '' }));
      svg.appendChild(svgElement('text', { x: x(s), y: height - 10, 'text-anchor': 'middle', 'font-size': 10 }, s + '分'));
    });
    rows.forEach((row, i) => {
      const y = 5 + i * 22;
      const from = x(Math.max(range.min, 0)); const to = x(row.score);
      svg.appendChild(svgElement('text', { x: left - 5, y: y + 14, 'text-anchor': 'end', 'font-size': 12 }, row.bureauName));
      svg.appendChild(svgElement('rect', { x: Math.min(from, to), y: y + 3, width: Math.max(1, Math.abs(to - from)), height: 15,
        fill: { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' }[band(row.score)] }));
      svg.appendChild(svgElement('text', { x: Math.max(from, to) + 4, y: y + 14, 'font-size': 11 }, points(row.score)));
    });
  }

  // score on the left axis (分), rank on the right axis (名) with 第1名 at the top
  function drawTrend(bureauId) {
    const svg = $('trend');
    svg.innerHTML = '';
    if (!state.trend) return;
    const bureau = state.trend.bureaus.find((b) => b.bureauId === bureauId) || state.trend.bureaus[0];
    if (!bureau) {
      svg.appendChild(svgElement('text', { x: 10, y: 20, 'font-size': 13 }, '尚无已发布的成绩单'));
      return;
    }
    $('trend-name').textContent = bureau.bureauName;
    const periods = state.trend.periods;
    const width = 420; const height = 240; const left = 48; const right = width - 44; const top = 28; const bottom = 200;
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.style.height = height + 'px';
    const range = scoreRange(state.trend.bureaus.flatMap((b) => b.scores));
    const maxRank = Math.max(2, state.trend.bureaus.length, ...state.trend.bureaus.flatMap((b) => b.rankings.filter((r) => r !== null)));
    const x = (i) => periods.length === 1 ? (left + right) / 2 : left + (i * (right - left)) / (periods.length - 1);
    const yScore = (s) => bottom - ((bottom - top) * (s - range.min)) / Math.max(1, range.max - range.min);
    const yRank = (r) => top + ((bottom - top) * (r - 1)) / (maxRank - 1);
    const scoreTicks = [range.min, (range.min + range.max) / 2, range.max, 100].filter((v, i, all) => all.indexOf(v) === i);
    scoreTicks.forEach((s) => {
      svg.appendChild(svgElement('line', { x1: left, x2: right, y1: yScore(s), y2: yScore(s), stroke: '#e0e0e0' }));
      svg.appendChild(svgElement('text', { x: left - 6, y: yScore(s) + 4, 'text-anchor': 'end', 'font-size': 10, fill: '#1565c0' }, s));
    });
    [1, Math.round((1 + maxRank) / 2), maxRank].filter((v, i, all) => all.indexOf(v) === i).forEach((r) => {
      svg.appendChild(svgElement('text', { x: right + 6, y: yRank(r) + 4, 'font-size': 10, fill: '#b71c1c' }, r));
    });
    svg.appendChild(svgElement('line', { x1: left, x2: left, y1: top, y2: bottom, stroke: '#1565c0' }));
    svg.appendChild(svgElement('line', { x1: right, x2: right, y1: top, y2: bottom, stroke: '#b71c1c' }));
    svg.appendChild(svgElement('text', { x: left, y: 14, 'text-anchor': 'middle', 'font-size': 11, fill: '#1565c0', class: 'axis-score' }, '得分（分）'));
    svg.appendChild(svgElement('text', { x: right, y: 14, 'text-anchor': 'middle', 'font-size': 11, fill: '#b71c1c', class: 'axis-rank' }, '名次（名）'));
    periods.forEach((label, i) => {
      svg.appendChild(svgElement('text', { x: x(i), y: bottom + 18, 'text-anchor': 'middle', 'font-size': 9 }, label.replace(/^\d+年/, '')));
    });
    svg.appendChild(svgElement('text', { x: (left + right) / 2, y: height - 4, 'text-anchor': 'middle', 'font-size': 10 }, '统计月份'));
    const line = (values, y, attributes, describe) => {
      const points = values.map((v, i) => v === null ? null : [x(i), y(v), periods[i], v]).filter(Boolean);
      svg.appendChild(svgElement('polyline', Object.assign({ points: points.map((p) => p[0] + ',' + p[1]).join(' '), fill: 'none' }, attributes)));
      points.forEach((p) => {
        const dot = svgElement('circle', { cx: p[0], cy: p[1], r: 2.5, fill: attributes.stroke });
        dot.appendChild(svgElement('title', {}, p[2] + '：' + describe(p[3])));
        svg.appendChild(dot);
      });
    };
    line(bureau.scores.map((s) => s === null ? null : Number(s)), yScore, { stroke: '#1565c0', 'stroke-width': 2, class: 'score-line' }, points);
    line(bureau.rankings, yRank, { stroke: '#b71c1c', 'stroke-width': 1.5, 'stroke-dasharray': '4 3', class: 'rank-line' }, place);
  }

  async function showDetails(scorecardId, row) {
    $('details').hidden = false;
    $('details-name').textContent = row.bureauName;
    const body = $('commitments').querySelector('tbody');
    body.innerHTML = '';
    $('details-message').textContent = '';
    try {
      const details = await Duban.get(api + '/' + scorecardId + '/bureaus/' + encodeURIComponent(row.bureauId));
      details.commitments.forEach((c) => {
        const tr = document.createElement('tr');
        cell(tr, c.commitmentId); cell(tr, c.title); cell(tr, c.target || '定性目标');
        const rating = document.createElement('span');
        if (c.rating) { rating.className = 'dot ' + (c.rating === 'blue' ? 'yellow' : c.rating); }
        const ratingCell = cell(tr, rating);
        ratingCell.appendChild(document.createTextNode({ green: '绿', yellow: '黄', red: '红', blue: '临近时限' }[c.rating] || '未评级'));
        cell(tr, c.trajectory, 'num');
        cell(tr, c.lastReportPeriod);
        cell(tr, c.cumulative !== null ? c.cumulative : c.progressStatus, c.cumulative !== null ? 'num' : null);
        cell(tr, c.lastReportOnTime === null ? '' : (c.lastReportOnTime ? '是' : '否'));
        body.appendChild(tr);
      });
      if (details.commitments.length === 0) $('details-message').textContent = '本单位无牵头事项';
    } catch (e) {
      $('details-message').textContent = e.message;
    }
  }

  async function showScorecard(id) {
    const scorecard = await Duban.get(api + '/' + id);
    state.current = scorecard;
    $('status').textContent = { PUBLISHED: '已发布', DRAFT: '草稿（未发布）', DISCARDED: '已作废' }[scorecard.status];
    $('status').className = 'badge ' + scorecard.status;
    $('hash').textContent = scorecard.contentHash
      ? (scorecard.hashVerified ? '内容哈希校验一致 ' : '内容哈希校验不一致！ ') + scorecard.contentHash.substring(0, 16) + '…' : '';
    $('download').href = api + '/' + id + '/xlsx';
    $('meta').textContent = '统计期 ' + scorecard.periodStart + ' 至 ' + scorecard.periodEnd + '，共' + scorecard.rows.length + '个牵头单位'
      + (scorecard.reviewedBy ? '；审核 ' + scorecard.reviewedBy : '') + (scorecard.approvedBy ? '；批准 ' + scorecard.approvedBy : '')
      + (scorecard.publishedAt ? '；发布于 ' + scorecard.publishedAt.replace('T', ' ') : '');
    const body = $('ranking').querySelector('tbody');
    body.innerHTML = '';
    const range = scoreRange(state.trend ? state.trend.bureaus.flatMap((b) => b.scores) : []);
    scorecard.rows.forEach((row) => {
      const f = row.figures;
      const tr = document.createElement('tr');
      tr.dataset.bureau = row.bureauId;
      if (row.mine) tr.className = 'mine';
      cell(tr, place(row.ranking), 'rank');
      cell(tr, change(row.rankChange));
      cell(tr, row.bureauName);
      const score = document.createElement('span');
      score.innerHTML = '<span class="dot ' + band(row.score) + '"></span>';
      score.appendChild(document.createTextNode(points(row.score)));
      cell(tr, score, 'score num');
      cell(tr, f.reportsOnTime + '/' + f.reportsDue + '份', 'num');
      cell(tr, f.overdueDays > 0 ? f.overdueDays + '天' : '—', f.overdueDays > 0 ? 'num late' : 'num');
      cell(tr, row.trajectory || '—', 'num');
      cell(tr, dots(f));
      cell(tr, f.notices + '份', 'num');
      cell(tr, f.escalations + '次', 'num');
      cell(tr, f.closures + '项', 'num');
      const adjustment = cell(tr, Number(row.adjustment) === 0 ? '' : signedPoints(row.adjustment), 'num');
      adjustment.title = text(row.adjustmentReason);
      const trend = state.trend && state.trend.bureaus.find((b) => b.bureauId === row.bureauId);
      cell(tr, trend ? sparkline(trend.scores.map((s) => s === null ? null : Number(s)), range) : '');
      const button = document.createElement('button');
      button.className = 'detail';
      button.textContent = row.detailsVisible ? '明细' : '仅汇总';
      button.disabled = !row.detailsVisible;
      button.addEventListener('click', (event) => { event.stopPropagation(); showDetails(id, row); });
      cell(tr, button);
      tr.addEventListener('click', () => drawTrend(row.bureauId));
      body.appendChild(tr);
    });
    drawBars(scorecard.rows);
    const mine = scorecard.rows.find((r) => r.mine);
    drawTrend(mine ? mine.bureauId : (scorecard.rows[0] || {}).bureauId);
    const explanations = $('explanations');
    explanations.innerHTML = '';
    if (scorecard.explanations.length === 0) {
      explanations.textContent = scorecard.status === 'PUBLISHED' ? '暂无情况说明' : '发布后排名靠后的单位将在此说明情况';
    }
    scorecard.explanations.forEach((e) => {
      const div = document.createElement('div');
      div.className = 'explanation';
      const title = document.createElement('strong');
      title.textContent = e.bureauName + '（' + e.filedAt.replace('T', ' ') + '）';
      const p1 = document.createElement('p'); p1.textContent = '情况说明：' + e.explanation;
      const p2 = document.createElement('p'); p2.textContent = '整改措施：' + e.measures;
      div.append(title, p1, p2);
      explanations.appendChild(div);
    });
  }

  async function start() {
    try {
      const [list, trend] = await Promise.all([Duban.get(api), Duban.get(api + '/trend'), Duban.header()]);
      state.trend = trend;
      $('content').hidden = false;
      const select = $('period');
      list.scorecards.forEach((s) => {
        const option = document.createElement('option');
        option.value = s.id;
        option.textContent = s.label + (s.status === 'PUBLISHED' ? '' : s.status === 'DRAFT' ? '（草稿）' : '（已作废）');
        select.appendChild(option);
      });
      if (list.scorecards.length === 0) {
        $('meta').textContent = '尚无可查看的成绩单';
        return;
      }
      const wanted = new URLSearchParams(location.search).get('id');
      if (wanted && list.scorecards.some((s) => String(s.id) === wanted)) select.value = wanted;
      select.addEventListener('change', () => showScorecard(select.value).catch(fail));
      await showScorecard(select.value);
    } catch (e) {
      fail(e);
    }
  }

  function fail(e) {
    if (e.login) {
      $('login').hidden = false;
      $('content').hidden = true;
      return;
    }
    $('error').hidden = false;
    $('error').textContent = e.message;
  }

  start();
})();
