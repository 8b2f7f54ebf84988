/**
 * Review together (issue 14), in two browsers on the embedded server: the owner shares the open
 * project, a reviewer opens the link, edits show on both sides live with presence and soft locks, a
 * viewer cannot type, and an edit made offline arrives after reconnecting.
 */
import { expect, test } from '@playwright/test';
import { correction, segment } from './support.ts';
import { join, pair, reviewer, shareLink } from './sync-support.ts';

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
  await expect(
    bob.page
      .getByRole('region', { name: 'History of segment 1' })
      .getByText('by Ada Lovelace')
      .first(),
  ).toBeVisible();

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
  // The grid is read-only, and the toolbar says so; the server refusing a viewer's writes is
  // tested on the wire in tests/server/embedded.test.ts.
  await expect(viewer.page.getByText('View only', { exact: true })).toBeVisible();
  await expect(correction(viewer.page, 3)).not.toBeEditable();
  await expect(segment(viewer.page, 3).getByRole('combobox', { name: /Status/ })).toBeDisabled();
  await correction(viewer.page, 3).click();
  await viewer.page.keyboard.type('nope');
  await expect(correction(viewer.page, 3)).toHaveValue(before);
  await expect(ada.page.getByText('View only', { exact: true })).toHaveCount(0);

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
  const { ada, bob, link } = await pair(browser);
  await correction(bob.page, 1).fill('Bob keeps this.');
  await expect(correction(ada.page, 1)).toHaveValue('Bob keeps this.', { timeout: 20_000 });

  await ada.page.getByRole('button', { name: 'Share', exact: true }).click();
  await ada.page.getByRole('button', { name: 'Stop sharing' }).click();
  await expect(ada.page.getByText('This project is no longer shared.')).toBeVisible();
  await expect(bob.page.getByText('The owner stopped sharing this project.')).toBeVisible();
  await expect(correction(bob.page, 1)).toHaveValue('Bob keeps this.');

  const forged = `${link.slice(0, -4)}AAAA`;
  const eve = await reviewer(browser, 'Eve');
  await eve.page.goto(forged.replace(/^https?:\/\/[^/]+/, ''));
  await expect(eve.page.getByText(/This share link is not valid|no longer shared/)).toBeVisible({
    timeout: 20_000,
  });

  for (const r of [ada, bob, eve]) await r.context.close();
});

test('taking over a soft lock lets the second reviewer type, and the first then sees their lock', async ({
  browser,
}) => {
  const { ada, bob } = await pair(browser, 'Ada Lovelace', 'Bob Brown');

  await correction(ada.page, 1).fill('Ada is on it.');
  await expect(correction(bob.page, 1)).toHaveValue('Ada is on it.');
  await correction(bob.page, 1).click();
  await bob.page.keyboard.press('End');
  await bob.page.keyboard.type('!');
  const prompt = bob.page.getByRole('dialog', { name: 'Segment 1 is being edited' });
  await prompt.getByRole('button', { name: 'Take over' }).click();
  await expect(prompt).toBeHidden();
  await correction(bob.page, 1).press('End');
  await correction(bob.page, 1).pressSequentially(' Bob too.');
  await expect(correction(bob.page, 1)).toHaveValue('Ada is on it. Bob too.');
  await expect(correction(ada.page, 1)).toHaveValue('Ada is on it. Bob too.');
  await expect(
    segment(ada.page, 1).getByRole('img', { name: 'Bob Brown is editing this segment' }),
  ).toBeVisible();

  await ada.context.close();
  await bob.context.close();
});

test('an expired link is refused with a message saying so', async ({ browser }) => {
  const ada = await reviewer(browser, 'Ada');
  const link = await shareLink(ada.page, 'Can edit');
  // The owner's token is what this device keeps of the shared project; a link that lives 1 s.
  const { id, token } = await ada.page.evaluate(() => {
    const records = JSON.parse(localStorage.getItem('verso.sync.projects') ?? '{}') as Record<
      string,
      { remoteId: string; token: string }
    >;
    const record = Object.values(records)[0]!;
    return { id: record.remoteId, token: record.token };
  });
  const minted = await ada.page.request.post(`/api/projects/${id}/links`, {
    headers: { authorization: `Bearer ${token}` },
    data: { access: 'edit', expiresIn: 1 },
  });
  expect(minted.status()).toBe(201);
  const short = ((await minted.json()) as { token: string }).token;
  await ada.page.waitForTimeout(2_100);

  const eve = await reviewer(browser, 'Eve');
  await eve.page.goto(`/${link.slice(link.indexOf('#')).replace(/share=.*/, `share=${short}`)}`);
  await expect(eve.page.getByText('This share link has expired.', { exact: false })).toBeVisible({
    timeout: 20_000,
  });
  await expect(eve.page.getByText(/Opened the shared project/)).toHaveCount(0);

  await ada.context.close();
  await eve.context.close();
});

test('two offline edits of one segment: the later text wins, the other is a revision, both are told', async ({
  browser,
}) => {
  const { ada, bob } = await pair(browser);
  await expect(bob.page.getByRole('status').filter({ hasText: 'Synced' })).toBeVisible();

  for (const r of [ada, bob]) {
    await r.context.setOffline(true);
    await expect(
      r.page.getByRole('status').filter({ hasText: 'Saved on this device' }),
    ).toBeVisible();
  }
  await correction(ada.page, 4).fill('Ada wrote this offline.');
  await ada.page.waitForTimeout(300);
  await correction(bob.page, 4).fill('Bob wrote this offline, later.');
  await bob.page.waitForTimeout(300);
  for (const r of [ada, bob]) await r.context.setOffline(false);

  for (const r of [ada, bob]) {
    await expect(correction(r.page, 4)).toHaveValue('Bob wrote this offline, later.', {
      timeout: 20_000,
    });
    await expect(r.page.getByText(/Segment 4 was changed by another reviewer too/)).toBeVisible({
      timeout: 20_000,
    });
  }
  // Ada's text is one Restore away in the segment's history.
  await segment(ada.page, 4).getByRole('button', { name: 'History' }).click();
  const history = ada.page.getByRole('region', { name: 'History of segment 4' });
  const adas = history.getByRole('listitem').filter({ hasText: 'Typed by Ada' });
  await expect(adas).toContainText('Ada wrote this offline');
  await expect(adas.getByRole('button', { name: /^Restore revision/ })).toBeVisible();

  await ada.context.close();
  await bob.context.close();
});
