/**
 * Debian's Chromium, as every browser test and benchmark launches it: Playwright's own download
 * cannot work here, and as root it needs --no-sandbox; the rest keeps it off the network.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumFlags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * For the browser tests only: each page runs its scripts and axe once, so V8's optimising compilers
 * (Maglev, TurboFan) cost more than they save; without them the suite needs about a third less CPU.
 * Benchmarks keep the defaults, since they measure what readers' browsers do.
 */
export const testChromiumFlags = [...chromiumFlags, '--js-flags=--no-opt,--no-maglev'];
