import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { expectLinksLeaveFrame } from '../../../test/utils/embed-links';
import { renderApp } from '../../../test/utils/render-app';

describe('/embed/calendar', () => {
  it('renders the date picker, chromeless, with the source link leaving the frame', async () => {
    const { container } = renderApp('/embed/calendar');
    expect(
      await screen.findByRole('heading', { level: 2, name: 'Xem bài viết theo ngày' }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Xem bài viết theo ngày');
    expect(screen.queryByRole('banner')).toBeNull();
    expect(screen.getByRole('contentinfo')).toHaveTextContent('Nguồn: Ủy ban nhân dân Quận Mẫu');
    expectLinksLeaveFrame(container);
  });
});
