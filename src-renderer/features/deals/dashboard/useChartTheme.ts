// The stylesheet's colours as a canvas can use them. The CSS variables hold light-dark() pairs that only the
// browser can resolve, so a hidden probe element takes each one and its computed colour is read back; the
// colours are read again when the theme (Settings, or the system's) changes.
import { useEffect, useState } from 'react';

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  background: string;
  accent: string;
  /** The accent, faded: a series shown behind another. */
  accentFaded: string;
  won: string;
  lost: string;
  previous: string;
  /** The stylesheet's tints (--tint-0-fg … --tint-7-fg): one colour per series of a kind (activity kinds). */
  tints: string[];
  font: string;
}

function readTheme(): ChartTheme {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.append(probe);
  const resolve = (variable: string) => {
    probe.style.color = `var(${variable})`;
    return getComputedStyle(probe).color;
  };
  try {
    const accent = resolve('--accent');
    return {
      text: resolve('--text'),
      muted: resolve('--text-muted'),
      grid: resolve('--border'),
      background: resolve('--bg-raised'),
      accent,
      accentFaded: withAlpha(accent, 0.28),
      won: resolve('--tint-1-fg'),
      lost: resolve('--danger'),
      previous: resolve('--text-faint'),
      tints: Array.from({ length: 8 }, (_, i) => resolve(`--tint-${i}-fg`)),
      font: getComputedStyle(document.body).fontFamily,
    };
  } finally {
    probe.remove();
  }
}

/** "rgb(1, 2, 3)" with an alpha; other forms are returned as they are. */
export function withAlpha(color: string, alpha: number): string {
  const m = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  return m ? `rgba(${m[1]}, ${m[2]}, ${m[3]}, ${alpha})` : color;
}

export function useChartTheme(): ChartTheme {
  const [theme, setTheme] = useState(readTheme);
  useEffect(() => {
    const refresh = () => setTheme(readTheme());
    // data-theme is the user's choice in Settings, lang changes the font; the media query is the system's.
    const observer = new MutationObserver(refresh);
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'lang'] });
    // (Not every environment has matchMedia: jsdom, in the UI tests, does not.)
    const media = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
    media?.addEventListener('change', refresh);
    return () => {
      observer.disconnect();
      media?.removeEventListener('change', refresh);
    };
  }, []);
  return theme;
}
