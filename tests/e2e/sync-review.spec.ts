/**
 * Review together (issue 14), in two browsers on the embedded server: the owner shares the open
 * project, a reviewer opens the link, edits show on both sides live with presence and soft locks, a
 * viewer cannot type, and an edit made offline arrives after reconnecting.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { correction, openApp, segment } from './support.ts';

/** A fresh browser profile with a reviewer name, on the app. */
async function reviewer(browser: Browser, name: string, query = '?lng=en') {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript((n) => localStorage.setItem('verso.name', n), name);
  const page = await context.newPage();
  await openApp(page, query);
  return { context, page };
}

/** Shares the open project and reads the link of `access` from the Share dialog. */
async function shareLink(page: Page, access: 'Can edit' | 'Can view'): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this project' });
  const link = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(link).toHaveValue(/#share=v1\./);
  await dialog.getByRole('combobox', { name: 'Access' }).selectOption({ label: access });
  await expect(link).toHaveValue(access === 'Can edit' ? /\.edit\./ : /\.view\./);
  const value = await link.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return value;
}

/** Opens a share link in a page (a new visit, as from a pasted link). */
async function join(page: Page, link: string): Promise<void> {
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  await expect(page.getByText(/Opened the shared project/)).toBeVisible();
}

test('a shared project is edited live by two reviewers, with presence and a soft lock', async ({
  browser,
}) => {
  const ada = await reviewer(browser, 'Ada Lovelace');
  const link = await shareLink(ada.page, 'Can edit');
  expect(link).toMatch(/\.edit\./);
  await expect(ada.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

  const bob = await reviewer(browser, 'Bob Brown');
  await join(bob.page, link);
  await expect(correction(bob.page, 1)).toHaveValue(await correction(ada.page, 1).inputValue());

  // Live edit, Ada → Bob.
  await correction(ada.page, 1).fill('Ada changed this paragraph.');
  await expect(correction(bob.page, 1)).toHaveValue('Ada changed this paragraph.');

  // History names who did what.
  await segment(bob.page, 1).getByRole('button', { name: 'History' }).click();
  await expect(bob.page.getByRole('dialog').getByText('by Ada Lovelace').first()).toBeVisible();
  await bob.page.keyboard.press('Escape');

  // Presence: Bob sees Ada on segment 1, by name, on the row.
  await expect(
    segment(bob.page, 1).getByRole('img', { name: 'Ada Lovelace is editing this segment' }),
  ).toBeVisible();

  // Soft lock: Bob typing into segment 1 is asked first; "Wait" leaves Ada's text alone.
  await correction(bob.page, 1).click();
  await bob.page.keyboard.type('X');
  const prompt = bob.page.getByRole('dialog', { name: 'Segment 1 is being edited' });
  await expect(prompt).toBeVisible();
  await prompt.getByRole('button', { name: 'Wait' }).click();
  await expect(correction(bob.page, 1)).toHaveValue('Ada changed this paragraph.');

  // Bob edits another segment; Ada sees it.
  await correction(bob.page, 2).fill('Bob rewrote the second one.');
  await expect(correction(ada.page, 2)).toHaveValue('Bob rewrote the second one.');

  await ada.context.close();
  await bob.context.close();
});

test('a viewer cannot type, and an edit made offline arrives after reconnecting', async ({
  browser,
}) => {
  const ada = await reviewer(browser, 'Ada');
  const viewLink = await shareLink(ada.page, 'Can view');
  expect(viewLink).toMatch(/\.view\./);

  const viewer = await reviewer(browser, 'Vera');
  await join(viewer.page, viewLink);
  const before = await correction(viewer.page, 3).inputValue();
  await correction(viewer.page, 3).click();
  await viewer.page.keyboard.type('nope');
  await expect(correction(viewer.page, 3)).toHaveValue(before);
  await expect(
    viewer.page.getByText('View only: this link cannot change the project.'),
  ).toBeVisible();

  // Ada goes offline, edits, and comes back: the viewer gets the edit.
  await ada.context.setOffline(true);
  await expect(
    ada.page.getByRole('status').filter({ hasText: 'Saved on this device' }),
  ).toBeVisible();
  await correction(ada.page, 3).fill('Written while offline.');
  await ada.page.waitForTimeout(500);
  await expect(correction(viewer.page, 3)).toHaveValue(before);
  await ada.context.setOffline(false);
  await expect(correction(viewer.page, 3)).toHaveValue('Written while offline.', {
    timeout: 20_000,
  });
  await expect(ada.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible({
    timeout: 20_000,
  });

  await ada.context.close();
  await viewer.context.close();
});

test('stopping sharing tells the other reviewer and keeps their copy; a forged link is refused', async ({
  browser,
}) => {
  const ada = await reviewer(browser, 'Ada');
  const link = await shareLink(ada.page, 'Can edit');
  const bob = await reviewer(browser, 'Bob');
  await join(bob.page, link);
  await correction(bob.page, 1).fill('Bob keeps this.');
  await expect(correction(ada.page, 1)).toHaveValue('Bob keeps this.');

  await ada.page.getByRole('button', { name: 'Share', exact: true }).click();
  await ada.page.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(ada.page.getByText('This project is no longer shared.')).toBeVisible();
  await expect(bob.page.getByText('The owner stopped sharing this project.')).toBeVisible();
  await expect(correction(bob.page, 1)).toHaveValue('Bob keeps this.');

  const forged = `${link.slice(0, -4)}AAAA`;
  const eve = await reviewer(browser, 'Eve');
  await eve.page.goto(forged.replace(/^https?:\/\/[^/]+/, ''));
  await expect(eve.page.getByText(/This share link is not valid|no longer shared/)).toBeVisible();

  for (const r of [ada, bob, eve]) await r.context.close();
});
