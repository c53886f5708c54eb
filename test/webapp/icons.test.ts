import { describe, expect, test } from 'vitest';
import { APP_ICONS, iconSvg, tileColour, TOUCH_ICON } from '../../src/webapp/icons';

const MARK = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" width="32" height="32"><rect width="32" height="32" rx="6" fill="#1a4f9c"/><path d="M5 21h22"/></svg>';

test('tileColour(mark) is the fill of the mark’s first <rect>, and a mark without one is named', () => {
  expect(tileColour(MARK)).toBe('#1a4f9c');
  expect(() => tileColour('<svg><path d="M0 0"/></svg>')).toThrow("public/favicon.svg: expected the mark's tile as its first <rect>, with a fill");
});

describe('iconSvg(mark, icon)', () => {
  test('is the mark itself for an icon of purpose any', () => {
    expect(iconSvg(MARK, APP_ICONS[0]!)).toBe(MARK);
  });

  test('puts the mark, at the icon’s scale and centred, on a square of its colour, for a maskable icon', () => {
    const maskable = APP_ICONS.find((i) => i.purpose === 'maskable')!;
    expect(iconSvg(MARK, maskable)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="#1a4f9c"/>' +
        '<svg x="10" y="10" width="80" height="80" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#1a4f9c"/><path d="M5 21h22"/></svg></svg>',
    );
  });

  test('fills the corners of the home-screen icon of iOS, which would show them black', () => {
    expect(iconSvg(MARK, TOUCH_ICON)).toContain('<rect width="100" height="100" fill="#1a4f9c"/><svg x="0" y="0" width="100" height="100"');
  });

  test('names a mark that is not SVG', () => {
    expect(() => iconSvg('<png/>', TOUCH_ICON)).toThrow('public/favicon.svg: expected an <svg> element');
  });
});
