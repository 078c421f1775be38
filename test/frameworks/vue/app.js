/**
 * nghiquyet-widgets in Vue 3, with a template compiled in the browser (the full build of Vue).
 * `isCustomElement` tells the compiler that nq-* tags are elements, not Vue components. Vue sets
 * a binding as a property when the element has one (`:resolution`), and `@nq-error` listens to
 * the DOM event of that name.
 */
import { createApp, h, markRaw } from 'vue';
import 'nghiquyet-widgets/kpi-gauge.js';
import 'nghiquyet-widgets/goal-table.js';
import 'nghiquyet-widgets/target-timeline.js';
import 'nghiquyet-widgets/resolution.js';
import seed from '../../../demo/data/nghe-an-khcn-2030.json';
import invalid from '../../../demo/data/samples/invalid.json';

/**
 * A template drops <script> tags; a render function can still give a widget its document as an
 * inline JSON child.
 */
const InlineJson = {
  props: { doc: { type: Object, required: true } },
  render() {
    return h('script', { type: 'application/json', innerHTML: JSON.stringify(this.doc) });
  },
};

const app = createApp({
  components: { InlineJson },
  setup() {
    // markRaw: the element gets the document itself, not a reactive proxy of it
    return { seed: markRaw(seed), invalid: markRaw(invalid), asOf: '2026-11-22' };
  },
  data: () => ({ lang: 'en', explained: '', error: '' }),
  template: `
    <main>
      <button id="lang" type="button" @click="lang = lang === 'en' ? 'vi' : 'en'">
        {{ lang === 'en' ? 'Tiếng Việt' : 'English' }}
      </button>

      <nq-kpi-gauge
        id="gauge"
        :resolution="seed"
        target="pii-top-20"
        :lang="lang"
        :as-of="asOf"
        @nq-explain="explained = ($event.detail.open ? 'open ' : 'closed ') + $event.detail.target"
      ></nq-kpi-gauge>
      <output id="explained">{{ explained }}</output>

      <nq-goal-table id="table" :resolution="invalid" :lang="lang" @nq-error="error = $event.detail.code"></nq-goal-table>
      <output id="error">{{ error }}</output>

      <nq-target-timeline id="timeline" :lang="lang" :as-of="asOf">
        <inline-json :doc="seed" />
      </nq-target-timeline>

      <nq-resolution id="resolution" :resolution="seed" highlight="pii-top-20" :lang="lang" :as-of="asOf"></nq-resolution>
    </main>`,
});
app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('nq-');
app.mount('#app');
