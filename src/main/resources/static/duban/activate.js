document.getElementById('activate').addEventListener('submit', async (event) => {
  event.preventDefault();
  const value = (id) => document.getElementById(id).value;
  const result = document.getElementById('result');
  if (value('password') !== value('repeat')) {
    result.className = 'error';
    result.textContent = '两次输入的新密码不一致';
    return;
  }
  const response = await fetch('/duban/api/activation', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ userId: value('userId'), code: value('code'), password: value('password') })
  });
  const body = await response.json().catch(() => ({ message: '请求失败：' + response.status }));
  result.className = response.ok ? '' : 'error';
  result.textContent = body.message;
  if (response.ok) {
    result.innerHTML = '';
    result.append(body.message + '：');
    const link = document.createElement('a');
    link.href = '/camunda/app/tasklist/';
    link.textContent = '前往任务清单登录';
    result.append(link);
  }
});
