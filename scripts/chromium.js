// Debian's Chromium (CHROME_PATH to use another), as every tool here starts
// it: headless, and kept from reaching any outside host (this machine has no
// internet). web-test-runner's launcher (scripts/wtr-browsers.js) adds its
// own flags to these; the Node tests and scripts use launchChromium().
import puppeteer from 'puppeteer-core';

export const CHROMIUM_PATH = process.env.CHROME_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** A headless Chromium driven by puppeteer-core. */
export function launchChromium() {
  return puppeteer.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
}
