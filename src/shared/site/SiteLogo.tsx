import type { Image } from '../contract/primitives';

/** The header's emblem height in CSS pixels. */
export const LOGO_HEIGHT = 44;

/**
 * The site's emblem (`site.json` `logo`, contract §1) beside its name: a fixed height, a width
 * from the intrinsic size when the data gives it (a square box when not; the picture is fitted
 * inside), so the header never moves when it loads. An alt that only repeats the name beside
 * it is left empty rather than read twice.
 */
export function SiteLogo({ logo, siteName }: { logo: Image; siteName: string }) {
  const ratio = logo.width && logo.height ? logo.width / logo.height : 1;
  const width = Math.round(LOGO_HEIGHT * Math.min(3, Math.max(1 / 3, ratio)));
  return (
    <img
      className="site-header__logo"
      src={logo.src}
      alt={logo.alt.trim() === siteName.trim() ? '' : logo.alt}
      width={width}
      height={LOGO_HEIGHT}
      decoding="async"
    />
  );
}
