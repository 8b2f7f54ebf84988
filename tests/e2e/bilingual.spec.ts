import { expect, test, type Page } from '@playwright/test';
import {
  alignRow,
  correction,
  openApp,
  openDocument,
  openPair,
  placeCaret,
  segment,
} from './support.ts';

const source = (page: Page, n: number) =>
  page.getByRole('textbox', { name: `Source ${n}`, exact: true });

test('a source and its MT open as three aligned columns, the 1-2 link in one row', async ({
  page,
}) => {
  await openApp(page);
  await openPair(page);
  await expect(page.getByText('6 segments shown')).toBeVisible();
  await expect(source(page, 5)).toHaveValue('坚持共商共建共享原则，推动构建人类命运共同体。');
  await expect(segment(page, 5)).toContainText('Adhere to the principle');
  await expect(segment(page, 5)).toContainText('community of human destiny');
  await expect(correction(page, 6)).toHaveValue(/^By 2020/);
  await expect(source(page, 1)).toHaveAttribute('lang', 'zh-CN');
  await expect(source(page, 1)).toHaveAttribute('dir', 'ltr');
});

test('alignment repairs in the grid are undoable and persist across a reload', async ({ page }) => {
  await openApp(page);
  await openPair(page);
  // Split the MT of row 5 at the cursor: its second sentence becomes a row of its own.
  await placeCaret(page, 5, (await correction(page, 5).inputValue()).indexOf('Promote'));
  await alignRow(page, 5, 'Split MT and correction 5 at the cursor');
  // Splitting one side moves that column down: the MT below is now one row lower…
  await expect(page.getByText('7 segments shown')).toBeVisible();
  await expect(correction(page, 6)).toHaveValue(/^Promote the construction/);
  await expect(correction(page, 7)).toHaveValue(/^By 2020/);
  await expect(source(page, 7)).toHaveValue('');
  // …so the reviewer moves the source of row 6 down to pair it again with "By 2020".
  await alignRow(page, 6, 'Move source 6 down');
  await expect(source(page, 6)).toHaveValue('');
  await expect(source(page, 7)).toHaveValue('到2020年，试验区建设取得明显成效。');

  await page.reload();
  await expect(page.getByText('7 segments shown')).toBeVisible();
  await expect(source(page, 7)).toHaveValue('到2020年，试验区建设取得明显成效。');
  // Merge the two rows back with the dialog, then undo and redo that merge.
  await alignRow(page, 5, 'Merge with the next row');
  await expect(page.getByText('6 segments shown')).toBeVisible();
  await expect(correction(page, 5)).toHaveValue(/sharing\. Promote/);
  await expect(source(page, 6)).toHaveValue('到2020年，试验区建设取得明显成效。');
  await page.keyboard.press('Control+z');
  await expect(page.getByText('7 segments shown')).toBeVisible();
  await page.keyboard.press('Control+y');
  await expect(page.getByText('6 segments shown')).toBeVisible();
});

test('sentence mode splits rows into aligned sentences and switching back keeps corrections', async ({
  page,
}) => {
  await openApp(page);
  await openPair(page);
  await page.getByRole('combobox', { name: 'Segments' }).selectOption('sentence');
  await expect(page.getByText('7 segments shown')).toBeVisible();
  await expect(source(page, 5)).toHaveValue('坚持共商共建共享原则，推动构建人类命运共同体。');
  await correction(page, 6).fill(
    'Promote the building of a community with a shared future for mankind.',
  );
  await page.getByRole('combobox', { name: 'Segments' }).selectOption('paragraph');
  await expect(page.getByText('6 segments shown')).toBeVisible();
  await expect(correction(page, 5)).toHaveValue(
    'Adhere to the principle of consultation, joint construction and sharing. Promote the building of a community with a shared future for mankind.',
  );
});

