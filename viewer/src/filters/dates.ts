/** Day arithmetic on YYYY-MM-DD strings (UTC), for the time slider. */
const DAY = 86_400_000;

export function toDay(date: string): number {
  const [y, m = '01', d = '01'] = date.split('-');
  return Math.floor(Date.UTC(Number(y), Number(m) - 1, Number(d)) / DAY);
}

export function fromDay(day: number): string {
  return new Date(day * DAY).toISOString().slice(0, 10);
}

/** The play-forward frames: `steps` evenly spaced end dates from min to max (inclusive, distinct). */
export function playFrames(min: string, max: string, steps = 12): string[] {
  const a = toDay(min);
  const b = toDay(max);
  if (b <= a) return [max];
  const frames = new Set<string>();
  for (let i = 1; i <= steps; i++) frames.add(fromDay(Math.round(a + ((b - a) * i) / steps)));
  return [...frames];
}
