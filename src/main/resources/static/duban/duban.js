'use strict';
// What every duban page shares: reading the API with the webapps' login, the header's links (Cockpit only for
// those Cockpit lets in), and the words and colours of ratings. Pages load this first, then their own script.
window.Duban = (function () {
  const RATINGS = {
    green: { label: '绿灯', hint: '进度正常' },
    yellow: { label: '黄灯', hint: '进度滞后' },
    red: { label: '红灯', hint: '严重滞后' },
    blue: { label: '蓝灯', hint: '临近时限' }
  };

  class ApiError extends Error {
    constructor(message, status) {
      super(message);
      this.status = status;
      this.login = status === 401;
    }
  }

  async function get(url) {
    const response = await fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } });
    if (response.status === 401) {
      throw new ApiError('需要登录', 401);
    }
    const body = await response.json().catch(() => ({}));
    if (!response.ok) {
      throw new ApiError(body.message || ('请求失败（HTTP ' + response.status + '）'), response.status);
    }
    return body;
  }

  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    Object.entries(attributes || {}).forEach(([key, value]) => {
      if (value === null || value === undefined || value === false) return;
      if (key === 'text') node.textContent = String(value);
      else if (key === 'className') node.className = value;
      else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value === true ? '' : String(value));
    });
    children.flat().forEach((child) => {
      if (child === null || child === undefined || child === '') return;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    });
    return node;
  }

  function rating(code, reason) {
    const known = RATINGS[code];
    if (!known) return el('span', { className: 'rating none', text: '未评级' });
    return el('span', { className: 'rating ' + code, title: reason || known.hint }, el('span', { className: 'dot ' + code }), known.label);
  }

  function ratingLabel(code) {
    return RATINGS[code] ? RATINGS[code].label : '未评级';
  }

  let me = null;
  async function whoAmI() {
    if (!me) me = await get('/duban/api/me');
    return me;
  }

  // header: <nav id="nav"></nav>; the current page's link is marked
  async function header() {
    const nav = document.getElementById('nav');
    const user = await whoAmI();
    if (!nav) return user;
    const apps = user.apps || {};
    const inGroup = (id) => (user.groups || []).some((group) => group.id === id);
    const links = [
      ['/duban/overview.html', '督办总览'],
      ['/duban/scorecard.html', '晾晒成绩单']
    ];
    if (inGroup('shenji') || inGroup('camunda-admin')) links.push(['/duban/audit.html', '审计导出']);
    if (inGroup('duchashi') || inGroup('camunda-admin')) links.push(['/duban/drafting.html', '起草助手']);
    if (apps.tasklist) links.push(['/camunda/app/tasklist/', '任务清单']);
    if (apps.cockpit) links.push(['/camunda/app/cockpit/', '驾驶舱']);
    nav.replaceChildren(...links.map(([href, label]) =>
      el('a', { href, className: location.pathname === href ? 'current' : null, text: label })),
      bell(), el('span', { className: 'user', title: user.userId, text: user.name }));
    return user;
  }

  // 通知: the unread count beside the user; opened, the newest notifications, each a link to its task
  function bell() {
    const count = el('span', { className: 'count' });
    const list = el('ul');
    const box = el('details', { className: 'bell', title: '通知' }, el('summary', {}, '通知 ', count), list);
    get('/duban/api/notifications').then((inbox) => {
      count.textContent = inbox.unread ? String(inbox.unread) : '';
      list.replaceChildren(...(inbox.notifications.length ? inbox.notifications.map((n) =>
        el('li', { className: n.read ? 'read' : 'unread' },
          el('a', { href: n.link || '#', title: n.body, text: n.title, onclick: () => markRead(n.id) }),
          el('small', { text: date(n.createdAt) }))) : [el('li', { text: '暂无通知' })]));
    }).catch(() => { box.hidden = true; });
    return box;
  }

  // a write through the webapps' login carries their CSRF token (README: Who sees what); its cookie belongs to
  // /camunda, so duban's pages read the token from /duban/api/me
  async function writeToken() {
    const who = await whoAmI().catch(() => ({}));
    return who.csrfToken || '';
  }

  async function markRead(id) {
    const token = await writeToken();
    fetch('/duban/api/notifications/' + id + '/read', { method: 'POST', credentials: 'same-origin', keepalive: true,
      headers: { 'X-XSRF-TOKEN': token, Accept: 'application/json' } });
  }

  // shows why the page cannot show its data: a login link, or the server's Chinese message
  function failed(error) {
    const box = document.getElementById('error');
    if (!box) return;
    box.hidden = false;
    if (error && error.login) {
      box.replaceChildren('请先登录：在 ', el('a', { href: '/camunda/app/tasklist/', text: '任务清单' }), '（各单位、督查室、区领导）或 ',
        el('a', { href: '/camunda/app/cockpit/', text: '驾驶舱' }), '（督查室、审计）登录后返回本页。');
    } else {
      box.textContent = (error && error.message) || '页面加载失败';
    }
  }

  function date(value) {
    return value ? String(value).replace('T', ' ').slice(0, 16) : '';
  }

  return { get, el, rating, ratingLabel, whoAmI, writeToken, header, failed, date, RATINGS };
})();
