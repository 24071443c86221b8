// "Find what the district published on 10/12/2007": the calendar journey by mouse, by keyboard
// alone and on a phone, for a reader whose own clock is in Los Angeles.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { browserSuite, test } from './fixtures.mjs';
import {
  expectNoHorizontalScroll,
  expectNoPageErrors,
  expectNoSeriousAxe,
  screenshot,
  waitUntil,
  waitVisible,
} from './harness.mjs';

const suite = browserSuite();
test.describe.configure({ timeout: 60_000 });
const LA = 'America/Los_Angeles';
const DIALOG = 'Chọn ngày có bài viết';
const DAY_HEADING = 'Thứ Hai, 10/12/2007';

async function article(id) {
  return JSON.parse(await readFile(path.join(suite.apiDir, 'articles', `${id}.json`), 'utf8'));
}

const isFocused = (locator) => locator.evaluate((el) => el === document.activeElement);

/** The archive page of 10/12/2007 shows the 00:30 article and not the 23:30 one of the 9th. */
async function expectTenthOfDecember(page) {
  await waitVisible(page.getByRole('heading', { level: 1, name: DAY_HEADING }));
  const midnight = await article('bai-0030-ngay-10');
  const lateOnNinth = await article('bai-2330-ngay-9');
  await waitVisible(page.getByRole('main').getByRole('link', { name: midnight.title }));
  assert.equal(
    await page.getByRole('main').getByText(lateOnNinth.title, { exact: true }).count(),
    0,
  );
  assert.equal(new URL(page.url()).pathname, '/archive/2007-12-10');
}

/** Open the popup from home and step back to December 2007 with the month arrows. */
async function openOnDecember(page) {
  // On a phone home's date box sits below the news and arrives as the reader scrolls to it.
  // Its placeholder is swapped for the real box when the code arrives (~300 ms after it nears
  // the screen; later on a busy machine): a scroll caught by the swap is tried on the new one.
  const box = page.getByRole('region', { name: 'Xem bài viết theo ngày' });
  await waitUntil(
    () =>
      box.scrollIntoViewIfNeeded().then(
        () => true,
        () => false,
      ),
    {
      message: 'the date box never scrolled into view',
    },
  );
  await page.getByRole('button', { name: 'Mở lịch' }).click();
  const dialog = page.getByRole('dialog', { name: DIALOG });
  await waitVisible(dialog);
  const month = dialog.getByRole('combobox', { name: 'Chọn tháng' });
  for (let i = 0; i < 24 && (await month.inputValue()) !== '11'; i++) {
    await dialog.getByRole('button', { name: 'Đến tháng trước' }).click();
  }
  await waitVisible(dialog.getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ }));
  return dialog;
}

/**
 * An article page whose calendar code (the requests `pattern` matches) cannot be downloaded:
 * opens "Mở lịch", waits for the failure message, then lets the downloads through.
 */
async function openWithFailingDownload(page, pattern) {
  let offline = true;
  await page.route(pattern, (route) => (offline ? route.abort() : route.continue()));
  await page.goto(suite.url('/articles/bai-0030-ngay-10'));
  await waitVisible(page.getByRole('heading', { level: 1 }));
  await page.getByRole('button', { name: 'Mở lịch' }).click();
  await waitVisible(page.getByRole('alert').filter({ hasText: 'Không tải được lịch.' }));
  offline = false;
}

