/**
 * Issue 11 through the UI, the review flow: what the professional reviewer met, as they met it
 * (statuses after a change, the review queue, QA that follows every change, learned fixes, find and
 * replace, counted words).
 */
import { expect, test, type Page } from '@playwright/test';
import { correction, openApp, openDocument, reveal, waitSaved } from './support.ts';

test.describe('item 8: the review queue', () => {
  test('excluded segments are never queued and each row says why it is ranked', async ({
    page,
  }) => {
    await openApp(page);
    // The reviewer leaves the seed's boilerplate (segments 1 to 3) out of the edition.
    for (const n of [1, 2, 3])
      await page
        .getByRole('combobox', { name: `Status ${n}`, exact: true })
        .selectOption('excluded');
    await waitSaved(page);
    // No QA panel opened: the queue checks the document itself.
    await page.getByRole('button', { name: 'Review queue' }).click();
    const rows = page.getByRole('group', { name: /^Segment \d+$/ });
    const first = rows.first();
    const why = (row: typeof first) =>
      row.getByRole('list', { name: /^Why segment \d+ is in the queue$/ });
    await expect(why(first).getByRole('listitem').first()).toHaveText(
      /^.+: \d+ (error|warning)s?$/,
      { timeout: 20_000 }, // the whole-document check runs in a worker
    );
    // The top three are there for their findings, not for being short headings.
    for (let i = 0; i < 3; i += 1)
      await expect(
        why(rows.nth(i))
          .getByText(/: \d+ (error|warning)/)
          .first(),
      ).toBeVisible();
    // Alt+↓ walks the queue and never into an excluded segment.
    const name = (await first.getAttribute('aria-label')) ?? '';
    const n = Number(/\d+/.exec(name)?.[0]);
    await correction(page, n).focus();
    for (let step = 0; step < 8; step += 1) {
      await page.keyboard.press('Alt+ArrowDown');
      const focused = page.locator('verso-segment-row:focus-within');
      await expect(focused).toHaveCount(1);
      await expect(focused).not.toHaveAttribute('data-status', 'excluded');
      await expect(why(focused).getByRole('listitem').first()).toBeVisible();
    }
    await page.screenshot({ path: 'test-results/review-queue.png' });
  });

  test('the reasons are in Chinese in the Chinese UI', async ({ page }) => {
    await page.goto('/?lng=zh-CN');
    await page.getByRole('button', { name: '审校队列' }).click();
    const first = page.locator('verso-segment-row').first();
    await expect(first.getByRole('list', { name: /^第 \d+ 段为何在审校队列中$/ })).toBeVisible();
    await expect(first.getByRole('listitem').first()).toHaveText(/^.+：\d+ 个(错误|警告)$/, {
      timeout: 20_000,
    });
  });
});

/** The review progress as the filter bar shows it ("N of M reviewed"). */
function progress(page: Page) {
  return page.getByText(/^\d+ of \d+ reviewed$/);
}

/** Opens Find and replace with `find` → `replace` typed in. */
async function findReplace(page: Page, find: string, replace: string) {
  await page.getByRole('button', { name: 'Find and replace' }).click();
  const dialog = page.getByRole('dialog', { name: 'Find and replace' });
  await dialog.getByRole('textbox', { name: 'Find' }).fill(find);
  await dialog.getByRole('textbox', { name: 'Replace with' }).fill(replace);
  return dialog;
}

