// duban: after a clerk submits a task form, Tasklist says what it led to — for a progress report the rating it
// produced, its reason and whether it escalated — from /duban/api/submissions/{taskId}, with a link to the
// commitment's page. The header also links to 督办总览, and Cockpit links show only to those Cockpit lets in.
const SUBMIT = /\/task\/([^/?#]+)\/submit-form(?:[?#]|$)/;

function element(tag, attributes, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([key, value]) => {
    if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value);
  });
  children.forEach((child) => child && node.appendChild(child));
  return node;
}

const COLOURS = { green: '#2e7d32', yellow: '#f9a825', red: '#c62828', blue: '#1565c0' };

function show(result) {
  document.querySelectorAll('.duban-submit-result').forEach((old) => old.remove());
  const colour = COLOURS[result.rating] || '#1565c0';
  const box = element('div', {
    class: 'duban-submit-result', role: 'status',
    style: 'position:fixed;right:24px;bottom:24px;z-index:2000;max-width:460px;background:#fff;border-left:6px solid '
      + colour + ';box-shadow:0 2px 12px rgba(0,0,0,.25);padding:14px 18px;font-size:14px;line-height:1.6;border-radius:4px',
  });
  box.appendChild(element('div', { style: 'font-weight:bold;font-size:15px;margin-bottom:4px', text: result.ratingLabel
    ? '已提交 · 评级：' + result.ratingLabel : '已提交' }));
  if (result.commitmentId) {
    box.appendChild(element('div', { text: result.commitmentId + ' ' + result.commitmentTitle }));
  }
  if (result.value !== undefined && result.value !== null) {
    box.appendChild(element('div', { text: result.period + ' 累计完成 ' + result.value
      + (result.percentOfTarget ? '，占年度目标 ' + result.percentOfTarget : '')
      + '；本期序时进度 ' + result.planned + '，完成序时进度的 ' + result.trajectory
      + (result.daysOverdue > 0 ? '；逾期 ' + result.daysOverdue + ' 天报送' : '') }));
  }
  if (result.reason) {
    box.appendChild(element('div', { text: '评级理由：' + result.reason }));
  }
  if (result.escalated) {
    box.appendChild(element('div', { style: 'color:#c62828;font-weight:bold', text: '已升级督办：督查室将下发督办单，专班整改期间改为每周报送。' }));
  } else if (result.rating) {
    box.appendChild(element('div', { style: 'color:#555', text: '未触发督办。' }));
  }
  const actions = element('div', { style: 'margin-top:8px;display:flex;gap:16px' });
  if (result.link) {
    actions.appendChild(element('a', { href: result.link, target: '_blank', rel: 'noopener', text: '查看事项详情 ↗' }));
  }
  actions.appendChild(element('a', { href: '#', text: '关闭', onclick: (event) => { event.preventDefault(); box.remove(); } }));
  box.appendChild(actions);
  document.body.appendChild(box);
}

async function announce(taskId) {
  try {
    const response = await fetch('/duban/api/submissions/' + encodeURIComponent(taskId), {
      credentials: 'same-origin', headers: { Accept: 'application/json' },
    });
    if (response.ok) {
      show(await response.json());
    }
  } catch (ignored) {
    // the submission itself succeeded; without the summary Tasklist behaves as before
  }
}

const open = XMLHttpRequest.prototype.open;
const send = XMLHttpRequest.prototype.send;
XMLHttpRequest.prototype.open = function (method, url, ...rest) {
  const match = String(method).toUpperCase() === 'POST' ? SUBMIT.exec(String(url)) : null;
  this.dubanSubmittedTask = match ? decodeURIComponent(match[1]) : null;
  return open.call(this, method, url, ...rest);
};
XMLHttpRequest.prototype.send = function (...args) {
  if (this.dubanSubmittedTask) {
    const taskId = this.dubanSubmittedTask;
    this.addEventListener('load', () => {
      if (this.status >= 200 && this.status < 300) {
        announce(taskId);
      }
    });
  }
  return send.apply(this, args);
};

function linkOverview() {
  const menu = document.querySelector('nav.cam-nav.app-menu > ul');
  if (menu && !menu.querySelector('.duban-overview')) {
    const item = element('li', { class: 'duban-overview' },
      element('a', { href: '/duban/overview.html', text: '督办总览', title: '全部承诺事项的推进情况' }));
    menu.insertBefore(item, menu.firstChild);
  }
}

// the ↗ link beside a task's process opens Cockpit: shown only to those Cockpit lets in
let cockpitChecked = null;
function hideCockpitLinkFromOthers() {
  if (cockpitChecked || !document.querySelector('a.instance-link')) return;
  cockpitChecked = fetch('/duban/api/me', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((me) => {
      if (!me) { cockpitChecked = null; return; }
      if (!(me.apps && me.apps.cockpit)) {
        document.head.appendChild(element('style', { text: 'a.instance-link { display: none !important; }' }));
      }
    }, () => { cockpitChecked = null; });
}

new MutationObserver(() => { linkOverview(); hideCockpitLinkFromOthers(); })
  .observe(document.documentElement, { childList: true, subtree: true });

// loaded as a Tasklist custom script, which is read as a list of plugins: this one adds none
export default [];
