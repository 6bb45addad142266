// Which of the offered label fonts this computer has. A browser will not list system fonts, but text measured in
// a font it lacks comes out exactly as wide as in the fallback; one that differs from two different fallbacks is
// there. Measured once, off-screen; where no canvas can measure (tests in jsdom) every font is offered.
import { LABEL_FONT_CHOICES } from '@shared/labels/fonts';
import { useMemo } from 'react';

const SAMPLE = 'mmmmmmmmmlli WwQq 0123 地址收件人';
let measured: string[] | null = null;

function measureInstalled(): string[] {
  if (typeof OffscreenCanvas === 'undefined') return LABEL_FONT_CHOICES.map((f) => f.family);
  const context = new OffscreenCanvas(10, 10).getContext('2d');
  if (!context) return LABEL_FONT_CHOICES.map((f) => f.family);
  const width = (font: string) => {
    context.font = `48px ${font}`;
    return context.measureText(SAMPLE).width;
  };
  const fallbacks = ['monospace', 'serif'].map((generic) => ({ generic, width: width(generic) }));
  return LABEL_FONT_CHOICES.filter(({ family }) =>
    fallbacks.some(({ generic, width: plain }) => width(`"${family}", ${generic}`) !== plain),
  ).map((f) => f.family);
}

export function useInstalledFonts(): string[] {
  return useMemo(() => (measured ??= measureInstalled()), []);
}
