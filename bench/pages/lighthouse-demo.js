// Workload 7's page: 20 of our widgets showing all-kinds.json, each handed the document through its
// `resolution` property. Which widgets depends on the components that exist when it is built.
const COUNTS = {
  'gauge,table,timeline': { gauge: 15, table: 2, timeline: 3 },
  'gauge,table': { gauge: 18, table: 2 },
  'gauge,timeline': { gauge: 17, timeline: 3 },
  gauge: { gauge: 20 },
  table: { table: 20 },
  timeline: { timeline: 20 },
  'table,timeline': { table: 10, timeline: 10 },
};

export function renderDemo(doc, widgets) {
  const counts = COUNTS[widgets.join(',')] ?? {};
  const main = document.getElementById('demo');
  const asOf = '2026-06-30';
  const ids = doc.targets.map((t) => t.id);
  const made = [];
  const make = (tag, props) => {
    const el = Object.assign(document.createElement(tag), { resolution: doc, asOf, lang: 'vi' }, props);
    made.push(el);
    return el;
  };
  const gauges = document.createElement('section');
  gauges.className = 'gauges';
  for (let i = 0; i < (counts.gauge ?? 0); i++) gauges.append(make('nq-kpi-gauge', { target: ids[i % ids.length] }));
  main.append(gauges);
  for (let i = 0; i < (counts.timeline ?? 0); i++)
    main.append(
      make(
        'nq-target-timeline',
        i === 0 ? { targets: 'threshold-on-track' } : { targets: ids.slice(i * 4, i * 4 + 4).join(',') },
      ),
    );
  for (let i = 0; i < (counts.table ?? 0); i++) main.append(make('nq-goal-table', {}));
  document.documentElement.dataset.widgets = String(made.length);
}