test.describe('calendar journey', () => {
  test('by mouse: home → Mở lịch → December 2007 → 10 → the day’s articles', ({ withPage }) =>
    withPage({ timezoneId: LA }, async (page) => {
      const chunks = [];
      page.on('request', (r) => chunks.push(new URL(r.url()).pathname));
      await page.goto(suite.url('/'));
      await waitVisible(page.getByRole('region', { name: 'Tin mới nhất' }));
      assert.ok(
        !chunks.some((p) => p.includes('CalendarPopup')),
        'the calendar code must not load before it is opened',
      );
      const dialog = await openOnDecember(page);
      // Days without articles cannot be picked; days with them say how many.
      assert.ok(
        (await dialog.getByRole('button', { name: /^11\/12\/2007/ }).isDisabled()) === false,
      );
      assert.ok(
        await dialog.getByRole('button', { name: '08/12/2007, không có bài viết' }).isDisabled(),
      );
      await expectNoSeriousAxe(page);
      await screenshot(page, 'calendar-open-1280');
      await dialog.getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ }).click();
      await expectTenthOfDecember(page);
      assert.equal(await page.getByRole('dialog').count(), 0, 'the popup closes');
      expectNoPageErrors(page);
    }));

  test('by keyboard alone: the date box, then the calendar grid', ({ withPage }) =>
    withPage({ timezoneId: LA }, async (page) => {
      await page.goto(suite.url('/'));
      await waitVisible(page.getByRole('region', { name: 'Tin mới nhất' }));
      const box = page.getByLabel('Ngày (dd/mm/yyyy)');
      for (let i = 0; i < 60 && !(await isFocused(box)); i++) await page.keyboard.press('Tab');
      assert.ok(await isFocused(box), 'Tab reaches the date box');
      await page.keyboard.type('10/12/2007');
      await page.keyboard.press('Enter');
      await expectTenthOfDecember(page);

      // Now the calendar: Tab to "Mở lịch", Enter, focus lands on the selected day.
      const open = page.getByRole('button', { name: 'Mở lịch' });
      for (let i = 0; i < 60 && !(await isFocused(open)); i++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      const dialog = page.getByRole('dialog', { name: DIALOG });
      await waitVisible(dialog);
      const tenth = dialog.getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ });
      await waitUntil(() => isFocused(tenth), { message: 'focus on the selected day' });
      // Tab stays inside the dialog.
      for (let i = 0; i < 8; i++) {
        await page.keyboard.press('Tab');
        assert.ok(await dialog.evaluate((d) => d.contains(document.activeElement)), 'Tab trapped');
      }
      await tenth.focus();
      // Escape closes and gives focus back to the button.
      await page.keyboard.press('Escape');
      assert.equal(await page.getByRole('dialog').count(), 0);
      assert.ok(await isFocused(open), 'focus returns to "Mở lịch"');
      // Reopen, move a day back with the arrow keys (to the 9th), Enter.
      await page.keyboard.press('Enter');
      await waitUntil(() => isFocused(tenth));
      await page.keyboard.press('ArrowLeft');
      const ninth = dialog.getByRole('button', { name: /^09\/12\/2007, \d+ bài viết$/ });
      await waitUntil(() => isFocused(ninth), { message: 'ArrowLeft moves to the 9th' });
      await page.keyboard.press('Enter');
      await waitVisible(page.getByRole('heading', { level: 1, name: 'Chủ Nhật, 09/12/2007' }));
      const lateOnNinth = await article('bai-2330-ngay-9');
      await waitVisible(page.getByRole('main').getByRole('link', { name: lateOnNinth.title }));
      expectNoPageErrors(page);
    }));

  test('on a 360 px phone: the popup fits the screen and the journey works', ({ withPage }) =>
    withPage({ width: 360, height: 740, timezoneId: LA }, async (page) => {
      await page.goto(suite.url('/'));
      await waitVisible(page.getByRole('region', { name: 'Tin mới nhất' }));
      const dialog = await openOnDecember(page);
      const box = await dialog.boundingBox();
      assert.ok(
        box && box.x >= 0 && box.x + box.width <= 360,
        `fits across: ${JSON.stringify(box)}`,
      );
      assert.ok(
        box && box.y >= 0 && box.y + box.height <= 740,
        `fits down: ${JSON.stringify(box)}`,
      );
      await expectNoHorizontalScroll(page);
      await screenshot(page, 'calendar-open-360');
      await dialog.getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ }).click();
      await expectTenthOfDecember(page);
      await expectNoHorizontalScroll(page);
    }));

  test('a click outside closes it; an impossible typed date is explained, not followed', ({
    withPage,
  }) =>
    withPage({}, async (page) => {
      await page.goto(suite.url('/archive/2007-12-10'));
      await page.getByRole('button', { name: 'Mở lịch' }).click();
      await waitVisible(page.getByRole('dialog', { name: DIALOG }));
      await page.mouse.click(5, 300);
      assert.equal(await page.getByRole('dialog').count(), 0);
      const box = page.getByLabel('Ngày (dd/mm/yyyy)');
      await box.fill('31/02/2007');
      await box.press('Enter');
      await waitVisible(page.getByRole('alert'));
      assert.equal(await box.getAttribute('aria-invalid'), 'true');
      const describedBy = (await box.getAttribute('aria-describedby')) ?? '';
      const alertId = await page.getByRole('alert').getAttribute('id');
      assert.ok(alertId && describedBy.split(' ').includes(alertId), 'error tied to the box');
      assert.equal(new URL(page.url()).pathname, '/archive/2007-12-10');
      await expectNoSeriousAxe(page);
    }));
});

