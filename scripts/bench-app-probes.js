// In-page probes of the app benchmark (scripts/bench-app.js), installed as an init script so they
// survive reloads. Everything is timed inside the page (event timestamps, performance.now(),
// requestAnimationFrame), so the driver's CDP round trips are not counted.
//
// "Painted" = the DOM shows the result, the next animation frame ran, and a task posted from that frame
// ran: the frame's style, layout and paint are done.

/** Installs `window.__bench`. Runs in the page: no closure over Node values. */
export function installProbes() {
  const all = (root, selector, out = []) => {
    for (const el of root.querySelectorAll('*')) {
      if (el.matches(selector)) out.push(el);
      if (el.shadowRoot) all(el.shadowRoot, selector, out);
    }
    return out;
  };
  /** Row `n`, from a cache while it is still connected and still row `n` (a walk of the whole DOM
   * per frame would count the probe's own work in the keystroke figure). */
  const rows = new Map();
  const row = (n) => {
    const label = `Segment ${n}`;
    const cached = rows.get(n);
    if (cached?.isConnected && cached.getAttribute('aria-label') === label) return cached;
    const found = all(document, 'verso-segment-row').find(
      (r) => r.getAttribute('aria-label') === label,
    );
    if (found) rows.set(n, found);
    return found;
  };
  const editor = (n) => row(n)?.shadowRoot?.querySelector('textarea.editor') ?? null;
  const scroller = () => all(document, 'lit-virtualizer')[0];
  /** Resolves with the time a task posted from the current frame runs (its rendering is done). */
  const afterThisFrame = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  /** Checks `predicate` every frame; resolves with the time its first true frame was painted. */
  const whenPainted = async (predicate) => {
    for (;;) {
      await nextFrame();
      if (predicate()) return afterThisFrame();
    }
  };
  /** The "after" text a diff view shows: kept and inserted runs, without screen-reader labels. */
  const diffAfter = (view) => {
    let text = '';
    for (const node of view.shadowRoot?.childNodes ?? []) {
      if (node.nodeType === Node.TEXT_NODE) text += node.data;
      else if (node.nodeName === 'INS') {
        for (const inner of node.childNodes)
          if (inner.nodeType === Node.TEXT_NODE) text += inner.data;
      }
    }
    return text;
  };

  const bench = {
    /** Row 1 shows `text` (the first paragraph of a just-opened document), with a source or not. */
    firstRowIs: (text, bilingual = false) =>
      whenPainted(
        () =>
          editor(1)?.value === text &&
          Boolean(row(1)?.shadowRoot?.querySelector('textarea.source')) === bilingual,
      ),
    /** Records the time of the next file chosen through the toolbar's file input. */
    armFileInput() {
      bench.fileChosenAt = undefined;
      all(document, 'input[type=file]')[0]?.addEventListener(
        'change',
        (e) => (bench.fileChosenAt = e.timeStamp),
        { once: true },
      );
    },
    /**
     * For every key pressed from now on: keydown → the first animation frame in which `shown()` is
     * true (`frame`), and → that frame painted (`painted`); samples in `bench.keySamples`.
     */
    watchKeydowns(shown) {
      const samples = [];
      let since = null;
      const check = () => {
        if (since === null) return;
        if (!shown()) {
          requestAnimationFrame(check);
          return;
        }
        const t0 = since;
        since = null;
        const frame = performance.now() - t0;
        void afterThisFrame().then((t) => samples.push({ frame, painted: t - t0 }));
      };
      window.addEventListener(
        'keydown',
        (e) => {
          since = e.timeStamp;
          requestAnimationFrame(check);
        },
        true,
      );
      bench.keySamples = samples;
    },
    /** `watchKeydowns` until row `n`'s diff view shows the editor's new text. */
    watchKeys(n) {
      bench.watchKeydowns(() => {
        const field = editor(n);
        const view = row(n)?.shadowRoot?.querySelector('verso-diff-view');
        return Boolean(field && view && diffAfter(view) === field.value);
      });
    },
    /** Resolves with the time the store goes saving → saved and the indicator is painted. */
    saveCycle() {
      const store = document.querySelector('verso-app').store;
      return new Promise((resolve) => {
        let saving = false;
        const onChange = () => {
          if (store.state.save === 'saving') saving = true;
          else if (saving && store.state.save === 'saved') {
            stop();
            resolve(
              whenPainted(() =>
                all(document, '[role=status]').some((s) =>
                  s.textContent.includes('All changes saved'),
                ),
              ),
            );
          }
        };
        const stop = store.subscribe(onChange);
      });
    },
    /** Records the time of the next click on a button whose text is `label`. */
    armClick(label) {
      bench.clickedAt = undefined;
      const onClick = (e) => {
        const target = e.composedPath()[0];
        if (target instanceof HTMLElement && target.textContent.trim() === label) {
          bench.clickedAt = e.timeStamp;
          window.removeEventListener('click', onClick, true);
        }
      };
      window.addEventListener('click', onClick, true);
    },
    /** Scrolls the grid back to the top (the grid keeps its position when another project opens). */
    async scrollToTop() {
      scroller().scrollTop = 0;
      await nextFrame();
      return afterThisFrame();
    },
    /**
     * Scrolls the grid from top to bottom, `viewports` screens a frame, until the last row is rendered;
     * returns every frame's duration (rAF to rAF).
     */
    async scrollThrough(viewports, lastRow) {
      const el = scroller();
      el.scrollTop = 0;
      await nextFrame();
      const frames = [];
      let last = await nextFrame();
      for (let i = 0; i < 100000; i += 1) {
        el.scrollTop += el.clientHeight * viewports;
        const now = await nextFrame();
        frames.push(now - last);
        last = now;
        if (el.scrollTop + el.clientHeight >= el.scrollHeight - 2 && row(lastRow)) break;
      }
      return { frames, reachedLast: Boolean(row(lastRow)) };
    },
  };
  window.__bench = bench;
  // A reload that times the reopening of the last project: started before the app's own scripts run.
  const expected = sessionStorage.getItem('bench-expect-first');
  if (expected !== null) {
    sessionStorage.removeItem('bench-expect-first');
    bench.reopened = bench.firstRowIs(expected);
  }
}
