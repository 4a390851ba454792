import type { FullResult, Reporter, TestCase, TestResult } from '@playwright/test/reporter';

/**
 * Prints the ten slowest tests at the end of the run, each with the share of its timeout it used,
 * and names every test that used more than a third of its timeout: the margin a loaded machine needs.
 */
export default class SlowestTests implements Reporter {
  private readonly runs: { title: string; duration: number; timeout: number }[] = [];

  onTestEnd(test: TestCase, result: TestResult) {
    this.runs.push({ title: test.titlePath().slice(1).join(' › '), duration: result.duration, timeout: test.timeout });
  }

  onEnd(result: FullResult) {
    const slowest = [...this.runs].sort((a, b) => b.duration - a.duration).slice(0, 10);
    const line = (r: (typeof slowest)[number]) =>
      `  ${(r.duration / 1000).toFixed(1).padStart(6)} s  ${String(Math.round((100 * r.duration) / r.timeout)).padStart(3)}% of ${r.timeout / 1000} s  ${r.title}`;
    console.log(`\nSlowest tests (run took ${(result.duration / 1000).toFixed(0)} s):\n${slowest.map(line).join('\n')}`);
    const tight = this.runs.filter((r) => r.duration > r.timeout / 3);
    if (tight.length > 0) console.log(`\nUsed more than a third of their timeout:\n${tight.map(line).join('\n')}`);
  }

  printsToStdio() {
    return false;
  }
}
