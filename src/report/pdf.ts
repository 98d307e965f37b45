/**
 * HTML to PDF through a real headless browser: Debian's Chromium driven by playwright-core (no
 * browser download; the fonts are the system's, so Japanese needs fonts-noto-cjk).
 */
import { existsSync } from 'node:fs';
import { MamoriError } from '../model/errors.js';

/** Where Chromium is: MAMORI_CHROMIUM, else Debian's /usr/bin/chromium. */
export const chromiumPath = () => process.env.MAMORI_CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'];

/** Renders a self-contained HTML page to an A4 PDF (the page's own @page rules decide the margins). */
export async function renderPdf(html: string, options: { executablePath?: string } = {}): Promise<Uint8Array> {
  const executablePath = options.executablePath ?? chromiumPath();
  if (!existsSync(executablePath)) {
    throw new MamoriError(
      'NO_CHROMIUM',
      `PDF needs Chromium, not found at ${executablePath}: install it (Debian/Ubuntu: apt-get install chromium fonts-noto-cjk) or set MAMORI_CHROMIUM to its path; --format exec-html writes the same summary as HTML`,
    );
  }
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (err) {
    throw new MamoriError('NO_CHROMIUM', `cannot start Chromium at ${executablePath}: ${(err as Error).message.split('\n')[0]}`, { cause: err });
  }
  try {
    const page = await browser.newPage();
    // The report is self-contained: nothing may be fetched while it renders.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  } finally {
    await browser.close();
  }
}
