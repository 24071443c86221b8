import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PhoneLink } from './PhoneLink';

describe('PhoneLink', () => {
  it('gives each of two numbers in one field its own link', () => {
    render(<PhoneLink number="0909 022 456 / 0909 022 457" />);
    expect(screen.getByRole('link', { name: '0909 022 456' })).toHaveAttribute(
      'href',
      'tel:0909022456',
    );
    expect(screen.getByRole('link', { name: '0909 022 457' })).toHaveAttribute(
      'href',
      'tel:0909022457',
    );
  });

  it('dials an extension after a pause and keeps the +', () => {
    render(<PhoneLink number="+84 (28) 3829 1913 ext 12" />);
    expect(screen.getByRole('link', { name: '+84 (28) 3829 1913 ext 12' })).toHaveAttribute(
      'href',
      'tel:+842838291913,12',
    );
  });

  it('shows a vanity number as text, without a link', () => {
    render(<PhoneLink number="1800-CALL-NOW" />);
    expect(screen.getByText('1800-CALL-NOW')).toBeVisible();
    expect(screen.queryByRole('link')).toBeNull();
  });
});
