/**
 * Finds the Chromium that browser tests drive. Playwright's own download cannot run here, so we use
 * the system's: `CHROME_PATH` first, then the usual install locations. With none found the test run
 * fails with instructions; it never skips.
 */
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

const COMMANDS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

export const INSTALL_HELP = [
  'No Chromium or Chrome browser was found for the browser tests.',
  'Install one, then run the tests again:',
  '  Debian/Ubuntu:  sudo apt-get update && sudo apt-get install -y chromium',
  '  macOS:          brew install --cask chromium',
  'or point CHROME_PATH at an existing Chrome/Chromium executable:',
  '  CHROME_PATH=/path/to/chrome npm test',
].join('\n');

function onPath(command: string): string | null {
  try {
    const found = execFileSync('which', [command], { encoding: 'utf8' }).trim();
    return found === '' ? null : found;
  } catch {
    return null;
  }
}

/** The executable to launch, or an error whose message says how to install one. */
export function findBrowser(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to "${fromEnv}", but no file is there.\n\n${INSTALL_HELP}`);
  }
  for (const candidate of CANDIDATES) if (existsSync(candidate)) return candidate;
  for (const command of COMMANDS) {
    const found = onPath(command);
    if (found) return found;
  }
  throw new Error(INSTALL_HELP);
}

/**
 * Flags that give headless Chromium WebGL2 through SwiftShader on machines without a GPU, and stop
 * its own background traffic (which would otherwise be requests to other origins).
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
];
