import { describe, expect, it } from 'vitest';
import { LoadProgress, progressLine } from '../../../ingest/load/progress.js';

const summary = { articles: 5_000, written: 5_000, unchanged: 0, replaced: 0, stances: 50_000, batches: 5, seconds: 10 };

describe('load progress', () => {
  it('shows the bar, percent, rate and an ETA from the fraction done', () => {
    const line = progressLine(summary, 0.25, 8);
    expect(line).toContain('[##------]  25%');
    expect(line).toContain('5,000 stances/s');
    expect(line).toContain('ETA 00:30');
  });

  it('prints plain periodic lines, not a redrawn bar, when stderr is not a terminal', () => {
    const out: string[] = [];
    const progress = new LoadProgress({ isTTY: false, write: (t: string) => out.push(t) }, () => 0.5, 0);
    progress.update(summary);
    progress.finish(summary);
    expect(out[0]).not.toContain('\r');
    expect(out[0]!.endsWith('\n')).toBe(true);
    expect(out[1]).toMatch(/^loaded 5,000 articles .* 50,000 stances in 10\.00 s \(5,000 stances\/s\)/);
  });
});
