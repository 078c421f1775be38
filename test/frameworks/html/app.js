/**
 * nghiquyet-widgets on a plain page: import once, then use the elements like any other. The
 * widgets take `lang` from the nearest ancestor (the <main> here) unless they have their own.
 */
import 'nghiquyet-widgets';
import seed from '../../../demo/data/nghe-an-khcn-2030.json';
import invalid from '../../../demo/data/samples/invalid.json';

const gauge = document.querySelector('#gauge');
const table = document.querySelector('#table');

// Listen before giving the data: nq-error fires as soon as the document is read.
gauge.addEventListener('nq-explain', (e) => {
  document.querySelector('#explained').textContent = `${e.detail.open ? 'open' : 'closed'} ${e.detail.target}`;
});
table.addEventListener('nq-error', (e) => {
  document.querySelector('#error').textContent = e.detail.code;
});

gauge.resolution = seed; // an object: a property, not an attribute
table.resolution = invalid;
document.querySelector('#resolution').resolution = seed;

document.querySelector('#lang').addEventListener('click', (e) => {
  const main = document.querySelector('main');
  const next = main.lang === 'en' ? 'vi' : 'en';
  // widgets read an ancestor's lang when they render: set it on each, as a page would
  for (const el of main.querySelectorAll('nq-kpi-gauge, nq-goal-table, nq-target-timeline, nq-resolution'))
    el.lang = next;
  main.lang = next;
  e.currentTarget.textContent = next === 'en' ? 'Tiếng Việt' : 'English';
});
