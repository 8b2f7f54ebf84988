/**
 * The correction editor of a segment row in a real browser: the caret stays after what the reviewer
 * types, also at the first key after an edit inside an inline code was refused (issue 11 item 2:
 * the hint going away re-rendered the row before the store had the new text, the editor went back to
 * the older text with the caret before the key, and the next key landed in front of it).
 */
import { ContextProvider } from '@lit/context';
import i18next from 'i18next';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { Segment } from '../../../../src/core/model/model.ts';
import en from '../../../../src/i18n/locales/en.json';
import { i18nContext } from '../../../../src/i18n/localize.ts';
import { storeContext } from '../../../../src/state/context.ts';
import type { Store } from '../../../../src/state/store.ts';
import '../../../../src/ui/grid/verso-segment-row.ts';
import type { VersoSegmentRow } from '../../../../src/ui/grid/verso-segment-row.ts';

const TEXT = '⟨1⟩one belt and one road⟨/1⟩ initiative';

const SEGMENT: Segment = {
  id: 's1',
  mt: TEXT,
  text: TEXT,
  status: 'new',
  comments: [],
  revisionCount: 1,
  updatedAt: 0,
  codes: [
    { n: 1, kind: 'open', element: 'pc', id: '1', data: '<pc id="1">' },
    { n: 1, kind: 'close', element: 'pc', id: '1', data: '</pc>' },
  ],
};

/**
 * A row in a host that provides the i18n context and answers typing as the grid does: the store
 * takes the text at once, the row gets the new segment at the grid's next render (a microtask on).
 */
async function mountRow(): Promise<{ row: VersoSegmentRow; editor: HTMLTextAreaElement }> {
  const i18n = i18next.createInstance();
  await i18n.init({
    lng: 'en',
    resources: { en: { translation: en } },
    interpolation: { escapeValue: false },
  });
  const host = document.createElement('div');
  document.body.append(host);
  new ContextProvider(host, { context: i18nContext, initialValue: i18n });
  // The presence badges read the store: an unshared project's (no sync, nothing to subscribe to).
  const store = { state: { sync: undefined }, subscribe: () => () => undefined };
  new ContextProvider(host, { context: storeContext, initialValue: store as unknown as Store });
  const row = document.createElement('verso-segment-row');
  row.segment = SEGMENT;
  row.number = 1;
  row.addEventListener('verso-segment-edited', (e) => {
    queueMicrotask(() => (row.segment = { ...row.segment, text: e.text }));
  });
  host.append(row);
  await row.updateComplete;
  const editor = row.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea.editor')!;
  return { row, editor };
}

/** Lets the row's and the "grid's" updates run. */
async function settle(row: VersoSegmentRow): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await row.updateComplete;
}

afterEach(() => document.body.replaceChildren());

/** Mounts a row and types "5" inside ⟨1⟩ (after its "⟨"), which the row refuses. */
async function refusedKey(): Promise<{ row: VersoSegmentRow; editor: HTMLTextAreaElement }> {
  const mounted = await mountRow();
  mounted.editor.focus();
  mounted.editor.setSelectionRange(1, 1);
  await userEvent.keyboard('5');
  await settle(mounted.row);
  return mounted;
}

describe('verso-segment-row typing', () => {
  it('refuses a key typed inside an inline code and says so', async () => {
    const { row, editor } = await refusedKey();
    expect(editor.value).toBe(TEXT);
    expect(row.shadowRoot!.querySelector('[role=status]')?.textContent).toMatch(/protected/);
  });

  it('keeps the caret after each key typed once the protected-code hint shows', async () => {
    const { row, editor } = await refusedKey();
    editor.setSelectionRange(TEXT.length, TEXT.length);
    await userEvent.keyboard('B');
    await settle(row);
    expect(editor.selectionStart).toBe(TEXT.length + 1);
    await userEvent.keyboard('C');
    await settle(row);
    expect(editor.value).toBe(`${TEXT}BC`);
    expect(row.segment.text).toBe(`${TEXT}BC`);
    expect(row.shadowRoot!.querySelector('[role=status]')).toBeNull();
  });
});
