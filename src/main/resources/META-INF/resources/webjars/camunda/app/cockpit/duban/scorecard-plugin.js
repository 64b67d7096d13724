// duban: the latest published 晾晒成绩单 on Cockpit's dashboard, with a link to the scorecard page, and a link to
// 督办总览 (/duban/overview.html), the overview of every commitment.
const escape = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

function line(entry) {
  const change = entry.rankChange > 0 ? ` <span style="color:#2e7d32">▲${entry.rankChange}</span>`
    : entry.rankChange < 0 ? ` <span style="color:#c62828">▼${-entry.rankChange}</span>` : '';
  return `<li>第${escape(entry.ranking)}名 ${escape(entry.bureauName)} <strong>${Number(entry.score).toFixed(2)}</strong>${change}</li>`;
}

export default {
  id: 'duban.scorecard.dashboard',
  pluginPoint: 'cockpit.dashboard',
  priority: 20,
  render: (node) => {
    node.innerHTML = '<p class="duban-overview-link"><a class="btn btn-primary" href="/duban/overview.html">督办总览</a></p>'
      + '<section class="duban-scorecard"><h3>晾晒成绩单</h3><p>加载中…</p></section>';
    fetch('/duban/api/scorecards/latest', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then((response) => response.ok ? response.json() : Promise.reject(new Error('成绩单暂不可用（' + response.status + '）')))
      .then((latest) => {
        const section = node.querySelector('.duban-scorecard');
        if (!latest.published) {
          section.innerHTML = `<h3>晾晒成绩单</h3><p>${escape(latest.message)}</p><p><a href="/duban/scorecard.html">打开成绩单页面</a></p>`;
          return;
        }
        section.innerHTML = `
          <h3>晾晒成绩单 · ${escape(latest.label)}</h3>
          <p>发布于 ${escape(latest.publishedAt.replace('T', ' '))}，共 ${escape(latest.bureaus)} 个牵头单位参与排名，${escape(latest.explanations)} 份情况说明。</p>
          <div style="display:flex;gap:48px">
            <div><h4>前三名</h4><ol style="list-style:none;padding:0">${latest.top.map(line).join('')}</ol></div>
            <div><h4>后三名</h4><ol style="list-style:none;padding:0">${latest.bottom.map(line).join('')}</ol></div>
          </div>
          <p><a class="btn btn-default" href="${escape(latest.link)}">查看完整成绩单、走势和明细</a></p>`;
      })
      .catch((error) => {
        node.querySelector('.duban-scorecard').innerHTML = `<h3>晾晒成绩单</h3><p>${escape(error.message)}</p>`;
      });
  }
};
