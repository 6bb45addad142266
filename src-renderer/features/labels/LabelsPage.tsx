// Mailing labels: find the sheet by the code on its pack, see the first sheet to scale with real addresses,
// start on a partly used sheet, choose who gets a label and how it reads, and save the labels as a PDF.
import { ReturnAddressCard } from './ReturnAddressCard';
import { CalibrationCard } from './CalibrationCard';
import { NO_CALIBRATION, pagesNeeded, type Calibration, type SheetPosition } from '@shared/labels/geometry';
import { LABEL_SHEETS, sheetById } from '@shared/labels/sheets';
import type { LabelStyleInput, RecipientsInput } from '@shared/validation/labels';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Button } from '../../components/Button';
import { Card } from '../../components/Card';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useStickyState } from '../../hooks/useStickyState';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useFormat } from '../../i18n/useFormat';
import {
  DEFAULT_SHEET_ID,
  DEFAULT_RECIPIENT_OPTIONS,
  DEFAULT_STYLE,
  defaultSenderCountry,
  type RecipientOptions,
} from './labelOptions';
import { recipientsScope, scopeFromParams, scopeKinds, type ScopeKind } from './labelScope';
import { LeftOutCard } from './LeftOutCard';
import { LinesCard } from './LinesCard';
import { RecipientsCard } from './RecipientsCard';
import { SaveOutcomeNotice } from './SaveOutcomeNotice';
import { SheetPicker } from './SheetPicker';
import { SheetPreview } from './SheetPreview';
import { StartPosition } from './StartPosition';
import { StyleCard } from './StyleCard';
import { useSaveLabelsPdf } from './useSaveLabelsPdf';
import './labels.css';

