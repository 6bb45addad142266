// The address layout editor: for one destination country (or every other one) the lines of the address block
// in the layout language, starting from the post's own layout; placeholders inserted with a click; what is wrong
// said per line as the user types; an example address drawn with the layout. Saved in settings for every print.
import {
  defaultLayoutFor,
  formatAddressBlock,
  LAYOUT_PLACEHOLDERS,
  validateAddressLayout,
  type LabelRecipient,
  type LayoutIssue,
  type LayoutPlaceholder,
} from '@shared/labels/addressBlock';
import type { Language } from '@shared/domain/settings';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useSettings } from '../../app/settingsContext';
import { Button } from '../../components/Button';
import { Dialog } from '../../components/Dialog';
import { Select } from '../../components/Select';
import { useToast } from '../../components/useToast';
import { formatCountry } from '../../i18n/format';
import { useFormat } from '../../i18n/useFormat';

const EVERY_OTHER = '*';
// Codes Intl knows that are not countries one mails to.
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'XA', 'XB', 'ZZ']);

/** Every region code the platform can name, by name in the UI language. */
function allCountries(locale: Language): Array<{ code: string; name: string }> {
  const names = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' });
  const found: Array<{ code: string; name: string }> = [];
  for (let a = 65; a <= 90; a++) {
    for (let b = 65; b <= 90; b++) {
      const code = String.fromCharCode(a, b);
      if (NOT_COUNTRIES.has(code)) continue;
      const name = names.of(code);
      if (name && name !== code) found.push({ code, name });
    }
  }
  return found.sort((x, y) => x.name.localeCompare(y.name, locale));
}

// An address to show each layout with: one written in the country's own script where people write so.
const SAMPLES: Readonly<
  Record<string, Omit<LabelRecipient, 'address'> & { address: Omit<LabelRecipient['address'], 'label' | 'country'> }>
> = {
  CN: {
    givenName: '小明',
    familyName: '王',
    fullName: '',
    title: '经理',
    companyName: '瑞宝贸易有限公司',
    address: { street: '浦东新区世纪大道1号', city: '上海市', region: '上海市', postalCode: '200120' },
  },
  JP: {
    givenName: '花子',
    familyName: '山田',
    fullName: '',
    title: '部長',
    companyName: '株式会社ラポール',
    address: { street: '丸の内1-1-1', city: '千代田区', region: '東京都', postalCode: '100-0005' },
  },
  '': {
    givenName: 'Jane',
    familyName: 'Doe',
    fullName: '',
    title: 'Buyer',
    companyName: 'Acme Supplies',
    address: { street: '12 Market Street\nSuite 4', city: 'Springfield', region: 'IL', postalCode: '62701' },
  },
};

function sampleFor(country: string): LabelRecipient {
  const sample = SAMPLES[country === 'TW' ? 'CN' : country] ?? SAMPLES['']!;
  return {
    ...sample,
    address: { ...sample.address, label: 'work', country: country === EVERY_OTHER ? 'NZ' : country },
  };
}

function issueText(issue: LayoutIssue, t: TFunction): string {
  switch (issue.code) {
    case 'emptyLayout':
      return t('mailingLabels.layouts.issues.emptyLayout');
    case 'unknownPlaceholder':
      return issue.suggestion
        ? t('mailingLabels.layouts.issues.unknownPlaceholderSuggestion', {
            line: issue.line,
            placeholder: `{${issue.placeholder}}`,
            suggestion: issue.suggestion,
          })
        : t('mailingLabels.layouts.issues.unknownPlaceholder', {
            line: issue.line,
            placeholder: `{${issue.placeholder}}`,
          });
    case 'unmatchedBrace':
      return t('mailingLabels.layouts.issues.unmatchedBrace', { line: issue.line });
  }
}