test('an XLIFF 2 file opens with its states, notes and protected inline codes', async ({
  page,
}) => {
  await openApp(page);
  const xliff = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-CN" trgLang="en">
 <file id="f1">
  <unit id="u1">
   <notes><note>Title of the plan</note></notes>
   <segment state="reviewed"><source>总体方案</source><target>General plan</target></segment>
  </unit>
  <unit id="u2">
   <segment><source><pc id="1">一带一路</pc>倡议</source><target><pc id="1">one belt and one road</pc> initiative</target></segment>
  </unit>
 </file>
</xliff>`;
  await openDocument(page, {
    name: 'plan.xlf',
    mimeType: 'application/xml',
    buffer: Buffer.from(xliff),
  });
  await expect(page.getByText('2 segments shown')).toBeVisible();
  await expect(segment(page, 1).getByRole('combobox', { name: 'Status 1' })).toHaveValue(
    'reviewed',
  );
  await expect(segment(page, 1).getByRole('button', { name: 'Comments (1)' })).toBeVisible();
  await expect(correction(page, 2)).toHaveValue('⟨1⟩one belt and one road⟨/1⟩ initiative');
  // Typing inside a placeholder is undone: the code stays whole.
  const editor = correction(page, 2);
  await editor.evaluate((e: HTMLTextAreaElement) => e.setSelectionRange(1, 1));
  await editor.press('x');
  await expect(editor).toHaveValue('⟨1⟩one belt and one road⟨/1⟩ initiative');
  await expect(segment(page, 2).getByText('Inline codes (⟨1⟩) are protected')).toBeVisible();
});

test('an invalid XLIFF file is refused with the rule and the position', async ({ page }) => {
  await openApp(page);
  const bad = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">
 <file id="f1"><unit id="u1"><segment><source>a</source></segment></unit><unit id="u1"><segment><source>b</source></segment></unit></file>
</xliff>`;
  await openDocument(page, {
    name: 'dup.xlf',
    mimeType: 'application/xml',
    buffer: Buffer.from(bad),
  });
  await expect(page.getByRole('alert')).toContainText('dup.xlf');
  await expect(page.getByRole('alert')).toContainText(/line 3, column \d+/);
  await expect(page.getByRole('alert')).toContainText('is used twice');
});

test('a file with a DOCTYPE is refused before any entity is read', async ({ page }) => {
  await openApp(page);
  const xxe = `<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]><tmx version="1.4"><header srclang="en"/><body><tu><tuv xml:lang="en"><seg>&x;</seg></tuv></tu></body></tmx>`;
  await openDocument(page, {
    name: 'xxe.tmx',
    mimeType: 'application/xml',
    buffer: Buffer.from(xxe),
  });
  await expect(page.getByRole('alert')).toContainText('xxe.tmx');
  await expect(page.getByRole('alert')).toContainText(/DOCTYPE/);
});

test('a TSV that does not say its languages asks for them, then opens', async ({ page }) => {
  await openApp(page);
  const tsv =
    '一带一路\tone belt and one road\t\n人类命运共同体\tcommunity of human destiny\tcheck glossary\n';
  await openDocument(page, {
    name: 'terms.tsv',
    mimeType: 'text/tab-separated-values',
    buffer: Buffer.from(tsv),
  });
  const dialog = page.getByRole('dialog', { name: 'Languages of “terms.tsv”' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Source language' }).fill('zh-CN');
  await dialog.getByRole('textbox', { name: 'Target language' }).fill('en');
  await dialog.getByRole('button', { name: 'Open' }).click();
  await expect(page.getByText('2 segments shown')).toBeVisible();
  await expect(source(page, 2)).toHaveValue('人类命运共同体');
  await expect(segment(page, 2).getByRole('button', { name: 'Comments (1)' })).toBeVisible();
});

test('a large import shows its progress and can be cancelled, storing nothing', async ({
  page,
}) => {
  await openApp(page);
  const units = Array.from(
    { length: 60000 },
    (_, i) =>
      `<tu tuid="${i}"><tuv xml:lang="zh-CN"><seg>第${i}段，推进“一带一路”建设。</seg></tuv><tuv xml:lang="en"><seg>Paragraph ${i}: promote the construction of the Belt and Road.</seg></tuv></tu>`,
  ).join('\n');
  const tmx = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="test" creationtoolversion="1" segtype="paragraph" o-tmf="none" adminlang="en" srclang="zh-CN" datatype="plaintext"/><body>\n${units}\n</body></tmx>`;
  await openDocument(page, {
    name: 'big.tmx',
    mimeType: 'application/xml',
    buffer: Buffer.from(tmx),
  });
  const progress = page.getByRole('dialog', { name: 'Importing “big.tmx”…' });
  await expect(progress).toBeVisible();
  await progress.getByRole('button', { name: 'Cancel import' }).click();
  await expect(page.getByRole('alert')).toContainText('Import cancelled');
  await expect(progress).toBeHidden();
  await expect(page.getByText('19 segments shown')).toBeVisible();
  await page.getByRole('button', { name: 'Projects' }).click();
  await expect(
    page.getByRole('dialog', { name: 'Projects' }).getByRole('button', { name: /^Delete / }),
  ).toHaveCount(1);
});