export function LabelsPage() {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const [params] = useSearchParams();
  const paramsKey = params.toString();
  const url = useMemo(() => scopeFromParams(new URLSearchParams(paramsKey)), [paramsKey]);

  // The scope the address passed in is chosen first; a new address (another selection) chooses again.
  const [chosenScope, setChosenScope] = useState<{ for: string; kind: ScopeKind } | null>(null);
  const scope = chosenScope?.for === paramsKey ? chosenScope.kind : (scopeKinds(url)[0] ?? 'everyone');

  const [sheetId, setSheetId] = useStickyState('labels.sheet', DEFAULT_SHEET_ID);
  const sheet = sheetById(sheetId) ?? LABEL_SHEETS[0]!;
  const g = sheet.geometry;
  const [query, setQuery] = useState('');
  const [startChosen, setStart] = useState<SheetPosition>({ row: 1, column: 1 });
  const start = { row: Math.min(startChosen.row, g.rows), column: Math.min(startChosen.column, g.columns) };
  const [style, setStyle] = useStickyState<LabelStyleInput>('labels.style', DEFAULT_STYLE);
  const [printer, setPrinter] = useStickyState('labels.printer', '');
  // The calibration in use: what is saved for this printer and sheet, unless the user is changing it.
  const printerKey = useDebouncedValue(printer.trim(), 300);
  const [chosenOptions, setOptions] = useStickyState('labels.options', DEFAULT_RECIPIENT_OPTIONS);
  // The sender's country follows the language (settings load after the first render) until one is picked.
  const [senderCountry, setSenderCountry] = useStickyState<string | null>('labels.senderCountry', null);
  const options: RecipientOptions = { ...chosenOptions, senderCountry: senderCountry ?? defaultSenderCountry(locale) };
  const changeOptions = ({ senderCountry: country, ...change }: Partial<RecipientOptions>) => {
    if (country !== undefined) setSenderCountry(country);
    setOptions((o) => ({ ...o, ...change }));
  };

  const views = useApiQuery(
    url.viewId !== undefined ? 'views:contact' : null,
    () => api.views.list({ entity: 'contact' }),
    ['view'],
  );
  const viewName = views.data?.find((v) => v.id === url.viewId)?.name;

  const recipientsInput: RecipientsInput = { ...recipientsScope(scope, url), ...options };
  // Typing a number of copies should not ask main once per keystroke.
  const requestKey = useDebouncedValue(JSON.stringify({ recipients: recipientsInput, locale }), 250);
  const recipients = useApiQuery(
    `labels.recipients:${requestKey}`,
    () => api.labels.recipients(JSON.parse(requestKey) as { recipients: RecipientsInput; locale: typeof locale }),
    ['contact', 'company'],
  );
  const data = recipients.data;
  const savedCalibration = useApiQuery(
    printerKey ? `labels.calibration:${printerKey}:${sheet.id}` : null,
    () => api.labels.calibration({ printer: printerKey, sheetId: sheet.id }),
    ['labels'],
  );
  // Edits belong to the printer as typed (the saved values are looked up once typing pauses).
  const calibrationKey = `${printer.trim()}|${sheet.id}`;
  const [edited, setEdited] = useState<{ key: string; calibration: Calibration } | null>(null);
  const calibration =
    edited?.key === calibrationKey
      ? edited.calibration
      : ((printerKey === printer.trim() ? savedCalibration.data : undefined) ?? NO_CALIBRATION);
  const pdf = useSaveLabelsPdf();
  const labelCount = data?.labels ?? 0;
  const pages = pagesNeeded(g, labelCount, start);
  const summary = data
    ? t('mailingLabels.preview.summary', {
        count: labelCount,
        formatted: number(labelCount),
        pages: t('mailingLabels.preview.pages', { count: pages }),
      })
    : undefined;

  return (
    <div className="page page-labels">
      <header className="page-header">
        <div className="page-title">
          <h1>{t('mailingLabels.title')}</h1>
          {summary && (
            <span className="page-count" data-testid="labels-summary">
              {summary}
            </span>
          )}
        </div>
        <div className="page-actions">
          <Button
            variant="primary"
            icon="download"
            disabled={!data || labelCount === 0 || pdf.saving}
            onClick={() =>
              void pdf.save({
                print: { sheetId: sheet.id, start, calibration, style, recipients: recipientsInput },
                locale,
              })
            }
          >
            {pdf.saving ? t('mailingLabels.save.saving') : t('mailingLabels.save.button')}
          </Button>
        </div>
      </header>
      {pdf.outcome && <SaveOutcomeNotice outcome={pdf.outcome} onDismiss={pdf.dismiss} />}
      <div className="labels-layout">
        <div className="labels-column">
          <Card title={t('mailingLabels.sheet.heading')} icon="list" className="labels-card">
            <SheetPicker
              query={query}
              onQueryChange={setQuery}
              selectedId={sheet.id}
              onSelect={(s) => setSheetId(s.id)}
            />
          </Card>
          <Card
            title={t('mailingLabels.preview.heading')}
            icon="board"
            className="labels-card labels-preview-card"
            actions={
              <span className="labels-sheet-size muted small">
                {sheet.brand} {sheet.code} · {t(`mailingLabels.sheet.paper.${sheet.paper}`)} ·{' '}
                {t('mailingLabels.sheet.perSheet', { count: g.rows * g.columns })}
              </span>
            }
          >
            <div className="labels-preview" aria-busy={recipients.loading}>
              <SheetPreview
                sheet={sheet}
                blocks={data?.first ?? []}
                nameLines={data?.firstNameLines}
                start={start}
                onStartChange={setStart}
                style={style}
                boldFirstLine={style.boldName && options.includeName}
              />
            </div>
            <StartPosition geometry={g} start={start} onChange={setStart} />
            <p className="field-hint">{t('mailingLabels.preview.hint')}</p>
          </Card>
        </div>
        <div className="labels-column">
          {recipients.error && <ErrorNotice error={recipients.error} onRetry={recipients.reload} />}
          {data && labelCount === 0 && (
            <div className="labels-empty" role="status">
              <strong>{t('mailingLabels.empty.title')}</strong>
              <p className="muted small">{t('mailingLabels.empty.body')}</p>
              <Link className="btn btn-sm btn-secondary" to="/contacts">
                {t('mailingLabels.empty.action')}
              </Link>
            </div>
          )}
          <RecipientsCard
            url={url}
            viewName={viewName}
            scope={scope}
            onScopeChange={(kind) => setChosenScope({ for: paramsKey, kind })}
            options={options}
            onOptionsChange={changeOptions}
            summary={
              data
                ? t('mailingLabels.who.count', { count: data.recipients, formatted: number(data.recipients) })
                : undefined
            }
          />
          <LinesCard options={options} onOptionsChange={changeOptions} />
          <StyleCard style={style} onChange={(change) => setStyle((s) => ({ ...s, ...change }))} />
          {data && <LeftOutCard leftOut={data.leftOut} />}
          <ReturnAddressCard
            sheetId={sheet.id}
            perSheet={g.rows * g.columns}
            start={start}
            calibration={calibration}
            style={style}
          />
          <CalibrationCard
            sheetId={sheet.id}
            sheetName={`${sheet.brand} ${sheet.code}`}
            printer={printer}
            onPrinterChange={setPrinter}
            calibration={calibration}
            onCalibrationChange={(next) => setEdited({ key: calibrationKey, calibration: next })}
          />
        </div>
      </div>
    </div>
  );
}
