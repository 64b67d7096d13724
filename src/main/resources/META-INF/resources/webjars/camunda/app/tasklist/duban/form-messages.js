// duban: the form library's own checks (before a form is sent) speak Chinese, like the server's refusals.
// The library writes its messages in English into .fjs-form-field-error; they are translated where they appear.
const MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填。'],
  [/^Field must have minimum value of (.+)\.$/, (m) => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, (m) => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, (m) => `至少 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, (m) => `不能超过 ${m[1]} 个字。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确，请按说明填写。'],
  [/^Field must be a valid email\.$/, () => '须为有效的电子邮箱地址。'],
];

function translate(text) {
  const trimmed = text.trim();
  for (const [pattern, chinese] of MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

function translateWithin(root) {
  const containers = root.querySelectorAll ? root.querySelectorAll('.fjs-form-field-error') : [];
  containers.forEach((container) => {
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const chinese = translate(node.nodeValue);
      if (chinese) {
        node.nodeValue = chinese;
      }
    }
  });
}

new MutationObserver(() => translateWithin(document)).observe(document.documentElement, {
  childList: true, subtree: true, characterData: true,
});

// loaded as a Tasklist custom script, which is read as a list of plugins: this one adds none
export default [];
