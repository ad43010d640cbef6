// The console's rough edges in Chromium: holidays typed as a named
// range in dd/mm/yyyy and saved, opening hours in 24-hour time, "Đã lưu." that goes away, the
// audit log in sentences with names, keywords on a procedure that the kiosk search uses, and a
// counter nobody is signed in to shown as closed on the monitor.
import { expect, it } from 'vitest';
import { openPage } from '../support/browser.js';
import { useHubAndBrowser } from '../support/hub-and-browser.js';
import { signInAdmin } from './sign-in.js';

const VIEWPORT = { width: 1440, height: 900 };
const SHOTS = process.env.LUOT_SHOTS ?? '';
const e2e = useHubAndBrowser();

it('saves a named holiday range, shows 24-hour hours, a vanishing notice and the audit in sentences', async () => {
  const { page, context, errors } = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
  await signInAdmin(page);
  await page.getByTestId('nav-settings').click();
  await page.getByTestId('settings-tab-hours').click();
  // 24-hour times whatever the browser's language (a native time input would say 07:30 AM).
  expect(await page.getByTestId('hours-1-0-start').inputValue()).toMatch(/^\d{2}:\d{2}$/);
  expect(await page.getByTestId('hours-1-0-start').getAttribute('type')).toBe('text');

  await page.getByTestId('holiday-from').fill('16/02/2026');
  await page.getByTestId('holiday-to').fill('20/02/2026');
  await page.getByTestId('holiday-name').fill('Tết Nguyên đán');
  await page.getByTestId('holiday-add').click();
  const row = page.getByTestId('holiday-2026-02-16');
  await row.waitFor();
  expect((await row.textContent())?.replace(/\s+/g, ' ')).toContain(
    '16/02/2026 – 20/02/2026 Tết Nguyên đán 5 ngày',
  );
  // The form is empty again for the next period.
  expect(await page.getByTestId('holiday-from').inputValue()).toBe('');
  expect(await page.getByTestId('holiday-name').inputValue()).toBe('');
  await page.getByTestId('hours-save').click();
  const notice = page.getByTestId('notice');
  await notice.waitFor();
  expect(await notice.textContent()).toContain('Đã lưu');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/admin-holidays.png` });
  const site = e2e.server.app.hubs.get('demo')?.config.site;
  expect(site?.holidays).toEqual(expect.arrayContaining(['2026-02-16', '2026-02-20']));
  expect(site?.holidayNames?.['2026-02-18']).toBe('Tết Nguyên đán');
  // The notice goes away by itself.
  await notice.waitFor({ state: 'detached', timeout: 10_000 });

  await page.getByTestId('settings-tab-audit').click();
  // Months read mm/yyyy, not the browser's "December 2026".
  expect(await page.getByTestId('audit-month').locator('option').first().textContent()).toMatch(
    /^\d{2}\/\d{4}$/,
  );
  const sentence = page.getByTestId('audit-sentence').first();
  await sentence.waitFor();
  expect(await sentence.textContent()).toContain('sửa thông tin, giờ làm việc hoặc ngày nghỉ của trung tâm');
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/admin-audit.png` });

  await page.getByTestId('nav-monitor').click();
  await page.getByTestId('monitor-counter-c1').getByTestId('monitor-closed').waitFor();
  expect(errors).toEqual([]);
  await context.close();
});

it('keeps the keywords typed for a procedure, and the kiosk catalogue carries them', async () => {
  const { page, context } = await openPage(e2e.browser, `${e2e.server.url}/admin/`, VIEWPORT);
  await signInAdmin(page);
  await page.getByTestId('nav-procedures').click();
  await page.getByTestId('procedure-edit-p-ket-hon').click();
  await page.getByTestId('procedure-keywords').fill('thành hôn, cưới');
  await page.getByTestId('procedure-save').click();
  await page.getByTestId('notice').waitFor();
  const procedure = e2e.server.app.hubs.get('demo')?.config.procedures.find((p) => p.id === 'p-ket-hon');
  expect(procedure?.keywords).toEqual(['thành hôn', 'cưới']);
  await context.close();
});
