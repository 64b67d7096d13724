// duban: quarterly milestone results on the commitment diagram. Cockpit Community shows only running tokens, and a
// token passes 里程碑达成 / 里程碑未达成 without stopping; the counts come from duban's milestone_check table
// (/duban/api/milestones, for the supervision office, auditors, leaders and administrators).
const escape = (value) => String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));

const COLOURS = { reached: '#2e7d32', missed: '#c62828', scope: '#37474f' };

function badge(kind, text, title, centred) {
  return `<div class="duban-milestone duban-milestone-${kind}" title="${escape(title)}" style="${centred ? 'transform:translateX(-50%);' : ''}` +
    `white-space:nowrap;padding:1px 7px;border-radius:9px;font-size:12px;line-height:16px;font-weight:bold;color:#fff;` +
    `background:${COLOURS[kind]};box-shadow:0 1px 2px rgba(0,0,0,.3)">${escape(text)}</div>`;
}

function perQuarter(quarters) {
  return quarters.length === 0 ? '尚无季度里程碑核对记录'
    : quarters.map((q) => `第${q.quarter}季度：达成 ${q.reached}，未达成 ${q.missed}`).join('；');
}

function draw(viewer, query, scopeText) {
  const registry = viewer.get('elementRegistry');
  // only the commitment process has the milestone events; other diagrams are left alone
  if (!registry.get('Event_MilestoneReached')) {
    return;
  }
  fetch('/duban/api/milestones?' + query, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((response) => (response.ok ? response.json() : null))
    .then((counts) => {
      if (!counts) {
        return; // not one of those who may read the counts: Cockpit's own view stays as it is
      }
      const overlays = viewer.get('overlays');
      const title = perQuarter(counts.quarters);
      const place = (elementId, position, kind, text, centred) => {
        const element = registry.get(elementId);
        if (element) {
          overlays.add(element, 'duban-milestones', { position, html: badge(kind, text, title, centred) });
        }
      };
      // above the 里程碑达成 label (centred on the event), right of the 里程碑未达成 label
      place(counts.reachedElement, { top: -40, left: 18 }, 'reached', `达成 ${counts.reached}`, true);
      place(counts.missedElement, { top: 39, left: 55 }, 'missed', `未达成 ${counts.missed}`, false);
      // on the collapsed 常态化调度, so the counts show without drilling down
      place(counts.scopeElement, { top: 6, left: 90 }, 'scope', `${scopeText}：达成 ${counts.reached} / 未达成 ${counts.missed}`, true);
    })
    .catch(() => {
      // counts are an addition to Cockpit's diagram; without them the diagram still works
    });
}

export default [
  {
    id: 'duban.milestones.definition',
    pluginPoint: 'cockpit.processDefinition.diagram.plugin',
    priority: 10,
    render: (viewer, { processDefinitionId }) => draw(viewer, 'processDefinitionId=' + encodeURIComponent(processDefinitionId), '里程碑')
  },
  {
    id: 'duban.milestones.instance',
    pluginPoint: 'cockpit.processInstance.diagram.plugin',
    priority: 10,
    render: (viewer, { processInstanceId }) => draw(viewer, 'processInstanceId=' + encodeURIComponent(processInstanceId), '本事项里程碑')
  }
];
