/** A tiny element builder: text is always set as text (never HTML), so API data cannot inject markup. */
type Child = Node | string | number | null | undefined | false;
type Props = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: (Child | Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2).toLowerCase(), value);
    else if (key === 'class') el.className = String(value);
    else if (key === 'style') setStyle(el, String(value));
    else if (value === true) el.setAttribute(key, '');
    else el.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Inline styles through the CSSOM: allowed by a CSP without 'unsafe-inline' (style attributes are not). */
export function setStyle(el: HTMLElement, text: string): void {
  for (const decl of text.split(';')) {
    const i = decl.indexOf(':');
    if (i > 0) el.style.setProperty(decl.slice(0, i).trim(), decl.slice(i + 1).trim());
  }
}

export function clear(el: Element): void {
  while (el.firstChild) el.removeChild(el.firstChild);
}

export function debounce<A extends unknown[]>(fn: (...args: A) => void, ms: number): (...args: A) => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return (...args: A) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}

export const RELATION_LABEL = (type: string) => type.toLowerCase().replace(/_/g, ' ');

/**
 * A performance mark (then `then`) once what is drawn now is on screen: after the next frame's commit,
 * which under software compositing includes reading the WebGL canvases back.
 */
export function markWhenPainted(name: string, then?: () => void): void {
  requestAnimationFrame(() =>
    setTimeout(() => {
      performance.mark(name);
      then?.();
    }, 0),
  );
}