test.describe('item 1: a change to a reviewed segment’s text sets it back to edited', () => {
  test('typing in a reviewed segment: edited, progress falls; Undo brings Reviewed back', async ({
    page,
  }) => {
    await openApp(page);
    const status = page.getByRole('combobox', { name: 'Status 4', exact: true });
    await status.selectOption('reviewed');
    await expect(progress(page)).toHaveText(/^1 of/);
    await correction(page, 4).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' Now');
    await expect(status).toHaveValue('edited');
    await expect(progress(page)).toHaveText(/^0 of/);
    await waitSaved(page);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect(correction(page, 4)).not.toHaveValue(/ Now$/);
    await expect(status).toHaveValue('reviewed');
    await expect(progress(page)).toHaveText(/^1 of/);
  });

  test('Replace all over a reviewed segment makes it edited', async ({ page }) => {
    await openApp(page);
    const status = page.getByRole('combobox', { name: 'Status 6', exact: true });
    await status.selectOption('reviewed');
    await expect(progress(page)).toHaveText(/^1 of/);
    const dialog = await findReplace(page, 'one belt and one way', 'Belt and Road');
    await expect(dialog.getByText('2 hits in 2 segments; 2 will be replaced.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Replace all' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(correction(page, 6)).toHaveValue(/"Belt and Road" development/);
    await expect(status).toHaveValue('edited');
    await expect(progress(page)).toHaveText(/^0 of/);
  });
});

test.describe('item 9: find and replace', () => {
  test('Ctrl+Enter on a hit checkbox replaces; an unticked hit stays unticked and unchanged', async ({
    page,
  }) => {
    await openApp(page);
    const dialog = await findReplace(page, 'one belt and one way', 'Belt and Road');
    const first = dialog.getByRole('checkbox', { name: 'Include hit 1 (segment 6)' });
    await first.uncheck();
    await expect(dialog.getByText('2 hits in 2 segments; 1 will be replaced.')).toBeVisible();
    const second = dialog.getByRole('checkbox', { name: /^Include hit 2 / });
    await second.focus();
    await page.keyboard.press('Control+Enter');
    await expect(correction(page, 6)).toHaveValue(/"one belt and one way" development/);
    // Still listed (its text did not change) and still unticked.
    await expect(first).not.toBeChecked();
    await expect(dialog.getByText('1 hit in 1 segment; 0 will be replaced.')).toBeVisible();
  });

  test('an invalid regular expression is named once', async ({ page }) => {
    await openApp(page);
    const dialog = await findReplace(page, '(unclosed', 'x');
    await dialog.getByRole('checkbox', { name: 'Regular expression' }).check();
    const message = dialog.getByText(/Invalid regular expression/);
    await expect(message).toBeVisible();
    expect((await message.textContent())?.match(/Invalid regular expression/gi)).toHaveLength(1);
  });

  test('Find next shows each hit in turn and Replace changes that one only', async ({ page }) => {
    await openApp(page);
    const dialog = await findReplace(page, 'one belt and one way', 'Belt and Road');
    await dialog.getByRole('button', { name: 'Find next' }).click();
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect(correction(page, 6)).toHaveValue(/"Belt and Road" development/);
    await expect(dialog.getByText('1 hit in 1 segment; 1 will be replaced.')).toBeVisible();
  });

  test('Find next right after typing the replacement: the reached hit stays reached', async ({
    page,
  }) => {
    await openApp(page);
    await page.getByRole('button', { name: 'Find and replace' }).click();
    const dialog = page.getByRole('dialog', { name: 'Find and replace' });
    await dialog.getByRole('textbox', { name: 'Find' }).fill('one belt and one way');
    await expect(dialog.getByText('2 hits in 2 segments; 2 will be replaced.')).toBeVisible();
    // The search of the new replacement waits for a pause in typing; Find next does not wait.
    await dialog.getByRole('textbox', { name: 'Replace with' }).fill('Belt and Road');
    await dialog.getByRole('button', { name: 'Find next' }).click();
    await page.waitForTimeout(400);
    await expect(dialog.getByRole('listitem').first()).toHaveAttribute('aria-current', 'true');
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect(correction(page, 6)).toHaveValue(/"Belt and Road" development/);
  });
});

/** Opens the QA panel (no whole-document check asked for) and waits for its first findings. */
async function openQa(page: Page) {
  await page.getByRole('button', { name: 'Quality checks' }).click();
  const panel = page.getByRole('region', { name: 'Quality checks' });
  await expect(panel.getByRole('listitem').first()).toBeVisible({ timeout: 20_000 });
  return panel;
}

test.describe('item 4: QA findings follow every change', () => {
  /** The group heading of a check, "Name (count)", and the Huludao spelling finding. */
  function checks(panel: ReturnType<Page['getByRole']>) {
    const heading = (name: string) =>
      panel.getByRole('region', { name, exact: true }).getByRole('heading');
    return {
      punctuation: heading('Chinese punctuation'),
      spelling: heading('Spelling'),
      names: heading('Names'),
      huludao: panel.getByRole('button', { name: 'Ignore in segment 13: “Huludao”' }),
    };
  }

  test('Fix all on Chinese punctuation leaves spelling alone; Undo brings the findings back, Redo takes them', async ({
    page,
  }) => {
    await openApp(page);
    const panel = await openQa(page);
    const c = checks(panel);
    await expect(c.punctuation).toContainText('Chinese punctuation (7)');
    await expect(c.spelling).toContainText('Spelling (1)');
    await expect(c.names).toContainText('Names (15)');
    await expect(c.huludao).toBeVisible();
    // Nobody asks for "Check the whole document": the panel follows the change by itself.
    await panel.getByRole('button', { name: 'Fix all 7: Chinese punctuation' }).click();
    await expect(c.punctuation).toHaveCount(0);
    await expect(c.spelling).toContainText('Spelling (1)');
    await expect(c.names).toContainText('Names (15)');
    await expect(c.huludao).toBeVisible();
    await waitSaved(page);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect(correction(page, 10)).toHaveValue(/^——/);
    await expect(c.punctuation).toContainText('Chinese punctuation (7)');
    await expect(c.spelling).toContainText('Spelling (1)');
    await waitSaved(page);
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    await expect(c.punctuation).toHaveCount(0);
    await expect(c.huludao).toBeVisible();
  });

  test('Replace all and Restore from History move the findings with the text', async ({ page }) => {
    await openApp(page);
    const panel = await openQa(page);
    const c = checks(panel);
    await expect(c.punctuation).toContainText('Chinese punctuation (7)');
    const dialog = await findReplace(page, '——', '—');
    await expect(dialog.getByText('7 hits in 7 segments; 7 will be replaced.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Replace all' }).click();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(correction(page, 10)).toHaveValue(/^— Policy/);
    await page.getByRole('button', { name: 'Quality checks' }).click();
    await expect(c.punctuation).toHaveCount(0);
    await expect(c.spelling).toContainText('Spelling (1)');
    await expect(c.huludao).toBeVisible();
    await waitSaved(page);
    // Segment 10's imported revision comes back from its History: so does its finding, alone.
    await (await reveal(page, 10)).getByRole('button', { name: 'History' }).click();
    await page
      .getByRole('region', { name: 'History of segment 10' })
      .getByRole('button', { name: 'Restore revision 1' })
      .click();
    await expect(correction(page, 10)).toHaveValue(/^—— Policy/);
    await page.getByRole('button', { name: 'Quality checks' }).click();
    await expect(c.punctuation).toContainText('Chinese punctuation (1)');
    await expect(panel.getByRole('button', { name: 'Fix segment 10: “——” → “—”' })).toBeVisible();
    await expect(c.huludao).toBeVisible();
  });
});

test.describe('item 6: a learned change of case is offered only where its context matches', () => {
  test('“province” → “Province” in “Liaoning province” is offered for segment 18 alone, ticked', async ({
    page,
  }) => {
    await openApp(page);
    await reveal(page, 9);
    const editor = correction(page, 9);
    const before = await editor.inputValue();
    expect(before).toContain('Liaoning province 5500 years ago');
    await editor.fill(before.replace('Liaoning province', 'Liaoning Province'));
    await editor.blur();
    const offer = page.getByRole('status').filter({ hasText: 'You changed' });
    await expect(offer).toHaveText(
      /You changed “province” to “Province”\. The same phrase is in 1 other segment\./,
    );
    await offer.getByRole('button', { name: 'Review and apply…' }).click();
    const dialog = page.getByRole('dialog', {
      name: 'Apply “Liaoning province” → “Liaoning Province” elsewhere',
    });
    const hits = dialog.getByRole('list', { name: 'Hits' }).getByRole('listitem');
    // Not "the whole province." (12) nor "the province's strength" (18): only "Liaoning province".
    await expect(hits).toHaveCount(1);
    await expect(
      dialog.getByRole('checkbox', { name: 'Include hit 1 (segment 18)' }),
    ).toBeChecked();
    // Whole words, an ellipsis where the context is cut.
    await expect(hits.first()).toContainText(/…new road of "one belt and one road", Liaoning/);
    await expect(hits.first()).toContainText(/fully implements Xi Jinping's new…\s*$/);
    await dialog.getByRole('button', { name: 'Apply to 1 hit' }).click();
    await expect(correction(page, 18)).toHaveValue(/Liaoning Province fully implements/);
    await expect(correction(page, 18)).toHaveValue(/takes the province's strength/);
    await expect(correction(page, 12)).toHaveValue(/the whole province\./);
  });

  test('with weak evidence nothing is ticked, and the banner counts segments, not hits', async ({
    page,
  }) => {
    await openApp(page);
    await openDocument(page, {
      name: 'province.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(
        [
          'We saw the province today.',
          'They left the province today, and the province today was calm.',
          'The whole province.',
        ].join('\n\n'),
      ),
    });
    const editor = correction(page, 1);
    await expect(editor).toHaveValue('We saw the province today.');
    await editor.fill('We saw the Province today.');
    await editor.blur();
    const offer = page.getByRole('status').filter({ hasText: 'You changed' });
    await expect(offer).toHaveText(
      /You changed “province” to “Province”\. The same phrase is in 1 other segment\./,
    );
    await offer.getByRole('button', { name: 'Review and apply…' }).click();
    const dialog = page.getByRole('dialog', { name: /^Apply “.+” → “.+” elsewhere$/ });
    const boxes = dialog.getByRole('checkbox', { name: /^Include hit/ });
    await expect(boxes).toHaveCount(2);
    await expect(
      dialog.getByRole('checkbox', { name: 'Include hit 1 (segment 2)' }),
    ).not.toBeChecked();
    await expect(
      dialog.getByRole('checkbox', { name: 'Include hit 2 (segment 2)' }),
    ).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: 'Apply to 0 hits' })).toBeDisabled();
  });
});

