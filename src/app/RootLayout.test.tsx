import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { site } from '../../mocks/fixtures';
import { serveFile } from '../../mocks/handlers';
import { server } from '../../mocks/node';
import { renderApp } from '../../test/utils/render-app';

const logo = { src: '/images/emblem.svg', alt: 'Biểu trưng Quận Mẫu', width: 240, height: 120 };
const homeLink = () => screen.findByRole('link', { name: /Ủy ban nhân dân Quận Mẫu/ });

describe('the site header', () => {
  it("shows the site's logo beside its name, with its alt and a box reserved before it loads", async () => {
    server.use(serveFile('site.json', { ...site, logo }));
    renderApp('/');
    const link = await homeLink();
    const img = within(link).getByRole('img', { name: 'Biểu trưng Quận Mẫu' });
    expect(img).toHaveAttribute('src', '/images/emblem.svg');
    // 44 px tall, as wide as its 2:1 picture: no layout shift when it arrives.
    expect([img.getAttribute('width'), img.getAttribute('height')]).toEqual(['88', '44']);
    expect(link).toHaveTextContent('Ủy ban nhân dân Quận Mẫu');
    expect(link.firstElementChild).toBe(img);
  });

  it('reserves a square when the logo has no size, and reads a name-only alt once', async () => {
    server.use(serveFile('site.json', { ...site, logo: { src: '/logo.png', alt: site.name } }));
    renderApp('/');
    const link = await homeLink();
    const img = link.querySelector('img');
    expect([img?.getAttribute('width'), img?.getAttribute('height')]).toEqual(['44', '44']);
    expect(img).toHaveAttribute('alt', '');
  });

  it('has no image when site.json has no logo or a malformed one', async () => {
    server.use(serveFile('site.json', { ...site, logo: { src: 'javascript:alert(1)', alt: 'x' } }));
    renderApp('/');
    const link = await homeLink();
    expect(link.querySelector('img')).toBeNull();
    expect(link).toHaveTextContent(site.name);
  });
});
