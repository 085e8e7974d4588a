import { expect, test } from './fixtures';
import { scoreSheet } from './pages/chair.page';
import { JURORS, PERENCANAAN, SCREENS, ScoringPage, sheetOf } from './pages/scoring.page';

// A fresh demo host per test; the PIN checks (scrypt) are slow on a busy 2-core machine.
test.describe.configure({ timeout: 90_000 });

test("another juror's scores are not reachable, on screen or through the api", async ({ page, juri }) => {
  await page.goto(await juri.startWith(['--demo']));
  const scoring = new ScoringPage(page);
  await scoring.open();
  await scoring.signIn(JURORS['juri-4'].name, JURORS['juri-4'].pin);
  await scoring.openCategory(PERENCANAAN);
  const sheet = await sheetOf(page, PERENCANAAN);
  const [first] = sheet.nominees;
  const dokumen = sheet.criteria[0]!.name;
  await scoring.cell(first!.name, dokumen).focus();
  await page.keyboard.type('91');
  await page.keyboard.press('Enter');
  await expect(scoring.cell(first!.name, dokumen)).toHaveText('91');
  expect(await scoreSheet(page, PERENCANAAN)).toBe(20);

  await scoring.signOut();
  await scoring.signIn(JURORS['juri-5'].name, JURORS['juri-5'].pin);
  await scoring.expectSignedIn(JURORS['juri-5'].name);
  await expect(page.getByTestId('overall-progress')).toContainText('0 / ');
  await page.screenshot({ path: `${SCREENS}scoring-categories.png` });
  await scoring.openCategory(PERENCANAAN);
  await expect(scoring.sheetProgress).toContainText('0 / 18 sel');
  for (const row of await scoring.values()) expect(row.slice(1)).toEqual(['', '']);

  // window.api answers only for the juror signed in on this host; there is no input naming another juror.
  const own = await page.evaluate(
    (categoryId) => window.api.scoring.sheet({ categoryId, jurorId: 'juri-4' } as { categoryId: string }),
    PERENCANAAN,
  );
  expect(own).toMatchObject({ ok: true, value: { juror: { id: 'juri-5' }, cells: [] } });
  const raw = await page.evaluate(
    async ({ categoryId, token }) => {
      const response = await fetch('/api/scoring/sheet', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ categoryId, jurorId: 'juri-4' }),
      });
      return (await response.json()) as { ok: boolean; value?: { juror: { id: string }; cells: unknown[] } };
    },
    { categoryId: PERENCANAAN, token: juri.token },
  );
  expect(raw.ok).toBe(true);
  expect(raw.value?.juror.id).toBe('juri-5');
  expect(raw.value?.cells).toEqual([]);
  const history = await page.evaluate(() => window.api.scoring.history({ limit: 500 }));
  expect(history).toMatchObject({ ok: true, value: [] });
  // The chair's views are closed to an anggota.
  expect(await page.evaluate(() => window.api.chair.sheets(null))).toMatchObject({ ok: false });

  // Signed out, nothing is readable at all.
  await scoring.signOut();
  expect(await page.evaluate((categoryId) => window.api.scoring.sheet({ categoryId }), PERENCANAAN)).toMatchObject({
    ok: false,
    error: { code: 'not_signed_in' },
  });
});