export function AddressLayoutsDialog({
  senderCountry,
  onClose,
}: {
  /** Mail to this country gets no country line in the example. */
  senderCountry: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useFormat();
  const toast = useToast();
  const { settings, update } = useSettings();
  const countries = useMemo(() => allCountries(locale), [locale]);
  // Every layout as it will be saved: the user's own, edited here.
  const [layouts, setLayouts] = useState<Record<string, string>>(settings.addressLayouts);
  const [country, setCountry] = useState(() => Object.keys(settings.addressLayouts)[0] ?? (senderCountry || 'US'));
  const [saving, setSaving] = useState(false);
  const textArea = useRef<HTMLTextAreaElement>(null);

  const builtIn = defaultLayoutFor(country === EVERY_OTHER ? '' : country);
  const text = layouts[country] ?? builtIn;
  const own = layouts[country] !== undefined;
  const issues = validateAddressLayout(text);
  const everyIssue = Object.entries(layouts).flatMap(([code, layout]) =>
    validateAddressLayout(layout).map((issue) => ({ code, issue })),
  );
  const example =
    issues.length === 0
      ? formatAddressBlock(sampleFor(country), {
          senderCountry: senderCountry === country ? senderCountry : '',
          includeTitle: true,
          shou: true,
          layouts: { [country]: text },
        })
      : [];

  const setText = (next: string) =>
    setLayouts((all) => {
      const { [country]: _old, ...rest } = all;
      return next === builtIn ? rest : { ...rest, [country]: next };
    });

  const insert = (placeholder: LayoutPlaceholder) => {
    const area = textArea.current;
    const token = `{${placeholder}}`;
    const at = area ? area.selectionStart : text.length;
    const end = area ? area.selectionEnd : text.length;
    setText(text.slice(0, at) + token + text.slice(end));
    requestAnimationFrame(() => {
      area?.focus();
      area?.setSelectionRange(at + token.length, at + token.length);
    });
  };

  const save = async () => {
    setSaving(true);
    try {
      await update({ addressLayouts: layouts });
      toast.show({ message: t('mailingLabels.layouts.saved') });
      onClose();
    } catch (error) {
      toast.show({ message: t('common.error', { message: (error as Error).message }), tone: 'error' });
    } finally {
      setSaving(false);
    }
  };

  const name = (code: string) =>
    code === EVERY_OTHER ? t('mailingLabels.layouts.everyOther') : formatCountry(code, locale);
  const yours = Object.keys(layouts).sort((a, b) => name(a).localeCompare(name(b), locale));
  const options = [
    ...yours.map((code) => ({ value: code, label: t('mailingLabels.layouts.yours', { country: name(code) }) })),
    ...(layouts[EVERY_OTHER] === undefined ? [{ value: EVERY_OTHER, label: name(EVERY_OTHER) }] : []),
    ...countries.filter((c) => layouts[c.code] === undefined).map((c) => ({ value: c.code, label: c.name })),
  ];

  return (
    <Dialog
      title={t('mailingLabels.layouts.title')}
      onClose={onClose}
      size="lg"
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button variant="primary" disabled={saving || everyIssue.length > 0} onClick={() => void save()}>
            {t('mailingLabels.layouts.save')}
          </Button>
        </>
      }
    >
      <p className="muted small">{t('mailingLabels.layouts.intro')}</p>
      <div className="layouts-editor">
        <div className="layouts-edit">
          <Select
            label={t('mailingLabels.layouts.country')}
            value={country}
            onChange={(e) => setCountry(e.target.value)}
            options={options}
          />
          <div className="field">
            <label className="field-label" htmlFor="address-layout-text">
              {t('mailingLabels.layouts.lines')}
              <span className={`badge layouts-badge ${own ? 'is-edited' : ''}`}>
                {own ? t('mailingLabels.layouts.edited') : t('mailingLabels.layouts.builtIn')}
              </span>
            </label>
            <textarea
              id="address-layout-text"
              ref={textArea}
              className="input textarea layouts-text"
              rows={8}
              spellCheck={false}
              value={text}
              aria-invalid={issues.length > 0}
              aria-describedby={issues.length > 0 ? 'address-layout-issues' : undefined}
              onChange={(e) => setText(e.target.value)}
            />
          </div>
          <div className="layouts-chips" role="group" aria-label={t('mailingLabels.layouts.insert')}>
            {LAYOUT_PLACEHOLDERS.map((placeholder) => (
              <button
                key={placeholder}
                type="button"
                className="chip"
                title={`{${placeholder}}`}
                onClick={() => insert(placeholder)}
              >
                {t(`mailingLabels.layouts.placeholders.${placeholder}`)}
              </button>
            ))}
          </div>
          {issues.length > 0 && (
            <ul id="address-layout-issues" className="layouts-issues" role="alert">
              {issues.map((issue, n) => (
                <li key={n}>{issueText(issue, t)}</li>
              ))}
            </ul>
          )}
          {own && (
            <Button size="sm" variant="ghost" icon="restore" onClick={() => setText(builtIn)}>
              {t('mailingLabels.layouts.reset')}
            </Button>
          )}
        </div>
        <figure className="layouts-example">
          <figcaption className="field-label">{t('mailingLabels.layouts.preview')}</figcaption>
          <div className="layouts-example-label" data-testid="layout-example">
            {example.map((line, n) => (
              <div key={n}>{line}</div>
            ))}
          </div>
          {issues.length > 0 && <p className="muted small">{t('mailingLabels.layouts.exampleWaits')}</p>}
        </figure>
      </div>
    </Dialog>
  );
}
