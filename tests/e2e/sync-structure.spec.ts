/**
 * Alignment repairs in a shared project (issue 14, deliverable 4), in two browsers on the embedded
 * server: a merge and a split made by one reviewer reach the other's grid live, typing in the new rows
 * travels as any edit, the other reviewer's copy keeps the new rows across a reload, and a viewer
 * joining later gets the rows as they are (and cannot repair them or switch the row mode).
 */
import { expect, test } from '@playwright/test';
import { alignRow, correction, openPair, placeCaret, segment } from './support.ts';
import { join, reviewer, shareLink } from './sync-support.ts';

test('a merge and a split made by one reviewer show in the other’s grid live', async ({
  browser,
}) => {
  const ada = await reviewer(browser, 'Ada');
  await openPair(ada.page);
  await expect(ada.page.getByText('6 segments shown')).toBeVisible();
  const link = await shareLink(ada.page, 'Can edit');
  const bob = await reviewer(browser, 'Bob');
  await join(bob.page, link);
  await expect(bob.page.getByText('6 segments shown')).toBeVisible();

  // Ada merges rows 5 and 6; Bob's grid has one row less and the merged text in row 5.
  const five = await correction(ada.page, 5).inputValue();
  const six = await correction(ada.page, 6).inputValue();
  await alignRow(ada.page, 5, 'Merge with the next row');
  await expect(ada.page.getByText('5 segments shown')).toBeVisible();
  await expect(bob.page.getByText('5 segments shown')).toBeVisible();
  await expect(correction(bob.page, 5)).toHaveValue(`${five} ${six}`);

  // Bob splits row 5 again where Ada's merge joined it; Ada sees the two rows.
  await placeCaret(bob.page, 5, five.length + 1);
  await alignRow(bob.page, 5, 'Split MT and correction 5 at the cursor');
  await expect(bob.page.getByText('6 segments shown')).toBeVisible();
  await expect(ada.page.getByText('6 segments shown')).toBeVisible();
  await expect(correction(ada.page, 6)).toHaveValue(six);

  // Typing in a row the split made reaches the other reviewer as any edit does.
  await correction(ada.page, 6).fill('Ada corrected the row Bob split off.');
  await expect(correction(bob.page, 6)).toHaveValue('Ada corrected the row Bob split off.');

  // Bob's own copy holds the rows as shared.
  await bob.page.reload();
  await expect(bob.page.getByText('6 segments shown')).toBeVisible({ timeout: 15_000 });
  await expect(correction(bob.page, 6)).toHaveValue('Ada corrected the row Bob split off.');

  // A viewer who joins now gets the rows as they are, not as they were shared, and cannot repair them.
  const viewLink = await shareLink(ada.page, 'Can view');
  const carol = await reviewer(browser, 'Carol');
  await join(carol.page, viewLink);
  await expect(carol.page.getByText('6 segments shown')).toBeVisible();
  await expect(correction(carol.page, 5)).toHaveValue(five);
  await expect(correction(carol.page, 6)).toHaveValue('Ada corrected the row Bob split off.');
  await expect(
    segment(carol.page, 5).getByRole('button', { name: 'Alignment of row 5' }),
  ).toBeDisabled();
  await expect(carol.page.getByRole('combobox', { name: 'Segments', exact: true })).toBeDisabled();

  await ada.context.close();
  await bob.context.close();
  await carol.context.close();
});