test.describe('when the calendar’s code and data arrive', () => {
  /** Paths requested by the page from now on (a live array). */
  const requestLog = (page) => {
    const paths = [];
    page.on('request', (r) => paths.push(new URL(r.url()).pathname));
    return paths;
  };
  const calendarCode = (paths) => paths.filter((p) => p.includes('CalendarPopup'));

  /** The popup is drawn on `day`'s month before the click, and hidden from everyone. */
  async function expectPrerendered(page, day) {
    const hiddenDay = page.locator(`[role=dialog] button[aria-label^="${day}, "]`);
    await waitUntil(async () => (await hiddenDay.count()) === 1, {
      message: `the popup is prerendered with ${day}`,
    });
    assert.equal(await page.getByRole('dialog').count(), 0);
  }

  test('arrives while the reader reads, so "Mở lịch" opens without waiting', ({ withPage }) =>
    withPage({ timezoneId: LA }, async (page) => {
      const requested = requestLog(page);
      await page.goto(suite.url('/archive/2007-12-10'));
      await expectTenthOfDecember(page);
      // No pointer, no focus: only the page being idle.
      await waitUntil(() => calendarCode(requested).length > 0, {
        message: 'calendar code preloaded when idle',
      });
      // Ready but hidden: no dialog for assistive technology until it is opened.
      assert.equal(await page.getByRole('dialog').count(), 0);
      await expectNoSeriousAxe(page);
      await page.getByRole('button', { name: 'Mở lịch' }).click();
      const dialog = page.getByRole('dialog', { name: DIALOG });
      const tenth = dialog.getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ });
      await waitUntil(() => isFocused(tenth), { message: 'focus on the selected day' });
      // Move a month on, close, open again: back on the selected day, focus on it.
      await page.keyboard.press('PageDown');
      await waitVisible(
        dialog.getByRole('button', { name: /^\d\d\/01\/2008, \d+ bài viết$/ }).first(),
      );
      await page.keyboard.press('Escape');
      assert.equal(await page.getByRole('dialog').count(), 0);
      await page.keyboard.press('Enter');
      await waitUntil(() => isFocused(tenth), { message: 'reopened on the selected day' });
      expectNoPageErrors(page);
    }));

  test('is ready again on the next archive page, drawn on that page’s month', ({ withPage }) =>
    withPage({ timezoneId: LA }, async (page) => {
      const requested = requestLog(page);
      await page.goto(suite.url('/archive/2008-01-15'));
      await waitVisible(page.getByRole('heading', { level: 1, name: /15\/01\/2008/ }));
      await waitUntil(() => calendarCode(requested).length > 0, {
        message: 'calendar code preloaded when idle',
      });
      // In-app navigation to a month neither the page nor the calendar has fetched yet.
      const box = page.getByLabel('Ngày (dd/mm/yyyy)');
      await box.fill('20/11/2007');
      await box.press('Enter');
      await waitVisible(page.getByRole('heading', { level: 1, name: /20\/11\/2007/ }));
      await expectPrerendered(page, '20/11/2007');
      expectNoPageErrors(page);
    }));

  test('says so when its code cannot be downloaded, and "Thử lại" or a reload brings it', ({
    withPage,
  }) =>
    withPage({ timezoneId: LA }, async (page) => {
      await openWithFailingDownload(page, /CalendarPopup/);
      // Its stylesheet failed too: Vite fetches a chunk's stylesheet once per page, so the
      // failure stays (`loadOnce`) rather than bring the code unstyled, and a reload is offered.
      await page.getByRole('button', { name: 'Thử lại' }).click();
      await page.getByRole('button', { name: 'Tải lại trang' }).click();
      await waitVisible(page.getByRole('heading', { level: 1 }));
      await page.getByRole('button', { name: 'Mở lịch' }).click();
      await waitVisible(
        page
          .getByRole('dialog', { name: DIALOG })
          .getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ }),
      );
    }));

  test('when only its script failed, "Thử lại" brings it, or offers a reload that does', ({
    withPage,
  }) =>
    withPage({ timezoneId: LA }, async (page) => {
      await openWithFailingDownload(page, /CalendarPopup-[^/]*\.js$/);
      await page.getByRole('button', { name: 'Thử lại' }).click();
      // Chromium sometimes remembers the failed module (it depends on when the abort landed):
      // then only a reload fetches it again, and the message says so.
      const day = page
        .getByRole('dialog', { name: DIALOG })
        .getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ });
      const reload = page.getByRole('button', { name: 'Tải lại trang' });
      await waitVisible(day.or(reload));
      if (await reload.isVisible()) {
        await reload.click();
        await waitVisible(page.getByRole('heading', { level: 1 }));
        await page.getByRole('button', { name: 'Mở lịch' }).click();
      }
      await waitVisible(day);
    }));

  test('waits for "Mở lịch" when the reader asked to save data', ({ withPage }) =>
    withPage({ timezoneId: LA }, async (page) => {
      await page.addInitScript(() => {
        Object.defineProperty(navigator, 'connection', { value: { saveData: true } });
      });
      const requested = requestLog(page);
      await page.goto(suite.url('/archive/2007-12-10'));
      await expectTenthOfDecember(page);
      await page.waitForTimeout(3500);
      assert.deepEqual(calendarCode(requested), [], 'no calendar code before the reader asks');
      await page.getByRole('button', { name: 'Mở lịch' }).click();
      await waitVisible(
        page
          .getByRole('dialog', { name: DIALOG })
          .getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ }),
      );
      expectNoPageErrors(page);
    }));

  test('elsewhere, on the first sign of interest: code, index and the month it opens on', ({
    withPage,
  }) =>
    withPage({ timezoneId: LA }, async (page) => {
      const requested = requestLog(page);
      await page.goto(suite.url('/articles/bai-0030-ngay-10'));
      await waitVisible(page.getByRole('heading', { level: 1 }));
      await page.waitForLoadState('networkidle');
      const calendarFiles = () =>
        requested.filter((p) => p.includes('CalendarPopup') || p.includes('/api/archive/'));
      assert.deepEqual(
        calendarFiles(),
        [],
        'nothing of the calendar before the reader shows interest',
      );
      await page.getByRole('button', { name: 'Mở lịch' }).hover();
      await waitUntil(() => calendarFiles().some((p) => p.endsWith('/api/archive/2007-12.json')), {
        message: "the article's month is fetched on hover",
      });
      assert.ok(calendarFiles().some((p) => p.includes('CalendarPopup')));
      assert.ok(calendarFiles().some((p) => p.endsWith('/api/archive/index.json')));
      await page.getByRole('button', { name: 'Mở lịch' }).click();
      const dialog = page.getByRole('dialog', { name: DIALOG });
      const tenth = dialog.getByRole('button', { name: /^10\/12\/2007, \d+ bài viết$/ });
      await waitUntil(() => isFocused(tenth), { message: 'opens on the article’s day' });
      expectNoPageErrors(page);
    }));

  test('is ready before the click on the next page too, with that page’s month', ({ withPage }) =>
    withPage({ timezoneId: LA }, async (page) => {
      const requested = requestLog(page);
      await page.goto(suite.url('/archive/2007-12-10'));
      await expectTenthOfDecember(page);
      await waitUntil(() => calendarCode(requested).length > 0);
      // In-app navigation: the code stays loaded; January 2008 is not in the cache yet.
      const title = (await article('tin-tuc-04')).title;
      await page.getByRole('banner').getByRole('link').first().click();
      await page.getByRole('main').getByRole('link', { name: title }).first().click();
      await waitVisible(page.getByRole('heading', { level: 1, name: title }));
      await page.getByRole('button', { name: 'Mở lịch' }).hover();
      await waitUntil(() => requested.some((p) => p.endsWith('/api/archive/2008-01.json')));
      await expectPrerendered(page, '15/01/2008');
      await page.getByRole('button', { name: 'Mở lịch' }).click();
      const day = page
        .getByRole('dialog', { name: DIALOG })
        .getByRole('button', { name: /^15\/01\/2008, \d+ bài viết$/ });
      await waitUntil(() => isFocused(day), { message: 'opens on the article’s day' });
      expectNoPageErrors(page);
    }));
});
