'use strict';
// 晾晒成绩单 page: reads /duban/api/scorecards with the Tasklist/Cockpit login (or HTTP Basic).
(function () {
  const api = '/duban/api/scorecards';
  const $ = (id) => document.getElementById(id);
  const state = { trend: null, current: null };

  async function get(url) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      throw Object.assign(new Error('需要登录'), { login: true });
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new Error(body.message || ('请求失败：' + response.status));
    }
    return body;
  }

  function text(value) {
    return value === null || value === undefined ? '' : String(value);
  }

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
      span.textContent = '▲' + value; span.className = 'up';
    } else if (value < 0) {
      span.textContent = '▼' + (-value); span.className = 'down';
    } else {
      span.textContent = '—';
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

  function sparkline(scores) {
    const svg = svgElement('svg', { width: 80, height: 20, viewBox: '0 0 80 20', class: 'sparkline' });
    const points = scores.map((score, i) => score === null ? null
      : [scores.length === 1 ? 40 : (i * 78) / (scores.length - 1) + 1, 19 - (score / 100) * 18]).filter(Boolean);
    if (points.length > 0) {
      svg.appendChild(svgElement('polyline', { points: points.map((p) => p.join(',')).join(' '), fill: 'none', stroke: '#1565c0', 'stroke-width': 1.5 }));
    }
    svg.style.width = '80px';
    return svg;
  }

  function drawBars(rows) {
    const svg = $('bars');
    svg.innerHTML = '';
    const height = rows.length * 22 + 10;
    svg.setAttribute('viewBox', '0 0 420 ' + height);
    svg.style.height = height + 'px';
    rows.forEach((row, i) => {
      const y = 5 + i * 22;
      svg.appendChild(svgElement('text', { x: 110, y: y + 14, 'text-anchor': 'end', 'font-size': 12 }, row.bureauName));
      svg.appendChild(svgElement('rect', { x: 115, y: y + 3, width: Math.max(1, row.score * 2.6), height: 15,
        fill: { green: '#2e7d32', yellow: '#f9a825', red: '#c62828' }[band(row.score)] }));
      svg.appendChild(svgElement('text', { x: 120 + row.score * 2.6, y: y + 14, 'font-size': 11 }, row.score.toFixed(2)));
    });
  }

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
    const width = 420; const height = 220; const left = 40; const bottom = 190; const top = 15;
    svg.setAttribute('viewBox', '0 0 ' + width + ' ' + height);
    svg.style.height = height + 'px';
    const maxRank = Math.max(1, ...state.trend.bureaus.flatMap((b) => b.rankings.filter((r) => r !== null)));
    const x = (i) => periods.length === 1 ? (left + width) / 2 : left + (i * (width - left - 20)) / (periods.length - 1);
    const yScore = (s) => bottom - ((bottom - top) * s) / 100;
    const yRank = (r) => top + ((bottom - top) * (r - 1)) / Math.max(1, maxRank - 1);
    [0, 50, 100].forEach((s) => {
      svg.appendChild(svgElement('line', { x1: left, x2: width - 10, y1: yScore(s), y2: yScore(s), stroke: '#e0e0e0' }));
      svg.appendChild(svgElement('text', { x: left - 6, y: yScore(s) + 4, 'text-anchor': 'end', 'font-size': 10 }, s));
    });
    periods.forEach((label, i) => {
      svg.appendChild(svgElement('text', { x: x(i), y: height - 12, 'text-anchor': 'middle', 'font-size': 9 }, label.replace(/^\d+年/, '')));
    });
    const line = (values, y, attributes) => {
      const points = values.map((v, i) => v === null ? null : [x(i), y(v)]).filter(Boolean);
      svg.appendChild(svgElement('polyline', Object.assign({ points: points.map((p) => p.join(',')).join(' '), fill: 'none' }, attributes)));
      points.forEach((p) => svg.appendChild(svgElement('circle', { cx: p[0], cy: p[1], r: 2.5, fill: attributes.stroke })));
    };
    line(bureau.scores.map((s) => s === null ? null : Number(s)), yScore, { stroke: '#1565c0', 'stroke-width': 2 });
    line(bureau.rankings, yRank, { stroke: '#b71c1c', 'stroke-width': 1.5, 'stroke-dasharray': '4 3' });
  }

  async function showDetails(scorecardId, row) {
    $('details').hidden = false;
    $('details-name').textContent = row.bureauName;
    const body = $('commitments').querySelector('tbody');
    body.innerHTML = '';
    $('details-message').textContent = '';
    try {
      const details = await get(api + '/' + scorecardId + '/bureaus/' + encodeURIComponent(row.bureauId));
      details.commitments.forEach((c) => {
        const tr = document.createElement('tr');
        cell(tr, c.commitmentId); cell(tr, c.title); cell(tr, c.targetText);
        const rating = document.createElement('span');
        if (c.rating) { rating.className = 'dot ' + (c.rating === 'blue' ? 'yellow' : c.rating); }
        const ratingCell = cell(tr, rating);
        ratingCell.appendChild(document.createTextNode({ green: '绿', yellow: '黄', red: '红', blue: '临近时限' }[c.rating] || '未评级'));
        cell(tr, c.trajectoryRatio === null ? '' : Number(c.trajectoryRatio).toFixed(2));
        cell(tr, c.lastReportPeriod);
        cell(tr, c.cumulativeValue !== null ? c.cumulativeValue : c.progressStatus);
        cell(tr, c.lastReportOnTime === null ? '' : (c.lastReportOnTime ? '是' : '否'));
        body.appendChild(tr);
      });
      if (details.commitments.length === 0) $('details-message').textContent = '本单位无牵头事项';
    } catch (e) {
      $('details-message').textContent = e.message;
    }
  }

  async function showScorecard(id) {
    const scorecard = await get(api + '/' + id);
    state.current = scorecard;
    $('status').textContent = { PUBLISHED: '已发布', DRAFT: '草稿（未发布）', DISCARDED: '已作废' }[scorecard.status];
    $('status').className = 'badge ' + scorecard.status;
    $('hash').textContent = scorecard.contentHash
      ? (scorecard.hashVerified ? '内容哈希校验一致 ' : '内容哈希校验不一致！ ') + scorecard.contentHash.substring(0, 16) + '…' : '';
    $('download').href = api + '/' + id + '/xlsx';
    $('meta').textContent = '统计期 ' + scorecard.periodStart + ' 至 ' + scorecard.periodEnd
      + (scorecard.reviewedBy ? '；审核 ' + scorecard.reviewedBy : '') + (scorecard.approvedBy ? '；批准 ' + scorecard.approvedBy : '')
      + (scorecard.publishedAt ? '；发布于 ' + scorecard.publishedAt.replace('T', ' ') : '');
    const body = $('ranking').querySelector('tbody');
    body.innerHTML = '';
    scorecard.rows.forEach((row) => {
      const tr = document.createElement('tr');
      tr.dataset.bureau = row.bureauId;
      if (row.mine) tr.className = 'mine';
      cell(tr, row.ranking);
      cell(tr, change(row.rankChange));
      cell(tr, row.bureauName);
      const score = document.createElement('span');
      score.innerHTML = '<span class="dot ' + band(row.score) + '"></span>';
      score.appendChild(document.createTextNode(Number(row.score).toFixed(2)));
      cell(tr, score, 'score');
      cell(tr, row.figures.reportsOnTime + '/' + row.figures.reportsDue);
      cell(tr, dots(row.figures));
      cell(tr, row.figures.notices);
      cell(tr, row.figures.escalations);
      cell(tr, row.figures.closures);
      const adjustment = cell(tr, Number(row.adjustment) === 0 ? '' : (row.adjustment > 0 ? '+' : '') + row.adjustment);
      adjustment.title = text(row.adjustmentReason);
      const trend = state.trend && state.trend.bureaus.find((b) => b.bureauId === row.bureauId);
      cell(tr, trend ? sparkline(trend.scores.map((s) => s === null ? null : Number(s))) : '');
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
      const list = await get(api);
      state.trend = await get(api + '/trend');
      $('user').textContent = '当前用户：' + list.user;
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
