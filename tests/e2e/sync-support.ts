/**
 * Two reviewers in two browser profiles on the embedded sync server (issue 14): the share and join
 * steps the review-together specs share.
 */
import { expect, type Browser, type Page } from '@playwright/test';
import { openApp } from './support.ts';

/** A fresh browser profile with a reviewer name, on the app. */
export async function reviewer(browser: Browser, name: string, query = '?lng=en') {
  const context = await browser.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await context.addInitScript((n) => localStorage.setItem('verso.name', n), name);
  const page = await context.newPage();
  await openApp(page, query);
  return { context, page };
}

/** Shares the open project and reads the link of `access` from the Share dialog. */
export async function shareLink(page: Page, access: 'Can edit' | 'Can view'): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Share this project' });
  const link = dialog.getByRole('textbox', { name: 'Share link' });
  await expect(link).toHaveValue(/#share=v1\./, { timeout: 20_000 });
  await dialog.getByRole('combobox', { name: 'Access' }).selectOption({ label: access });
  await expect(link).toHaveValue(access === 'Can edit' ? /\.edit\./ : /\.view\./);
  const value = await link.inputValue();
  await dialog.getByRole('button', { name: 'Close' }).click();
  return value;
}

/** Opens a share link in a page (a new visit, as from a pasted link). */
export async function join(page: Page, link: string): Promise<void> {
  await page.goto(link.replace(/^https?:\/\/[^/]+/, ''));
  // Generous: the first sync of a project takes seconds on a loaded 2-core CI machine.
  await expect(page.getByText(/Opened the shared project/)).toBeVisible({ timeout: 20_000 });
}

/** Ada shares the open project with edit access and Bob opens the link. */
export async function pair(browser: Browser, adaName = 'Ada', bobName = 'Bob') {
  const ada = await reviewer(browser, adaName);
  const link = await shareLink(ada.page, 'Can edit');
  const bob = await reviewer(browser, bobName);
  await join(bob.page, link);
  return { ada, bob, link };
}
