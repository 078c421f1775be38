// Small helpers the adapters share. None of them runs inside a timed section except box().

export const GAUGE_SIZE = { width: 240, height: 160 };

/** A sized box inside a cell, for libraries that need an explicit size. */
export function box(cell, width = GAUGE_SIZE.width, height = GAUGE_SIZE.height, tag = 'div') {
  const el = document.createElement(tag);
  if (tag === 'canvas') {
    el.width = width;
    el.height = height;
  } else {
    el.style.width = `${width}px`;
    el.style.height = `${height}px`;
  }
  cell.append(el);
  return el;
}

/** All text under a node, through open shadow roots. */
export function deepText(node) {
  let text = '';
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) text += n.data + ' ';
    if (n.shadowRoot) walk(n.shadowRoot);
    for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return text.replace(/\s+/g, ' ');
}

/** True when text under `node` shows `value` (with or without a thousands separator or unit). */
export function showsNumber(node, value) {
  const text = deepText(node);
  const plain = String(value);
  return text.includes(plain) || text.includes(plain.replace('.', ','))
    ? true
    : `"${plain}" not in the text: ${text.slice(0, 160)}`;
}

/** True when a canvas has non-transparent pixels (it was drawn on). */
export function inked(canvas) {
  const ctx = canvas.getContext('2d');
  const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
  for (let i = 3; i < data.length; i += 4 * 7) if (data[i] !== 0) return true;
  return 'the canvas is blank';
}

/** A label and a value as HTML beside a canvas, the way canvas-only libraries' docs add text. */
export function captions(cell, item) {
  const label = document.createElement('div');
  label.className = 'label';
  label.textContent = item.label;
  const value = document.createElement('div');
  value.className = 'value';
  value.textContent = `${item.value}${item.unit}`;
  cell.prepend(label);
  cell.append(value);
  return { label, value };
}

/**
 * Resolves once `predicate()` is true, checking after every task (MessageChannel), up to `timeout` ms.
 * The channel is closed when it settles: an open MessagePort with an onmessage handler is a pending
 * activity that Chromium never collects, and it would keep the predicate, and so the widget it
 * reads, alive for the rest of the page (the memory workload then counted every unmounted widget).
 */
export function until(predicate, timeout = 60000, what = 'condition') {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const ch = new MessageChannel();
    const settle = (fn, value) => {
      ch.port1.onmessage = null;
      ch.port1.close();
      fn(value);
    };
    ch.port1.onmessage = () => {
      try {
        if (predicate()) return settle(resolve);
      } catch (e) {
        return settle(reject, e);
      }
      if (performance.now() - start > timeout) return settle(reject, new Error(`timed out waiting for ${what}`));
      ch.port2.postMessage(0);
    };
    ch.port2.postMessage(0);
  });
}

/** The table's columns for peers and floors, in the order our table shows them. */
export const TABLE_COLUMNS = [
  ['ref', 'Mục'],
  ['label', 'Chỉ tiêu'],
  ['status', 'Trạng thái'],
  ['latest', 'Số mới nhất'],
  ['goal', 'Mục tiêu'],
  ['deadline', 'Thời hạn'],
  ['progress', 'Tiến độ'],
];
export const TABLE_HEIGHT = 600;
