/**
 * nghiquyet-widgets in React 19, with no wrapper: React 19 sets a prop as a property when the
 * element has one (`resolution`), as an attribute otherwise (`as-of`), and listens to custom
 * events with `on` + the event's exact name (`onnq-explain`).
 */
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'nghiquyet-widgets/kpi-gauge.js';
import 'nghiquyet-widgets/goal-table.js';
import 'nghiquyet-widgets/target-timeline.js';
import 'nghiquyet-widgets/resolution.js';
import seed from '../../../demo/data/nghe-an-khcn-2030.json';
import invalid from '../../../demo/data/samples/invalid.json';

const AS_OF = '2026-11-22';

function App() {
  const [lang, setLang] = useState('en');
  const [explained, setExplained] = useState('');
  const [error, setError] = useState('');
  return (
    <main>
      <button id="lang" type="button" onClick={() => setLang(lang === 'en' ? 'vi' : 'en')}>
        {lang === 'en' ? 'Tiếng Việt' : 'English'}
      </button>

      <nq-kpi-gauge
        id="gauge"
        resolution={seed}
        target="pii-top-20"
        lang={lang}
        as-of={AS_OF}
        onnq-explain={(e) => setExplained(`${e.detail.open ? 'open' : 'closed'} ${e.detail.target}`)}
      />
      <output id="explained">{explained}</output>

      <nq-goal-table id="table" resolution={invalid} lang={lang} onnq-error={(e) => setError(e.detail.code)} />
      <output id="error">{error}</output>

      {/* The document as an inline JSON child: React renders it as text, never runs it. */}
      <nq-target-timeline id="timeline" lang={lang} as-of={AS_OF}>
        <script type="application/json" dangerouslySetInnerHTML={{ __html: JSON.stringify(seed) }} />
      </nq-target-timeline>

      {/* The whole document in one tag: its parts get the document from it. */}
      <nq-resolution id="resolution" resolution={seed} highlight="pii-top-20" lang={lang} as-of={AS_OF} />
    </main>
  );
}

createRoot(document.getElementById('root')).render(<App />);
