/**
 * Load progress on stderr: on a terminal a bar redrawn in place (percent of bytes read, stances,
 * rate, ETA); otherwise a plain line every few seconds. `finish` prints the summary line.
 */
import type { LoadSummary } from './loader.js';

export interface ProgressSink {
  isTTY?: boolean;
  write(text: string): unknown;
}

const clock = (seconds: number) => {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${mm}:${ss}` : `${mm}:${ss}`;
};
const thousands = (n: number) => Math.round(n).toLocaleString('en-US');

/** One progress line: pure, for tests and both output modes. */
export function progressLine(summary: LoadSummary, fraction: number | null, width = 24): string {
  const rate = summary.seconds > 0 ? summary.stances / summary.seconds : 0;
  const articleRate = summary.seconds > 0 ? summary.articles / summary.seconds : 0;
  const eta = fraction && fraction > 0 ? (summary.seconds * (1 - fraction)) / fraction : Number.NaN;
  const parts = [
    `${thousands(summary.articles)} articles`,
    `${thousands(summary.stances)} stances written`,
    `${thousands(rate)} stances/s (${thousands(articleRate)} articles/s)`,
    `elapsed ${clock(summary.seconds)}`,
  ];
  if (fraction === null) return parts.join('  ');
  const filled = Math.max(0, Math.min(width, Math.round(fraction * width)));
  return `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${(fraction * 100).toFixed(0).padStart(3)}%  ${parts.join('  ')}  ETA ${clock(eta)}`;
}

export class LoadProgress {
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly sink: ProgressSink = process.stderr,
    private readonly fraction: () => number | null = () => null,
    private readonly plainEveryMs = 5_000,
  ) {}

  update(summary: LoadSummary): void {
    const now = performance.now();
    if (this.sink.isTTY) {
      if (now - this.lastDraw < 150) return;
      this.sink.write(`\r\u001b[2K${progressLine(summary, this.fraction())}`);
      this.drawn = true;
    } else {
      if (now - this.lastDraw < this.plainEveryMs) return;
      this.sink.write(`${progressLine(summary, this.fraction())}\n`);
    }
    this.lastDraw = now;
  }

  finish(summary: LoadSummary): void {
    if (this.drawn) this.sink.write('\r\u001b[2K');
    const rate = summary.seconds > 0 ? summary.stances / summary.seconds : 0;
    this.sink.write(
      `loaded ${thousands(summary.articles)} articles (${thousands(summary.written)} written, ${thousands(summary.unchanged)} unchanged, ${thousands(summary.replaced)} replaced), ` +
        `${thousands(summary.stances)} stances in ${summary.seconds.toFixed(2)} s (${thousands(rate)} stances/s)${summary.rollupRebuilt ? '; country-level roll-up rebuilt' : ''}\n`,
    );
  }
}
