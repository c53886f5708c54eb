/** The site's mark, as the browser tab shows it and every app icon is drawn from: public/favicon.svg. */
export const MARK_PATH = '/favicon.svg';

/** One PNG icon drawn from the mark when the site is built (src/integrations/appIcons.ts). */
export interface AppIcon {
  /** Its file name under /icons/. */
  file: string;
  /** Its width and height, in pixels. */
  size: number;
  /** `any`: the mark as it is, its corners clear. `maskable`: the mark's colour to every edge, for a launcher to crop to its own shape. */
  purpose: 'any' | 'maskable';
  /** How much of the icon's width the mark takes, centred; the rest is the mark's colour. 1 for `any`. */
  scale: number;
}

// A launcher may crop a maskable icon to the circle of 40% of its width around its centre; at 0.8 of
// the width the mark's drawing stays well inside it (test/webapp/icons.test.ts renders it to check).
const MASKABLE_SCALE = 0.8;

/** The icons the web app manifest lists: 192 and 512 px, each as it is and maskable. */
export const APP_ICONS: readonly AppIcon[] = [
  { file: 'icon-192.png', size: 192, purpose: 'any', scale: 1 },
  { file: 'icon-512.png', size: 512, purpose: 'any', scale: 1 },
  { file: 'maskable-192.png', size: 192, purpose: 'maskable', scale: MASKABLE_SCALE },
  { file: 'maskable-512.png', size: 512, purpose: 'maskable', scale: MASKABLE_SCALE },
];

/** The home-screen icon of iOS, which rounds the corners itself and shows clear pixels as black: no clear corners. */
export const TOUCH_ICON: AppIcon = { file: 'apple-touch-icon.png', size: 180, purpose: 'maskable', scale: 1 };

/** Every icon the build draws. */
export const ALL_ICONS: readonly AppIcon[] = [...APP_ICONS, TOUCH_ICON];

/** "/icons/icon-192.png" */
export const iconHref = (icon: AppIcon) => `/icons/${icon.file}`;

/** The icon of a purpose and size: the publisher's logo in structured data is the 512 px one. */
export const appIcon = (purpose: AppIcon['purpose'], size: number) => APP_ICONS.find((i) => i.purpose === purpose && i.size === size)!;

const ROOT = /^\s*(?:<\?xml[^>]*>\s*)?<svg\b([^>]*)>/;

/** The fill of the mark's tile, its first <rect>: the colour a full-bleed icon fills its edges with. */
export function tileColour(mark: string): string {
  const fill = /<rect\b[^>]*\bfill="([^"]+)"/.exec(mark)?.[1];
  if (!fill) throw new Error(`public${MARK_PATH}: expected the mark's tile as its first <rect>, with a fill; the app icons fill their edges with it`);
  return fill;
}

/**
 * The SVG an icon is drawn from: for `any`, the mark as it is; otherwise a square of the mark's colour
 * with the mark inside it at `scale`, its own rounded corners lost against the same colour.
 */
export function iconSvg(mark: string, icon: AppIcon): string {
  const root = ROOT.exec(mark);
  if (!root) throw new Error(`public${MARK_PATH}: expected an <svg> element`);
  if (icon.purpose === 'any') return mark;
  const side = 100 * icon.scale;
  const at = (100 - side) / 2;
  // The mark goes in as a nested <svg>, placed and sized by its own attributes, which replace any it had.
  const attributes = root[1]!.replace(/\s(?:x|y|width|height)="[^"]*"/g, '');
  const inner = mark.slice(root.index + root[0].length);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"><rect width="100" height="100" fill="${tileColour(mark)}"/>` +
    `<svg x="${at}" y="${at}" width="${side}" height="${side}"${attributes}>${inner}</svg>`
  );
}