test.describe('item 10: counted words in both languages', () => {
  const TEXT = 'Alpha beta alpha.\n\nGamma in 辽宁  today.';

  /** Opens the two-paragraph document through the button `openLabel`; `editor` names correction 1. */
  async function openWords(page: Page, openLabel: string, editor = 'Correction 1') {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: openLabel }).click();
    await (
      await chooser
    ).setFiles({
      name: 'words.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(TEXT),
    });
    await expect(page.getByRole('textbox', { name: editor, exact: true })).toHaveValue(
      'Alpha beta alpha.',
    );
  }

  test('English: “1 hit in 1 segment”, “2 hits in 1 segment”, “1 error, 1 warning”', async ({
    page,
  }) => {
    await openApp(page);
    await openWords(page, 'Open document');
    const dialog = await findReplace(page, 'alpha', 'x');
    await expect(dialog.getByText('2 hits in 1 segment; 2 will be replaced.')).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Find' }).fill('Gamma');
    await expect(dialog.getByText('1 hit in 1 segment; 1 will be replaced.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await page.getByRole('button', { name: 'Quality checks' }).click();
    const counts = page.locator('verso-qa-panel header [role=status]');
    await expect(counts).toHaveText(/^1 error, 1 warning, 2 notes$/, { timeout: 20_000 });
  });

  test('Chinese: the same counts in Chinese, no English word left', async ({ page }) => {
    await page.goto('/?lng=zh-CN');
    await expect(page.getByRole('group', { name: '句段 1', exact: true })).toBeVisible({
      timeout: 15_000,
    });
    await openWords(page, '打开文档', '修改译文 1');
    await page.getByRole('button', { name: '查找和替换' }).click();
    const dialog = page.getByRole('dialog', { name: '查找和替换' });
    await dialog.getByRole('textbox', { name: '查找', exact: true }).fill('alpha');
    await expect(dialog.getByText('1 个句段中共 2 处匹配；将替换 2 处。')).toBeVisible();
    await dialog.getByRole('textbox', { name: '查找', exact: true }).fill('Gamma');
    const summary = dialog.getByText('1 个句段中共 1 处匹配；将替换 1 处。');
    await expect(summary).toBeVisible();
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: '质量检查' }).click();
    const counts = page.locator('verso-qa-panel header [role=status]');
    await expect(counts).toHaveText(/^1 个错误，1 个警告，2 条提示$/, { timeout: 20_000 });
    await expect(counts).not.toHaveText(/[A-Za-z]/);
  });
});
