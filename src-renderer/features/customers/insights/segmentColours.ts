// The segments' own colours (customers.css gives each .segment-<key> its --segment), read from the stylesheet so
// that a segment's bar is the colour of its badge everywhere else; the accent where the stylesheet has none.
import { SEGMENTS, type Segment } from '@shared/customers/segments';
import '../customers.css';

export function segmentColours(fallback: string): Record<Segment, string> {
  const probe = document.createElement('span');
  probe.style.display = 'none';
  document.body.append(probe);
  try {
    return Object.fromEntries(
      SEGMENTS.map((segment) => {
        probe.className = `segment-${segment}`;
        const colour = getComputedStyle(probe).getPropertyValue('--segment').trim();
        return [segment, colour || fallback];
      }),
    ) as Record<Segment, string>;
  } finally {
    probe.remove();
  }
}
