import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { serveFile } from '../../../../mocks/handlers';
import { server } from '../../../../mocks/node';
import { recordRequests } from '../../../../test/utils/record-requests';
import { renderApp } from '../../../../test/utils/render-app';

async function openPage(url: string) {
  const user = userEvent.setup();
  const app = renderApp(url);
  // Article and category pages draw a placeholder of the same name until the box's code is in.
  const input = await screen.findByLabelText('Ngày (dd/mm/yyyy)');
  const picker = input.closest('section') as HTMLElement;
  expect(picker).toHaveAccessibleName('Xem bài viết theo ngày');
  const openButton = within(picker).getByRole('button', { name: 'Mở lịch' });
  const path = () => app.location().pathname;
  return { user, app, picker, input, openButton, path };
}

async function openCalendar(url = '/archive/2007-12-10') {
  const page = await openPage(url);
  await page.user.click(page.openButton);
  const dialog = await screen.findByRole('dialog', { name: 'Chọn ngày có bài viết' });
  // The grid is drawn once the month's articles are in.
  await within(dialog).findByRole('grid');
  return { ...page, dialog };
}

describe('typing a date', () => {
  it('goes to the typed day on Enter', async () => {
    const { user, input, path } = await openPage('/archive/2007-12-10');
    expect(input).toHaveValue('10/12/2007');
    await user.clear(input);
    await user.type(input, '17/12/2007{Enter}');
    await waitFor(() => expect(path()).toBe('/archive/2007-12-17'));
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Thứ Hai, 17/12/2007' }),
    ).toBeInTheDocument();
    expect(input).toHaveValue('17/12/2007');
  });

  it('accepts a date without leading zeros', async () => {
    const { user, input, path } = await openPage('/archive/2007-12');
    await user.type(input, '1/2/2008');
    await user.click(screen.getByRole('button', { name: 'Xem' }));
    await waitFor(() => expect(path()).toBe('/archive/2008-02-01'));
  });

  it.each([
    ['31/02/2007', 'Ngày này không có trên lịch'],
    ['hôm qua', 'dạng dd/mm/yyyy'],
    ['', 'dạng dd/mm/yyyy'],
  ])('explains what is wrong with "%s" and stays put', async (typed, message) => {
    const { user, input, path } = await openPage('/archive/2007-12-10');
    await user.clear(input);
    if (typed) await user.type(input, typed);
    await user.keyboard('{Enter}');
    const error = await screen.findByRole('alert');
    expect(error).toHaveTextContent(message);
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input.getAttribute('aria-describedby')?.split(' ')).toContain(error.id);
    expect(input).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(path()).toBe('/archive/2007-12-10');
    // Typing again clears the error.
    await user.type(input, '1');
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('the calendar popup', () => {
  it('opens a modal dialog on the selected day’s month, focus on that day', async () => {
    const { dialog, openButton } = await openCalendar();
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(openButton).toHaveAttribute('aria-expanded', 'true');
    expect(within(dialog).getByRole('combobox', { name: 'Chọn tháng' })).toHaveDisplayValue(
      'Tháng 12',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Chọn năm' })).toHaveValue('2007');
    const tenth = within(dialog).getByRole('button', { name: '10/12/2007, 2 bài viết' });
    expect(tenth).toHaveFocus();
  });

  it('opened on a month with no selected day, focuses the month’s newest day with articles', async () => {
    const { dialog } = await openCalendar('/archive/2007-12');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: '17/12/2007, 1 bài viết' })).toHaveFocus(),
    );
  });

  it('marks days with articles and disables the others', async () => {
    const { dialog } = await openCalendar();
    const ninth = within(dialog).getByRole('button', { name: '09/12/2007, 1 bài viết' });
    expect(ninth).toBeEnabled();
    expect(ninth.closest('td')).toHaveClass('rdp-day--articles');
    const eleventh = within(dialog).getByRole('button', { name: '11/12/2007, không có bài viết' });
    expect(eleventh).toBeDisabled();
    expect(eleventh.closest('td')).not.toHaveClass('rdp-day--articles');
    const enabled = within(dialog)
      .getAllByRole('gridcell')
      .flatMap((cell) => within(cell).queryAllByRole('button'))
      .filter((button) => !(button as HTMLButtonElement).disabled)
      .map((button) => button.getAttribute('aria-label'));
    expect(enabled).toEqual([
      '09/12/2007, 1 bài viết',
      '10/12/2007, 2 bài viết',
      '17/12/2007, 1 bài viết',
    ]);
    // Monday first, Vietnamese names.
    // (DayPicker hides its header row from assistive tech; each day's name is in its label.)
    const headers = [...dialog.querySelectorAll('thead th')].map((th) => th.textContent);
    expect(headers).toHaveLength(7);
    expect(dialog.querySelector('thead th')).toHaveAttribute('aria-label', 'Thứ Hai');
  });

  it('picks a day by mouse: navigates and closes', async () => {
    const { user, dialog, path, openButton } = await openCalendar();
    await user.click(within(dialog).getByRole('button', { name: '09/12/2007, 1 bài viết' }));
    await waitFor(() => expect(path()).toBe('/archive/2007-12-09'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    // A new page: focus goes to its content, as after any navigation.
    expect(screen.getByRole('main')).toHaveFocus();
    expect(openButton).toHaveAttribute('aria-expanded', 'false');
  });

  it('keyboard: open, ArrowRight to the next day with articles, Enter navigates', async () => {
    const { user, openButton, path } = await openPage('/archive/2007-12-10');
    openButton.focus();
    await user.keyboard('{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Chọn ngày có bài viết' });
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: '10/12/2007, 2 bài viết' })).toHaveFocus(),
    );
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('button', { name: '17/12/2007, 1 bài viết' })).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(path()).toBe('/archive/2007-12-17'));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('main')).toHaveFocus();
  });

  it('keyboard: PageUp/PageDown change month even when that date has no articles', async () => {
    const { user, dialog } = await openCalendar();
    const tenth = within(dialog).getByRole('button', { name: '10/12/2007, 2 bài viết' });
    await waitFor(() => expect(tenth).toHaveFocus());
    await user.keyboard('{PageUp}');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: '21/11/2007, 1 bài viết' })).toHaveFocus(),
    );
    expect(within(dialog).getByRole('combobox', { name: 'Chọn tháng' })).toHaveDisplayValue(
      'Tháng 11',
    );
    // November is the first month with articles: PageUp stays there.
    await user.keyboard('{PageUp}');
    expect(within(dialog).getByRole('combobox', { name: 'Chọn tháng' })).toHaveDisplayValue(
      'Tháng 11',
    );
    await user.keyboard('{PageDown}');
    // Back in December, on the selected day.
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: '10/12/2007, 2 bài viết' })).toHaveFocus(),
    );
    // Arrow keys skip days without articles, into the previous month too.
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('button', { name: '09/12/2007, 1 bài viết' })).toHaveFocus();
    await user.keyboard('{ArrowLeft}');
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: '21/11/2007, 1 bài viết' })).toHaveFocus(),
    );
  });

  it('Escape closes it and gives focus back to "Mở lịch"', async () => {
    const { user, openButton, path } = await openCalendar();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(openButton).toHaveFocus();
    expect(openButton).toHaveAttribute('aria-expanded', 'false');
    expect(path()).toBe('/archive/2007-12-10');
  });

  it('keeps Tab inside the dialog', async () => {
    const { user, dialog } = await openCalendar();
    const seen = new Set<Element | null>();
    for (let i = 0; i < 8; i++) {
      await user.tab();
      expect(dialog).toContainElement(document.activeElement as HTMLElement);
      seen.add(document.activeElement);
    }
    // Close, the two dropdowns, "previous month" (December is the last listed month, so "next"
    // is disabled) and the focused day: all reached, nothing else.
    expect(seen.size).toBe(5);
    await user.tab({ shift: true });
    expect(dialog).toContainElement(document.activeElement as HTMLElement);
  });

  it('closes on a click outside', async () => {
    const { user } = await openCalendar();
    await user.click(screen.getByRole('heading', { level: 1 }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('fetches months as the reader moves, only those the index lists', async () => {
    const requests = recordRequests();
    try {
      const { user, dialog } = await openCalendar('/archive/2007-12');
      // Opens on the page's month; November is prefetched as its neighbour.
      expect(within(dialog).getByRole('combobox', { name: 'Chọn tháng' })).toHaveDisplayValue(
        'Tháng 12',
      );
      await waitFor(() => expect(requests.paths).toContain('archive/2007-11.json'));
      expect(requests.paths).not.toContain('archive/2008-01.json');
      await user.click(within(dialog).getByRole('button', { name: 'Đến tháng trước' }));
      const day = await within(dialog).findByRole('button', { name: '21/11/2007, 1 bài viết' });
      expect(day).toBeEnabled();
      await user.click(day);
      expect(
        await screen.findByRole('link', { name: 'Triển khai dịch vụ công qua mạng' }),
      ).toBeVisible();
      expect(requests.paths.filter((p) => p === 'archive/2007-11.json')).toHaveLength(1);
    } finally {
      requests.stop();
    }
  });

  it('opens on the newest month with articles when nothing is selected', async () => {
    const { dialog } = await openCalendar('/archive/2009-05-01');
    expect(within(dialog).getByRole('combobox', { name: 'Chọn tháng' })).toHaveDisplayValue(
      'Tháng 12',
    );
    expect(within(dialog).getByRole('combobox', { name: 'Chọn năm' })).toHaveValue('2007');
    // Bounded by the index: November and December 2007 only.
    const months = within(within(dialog).getByRole('combobox', { name: 'Chọn tháng' }))
      .getAllByRole('option')
      .filter((option) => !(option as HTMLOptionElement).disabled);
    expect(months).toHaveLength(2);
    // No selected day in the month, today has none: its newest day with articles.
    await waitFor(() =>
      expect(
        within(dialog)
          .getAllByRole('button', { name: /, \d+ bài viết$/ })
          .at(-1),
      ).toHaveFocus(),
    );
  });
});

describe('Home and End in the calendar', () => {
  it('go to the first and last day of the week that has articles', async () => {
    const day = (date: string) => ({ date: `2007-12-${date}`, count: 1 });
    server.use(
      serveFile('archive/2007-12.json', {
        month: '2007-12',
        // Week of Monday 10/12: articles on the 11th, 12th and 14th only.
        days: [day('03'), day('11'), day('12'), day('14')],
      }),
    );
    const { user, dialog } = await openCalendar('/archive/2007-12-12');
    const button = (name: string) =>
      within(dialog).getByRole('button', { name: `${name}, 1 bài viết` });
    await waitFor(() => expect(button('12/12/2007')).toHaveFocus());
    await user.keyboard('{End}');
    expect(button('14/12/2007')).toHaveFocus();
    await user.keyboard('{Home}');
    expect(button('11/12/2007')).toHaveFocus();
  });
});

describe('the calendar at the ends of the calendar', () => {
  const serveArchive = (month: string, day: string) => {
    server.use(
      serveFile('archive/index.json', { months: [{ month, count: 1 }] }),
      serveFile(`archive/${month}.json`, { month, days: [{ date: day, count: 1 }] }),
      serveFile(`archive/${day}.json`, { date: day, items: [], previous: null, next: null }),
    );
  };

  it('opens on year 1 itself, not 1901', async () => {
    serveArchive('0001-01', '0001-01-01');
    const { dialog } = await openCalendar('/archive/0001-01-01');
    expect(
      await within(dialog).findByRole('button', { name: '01/01/0001, 1 bài viết' }),
    ).toBeEnabled();
  });

  it('PageDown past December 9999 stays on the last month', async () => {
    serveArchive('9999-12', '9999-12-31');
    const { user, dialog } = await openCalendar('/archive/9999-12-31');
    const last = await within(dialog).findByRole('button', { name: '31/12/9999, 1 bài viết' });
    await waitFor(() => expect(last).toHaveFocus());
    await user.keyboard('{PageDown}');
    await user.keyboard('{Shift>}{PageDown}{/Shift}');
    expect(within(dialog).getByRole('button', { name: '31/12/9999, 1 bài viết' })).toBeVisible();
  });
});

describe('the hint under the date box', () => {
  // Not a date of some sample data: the newest day of the data served, once the calendar has
  // read it; before that, how to type a date, with no date in it.
  it('gives the newest day that has articles as its example, from the data', async () => {
    server.use(
      serveFile('archive/index.json', {
        months: [
          { month: '2023-11', count: 4 },
          { month: '2024-03', count: 2 },
        ],
      }),
      serveFile('archive/2024-03.json', {
        month: '2024-03',
        days: [
          { date: '2024-03-01', count: 1 },
          { date: '2024-03-05', count: 1 },
        ],
      }),
    );
    const { user, input } = await openPage('/articles/cong-khai-duong-day-nong');
    const hint = () => screen.getByText(/^(Ví dụ|Nhập ngày)/);
    expect(input).toHaveAccessibleDescription('Nhập ngày/tháng/năm bằng số.');
    expect(hint()).not.toHaveTextContent(/\d+\/\d+\/\d{4}/);
    expect(input).not.toHaveAttribute('placeholder', expect.stringMatching(/\d/));
    await user.click(input);
    await waitFor(() =>
      expect(input).toHaveAccessibleDescription('Ví dụ: 05/03/2024, ngày có bài mới nhất.'),
    );
  });
});
