/** The date range: from/to inputs, an "up to" slider, and a play button that moves it forward. */
import { h } from '../dom.js';
import { fromDay, playFrames, toDay } from './dates.js';

export function mountTimeline(root: HTMLElement, onChange: (from: string | null, to: string | null) => void) {
  const from = h('input', { type: 'date', 'aria-label': 'From date', 'data-testid': 'date-from' });
  const to = h('input', { type: 'date', 'aria-label': 'To date', 'data-testid': 'date-to' });
  const slider = h('input', {
    type: 'range',
    min: '0',
    max: '0',
    step: '1',
    'aria-label': 'Show stances up to this date',
    'data-testid': 'time-slider',
  });
  const play = h(
    'button',
    { type: 'button', class: 'icon-button', 'aria-label': 'Play the story forward', 'data-testid': 'time-play' },
    '▶',
  );
  const label = h('span', { class: 'time-label', 'aria-live': 'polite' });
  const empty = h('p', { class: 'empty' }, 'No dated stances.');
  root.append(h('div', { class: 'dates' }, from, h('span', {}, '–'), to), h('div', { class: 'slider-row' }, play, slider), label, empty);
  let span: { min: string; max: string } | null = null;
  let timer: ReturnType<typeof setInterval> | null = null;
  let current = { from: null as string | null, to: null as string | null };

  const stop = () => {
    if (timer) clearInterval(timer);
    timer = null;
    play.textContent = '▶';
    play.setAttribute('aria-label', 'Play the story forward');
  };
  from.addEventListener('change', () => onChange(from.value || null, current.to));
  to.addEventListener('change', () => onChange(current.from, to.value || null));
  slider.addEventListener('input', () => {
    if (!span) return;
    const day = toDay(span.min) + Number(slider.value);
    onChange(current.from, day >= toDay(span.max) ? null : fromDay(day));
  });
  play.addEventListener('click', () => {
    if (timer) return stop();
    if (!span) return;
    const frames = playFrames(span.min, span.max);
    let i = 0;
    play.textContent = '❚❚';
    play.setAttribute('aria-label', 'Pause');
    onChange(current.from, frames[0] ?? null);
    timer = setInterval(() => {
      i++;
      if (i >= frames.length) {
        stop();
        onChange(current.from, null);
        return;
      }
      onChange(current.from, frames[i]!);
    }, 700);
  });

  return (dateSpan: { min: string; max: string } | null, fromValue: string | null, toValue: string | null) => {
    span = dateSpan;
    current = { from: fromValue, to: toValue };
    empty.hidden = dateSpan !== null;
    for (const el of [from, to, slider, play]) el.disabled = dateSpan === null;
    if (!dateSpan) return;
    from.min = to.min = dateSpan.min;
    from.max = to.max = dateSpan.max;
    from.value = fromValue ?? '';
    to.value = toValue ?? '';
    const total = toDay(dateSpan.max) - toDay(dateSpan.min);
    slider.max = String(total);
    slider.value = String(toValue ? Math.min(total, toDay(toValue) - toDay(dateSpan.min)) : total);
    label.textContent = toValue
      ? `Stances up to ${toValue}`
      : `${dateSpan.min === dateSpan.max ? dateSpan.min : `${dateSpan.min} – ${dateSpan.max}`}`;
  };
}
