// Initials in a tinted circle; the tint is stable per id so people are easy to spot again.
import { Icon } from './Icon';

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function initialsOf(name: string): string {
  const trimmed = name.trim();
  if (trimmed === '') return '';
  // Chinese names: the given name (last one or two characters) is what people call each other.
  if (CJK.test(trimmed)) return trimmed.length > 2 ? trimmed.slice(-2) : trimmed;
  const words = trimmed.split(/\s+/);
  return ((words[0]?.[0] ?? '') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')).toUpperCase();
}

interface AvatarProps {
  name: string;
  id: number;
  size?: 'sm' | 'md' | 'lg';
  kind?: 'person' | 'company' | 'deal';
}

export function Avatar({ name, id, size = 'sm', kind = 'person' }: AvatarProps) {
  const initials = initialsOf(name);
  return (
    <span className={`avatar avatar-${size} avatar-${kind} tint-${id % 8}`} aria-hidden="true">
      {kind === 'person' ? (
        initials || <Icon name="person" />
      ) : (
        <Icon name={kind === 'company' ? 'company' : 'funnel'} size={size === 'lg' ? 28 : 15} />
      )}
    </span>
  );
}
