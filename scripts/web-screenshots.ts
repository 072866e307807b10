/**
 * Screenshots of every page of the web application in Chinese and English, at 1366x768 and 390x844.
 * Usage: tsx scripts/web-screenshots.ts [baseUrl] [outDir]   (a server must be running; default http://127.0.0.1:3100)
 */
import { chromium, type Browser } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-quic',
  '--no-first-run',
  '--disable-component-update',
  '--disable-sync',
];

const PAGES: [string, string][] = [
  ['home', '/'],
  ['place-shanghai', '/place/gn:1796236'],
  ['partnership-drawer', '/place/gn:1796236?partnership=FIRST'],
  ['partners-shanghai', '/place/gn:1796236/partners'],
  ['compare', '/compare?places=gn:1796236,gn:1816670'],
  ['countries', '/country'],
  ['country-vn', '/country/VN'],
  ['organisations', '/organisations'],
  ['events', '/events'],
  ['projects', '/projects'],
  ['sources', '/sources'],
  ['entry', '/entry'],
  ['analysis', '/analysis'],
  ['network', '/analysis/network?place=gn:1796236'],
  ['indices', '/indices'],
];

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 768 },
  { name: 'phone', width: 390, height: 844 },
];

async function main() {
  const base = process.argv[2] ?? 'http://127.0.0.1:3100';
  const out = process.argv[3] ?? path.join(os.tmpdir(), 'amity-screenshots');
  const only = process.env.ONLY?.split(',');
  mkdirSync(out, { recursive: true });
  const first = (await (
    await fetch(`${base}/api/partnerships?place=gn:1796236&limit=1&sort=signed&order=desc`)
  ).json()) as { items: { id: string }[] };
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'amity-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    headless: true,
  });
  const browser = context as unknown as Browser;
  try {
    for (const lang of ['zh', 'en']) {
      for (const vp of VIEWPORTS) {
        const page = await context.newPage();
        await page.setViewportSize({ width: vp.width, height: vp.height });
        await page.goto(`${base}/`);
        await page.evaluate((l) => localStorage.setItem('amity.lang', l), lang);
        for (const [name, url] of PAGES) {
          if (only && !only.includes(name)) continue;
          await page.goto(`${base}${url.replace('FIRST', encodeURIComponent(first.items[0]?.id ?? ''))}`);
          await page.waitForLoadState('networkidle');
          await page.waitForTimeout(900); // charts animate in
          const file = path.join(out, `${name}-${lang}-${vp.name}.png`);
          await page.screenshot({ path: file });
          console.log(file);
          if (process.env.FULL === '1') {
            // The whole page in screen-sized parts, for reading long pages.
            const height = await page.evaluate(() => document.documentElement.scrollHeight);
            const step = vp.height * 2;
            for (let y = vp.height, part = 1; y < height && part < 6; y += step, part++) {
              const clip = { x: 0, y, width: vp.width, height: Math.min(step, height - y) };
              await page.screenshot({
                path: file.replace(/\.png$/, `-part${part}.png`),
                fullPage: true,
                clip,
              });
            }
          }
        }
        await page.close();
      }
    }
  } finally {
    await browser.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
}

// Only when run as a script: the browser tests import the Chromium settings above.
if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) await main();
