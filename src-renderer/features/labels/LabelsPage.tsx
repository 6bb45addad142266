// Mailing labels: find the sheet by the code on its pack, see the first sheet to scale with real addresses,
// start on a partly used sheet, choose who gets a label and how it reads, and save the labels as a PDF.
import { ReturnAddressCard } from './ReturnAddressCard';
import { CalibrationCard } from './CalibrationCard';
import {
  labelsOnPage,
  NO_CALIBRATION,
  pagesNeeded,
  type Calibration,
  type SheetPosition,
} from '@shared/labels/geometry';
import { LABEL_SHEETS, sheetById } from '@shared/labels/sheets';
import type { LabelStyleInput } from '@shared/validation/labels';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api } from '../../api/api';
import { useApiQuery } from '../../api/useApiQuery';
import { Card } from '../../components/Card';
import { IconButton } from '../../components/IconButton';
import { ErrorNotice } from '../../components/ErrorNotice';
import { useStickyState } from '../../hooks/useStickyState';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { useFormat } from '../../i18n/useFormat';
import { DEFAULT_SHEET_ID, DEFAULT_STYLE } from './labelOptions';
import { LabelsTabs } from './LabelsTabs';
import { LeftOutCard } from './LeftOutCard';
import { LinesCard } from './LinesCard';
import { RecipientsCard } from './RecipientsCard';
import { SaveOutcomeNotice } from './SaveOutcomeNotice';
import { customSheetChoice } from './customSheetChoice';
import { SheetPicker } from './SheetPicker';
import { SheetPreview } from './SheetPreview';
import { StartPosition } from './StartPosition';
import { StyleCard } from './StyleCard';
import { useCustomSheets } from './useCustomSheets';
import { useSaveLabelsPdf } from './useSaveLabelsPdf';
import { usePrinters } from './usePrinters';
import { PrintActions } from './PrintActions';
import { useRecipientsChoice } from './useRecipientsChoice';
import './labels.css';

/** The value, or the last one it had while it is undefined (an answer on its way). */
function useLastDefined<T>(value: T | undefined): T | undefined {
  const [kept, setKept] = useState(value);
  if (value !== undefined && value !== kept) setKept(value);
  return value ?? kept;
}

export function LabelsPage() {
  const { t } = useTranslation();
  const { locale, number } = useFormat();
  const [sheetId, setSheetId] = useStickyState('labels.sheet', DEFAULT_SHEET_ID);
  const customSheets = useCustomSheets();
  const sheet = sheetById(sheetId) ?? customSheetChoice(customSheets.data, sheetId) ?? LABEL_SHEETS[0]!;
  const g = sheet.geometry;
  // A custom sheet has no brand: its name alone.
  const sheetName = [sheet.brand, sheet.code].filter(Boolean).join(' ');
  const [query, setQuery] = useState('');
  const [startChosen, setStart] = useState<SheetPosition>({ row: 1, column: 1 });
  const start = { row: Math.min(startChosen.row, g.rows), column: Math.min(startChosen.column, g.columns) };
  // The page of the preview; main sends the blocks of that page's labels.
  const [pageChosen, setPage] = useState(1);
  const [zoom, setZoom] = useStickyState<'fit' | 'actual'>('labels.zoom', 'fit');
  const perSheet = g.rows * g.columns;
  // Main sends at most 500 blocks at a time (no sheet in use has more labels than that).
  const onPage = labelsOnPage(g, pageChosen, start);
  const who = useRecipientsChoice({ from: onPage.from, count: Math.min(onPage.count, 500) });
  const { url, viewName, scope, options, changeOptions, recipientsInput, recipients } = who;
  // While another page's blocks are on their way, the counts stay as they were.
  const data = useLastDefined(recipients.data);
  const [style, setStyle] = useStickyState<LabelStyleInput>('labels.style', DEFAULT_STYLE);
  const printerChoice = usePrinters();
  const { printers, printer, setPrinter, printerLabel } = printerChoice;
  // The calibration in use: what is saved for this printer and sheet, unless the user is changing it.
  const printerKey = useDebouncedValue(printer.trim(), 300);
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
  const labelsPrint = { sheetId: sheet.id, start, calibration, style, recipients: recipientsInput };
  const labelCount = data?.labels ?? 0;
  const pages = pagesNeeded(g, labelCount, start);
  // A page that no longer exists (fewer labels, a bigger sheet) shows the last one.
  const page = Math.max(1, Math.min(pageChosen, pages));
  if (data && pageChosen !== page) setPage(page);
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
        <LabelsTabs />
        <PrintActions
          choice={printerChoice}
          output={pdf}
          job={{ kind: 'labels', print: labelsPrint }}
          locale={locale}
          ready={!!data && labelCount > 0}
          saveLabel={t('mailingLabels.save.button')}
          onSave={() => void pdf.save({ print: labelsPrint, locale })}
        />
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
              customSheets={customSheets.data ?? []}
            />
          </Card>
          <Card
            title={t('mailingLabels.preview.heading')}
            icon="board"
            className="labels-card labels-preview-card"
            actions={
              <span className="labels-sheet-size muted small">
                {sheetName} · {t(`mailingLabels.sheet.paper.${sheet.paper}`)} ·{' '}
                {t('mailingLabels.sheet.perSheet', { count: perSheet })}
              </span>
            }
          >
            <div className="labels-preview" aria-busy={recipients.loading}>
              <SheetPreview
                sheet={sheet}
                blocks={data?.blocks ?? []}
                nameLines={data?.nameLines}
                start={start}
                page={page}
                zoom={zoom}
                onStartChange={page === 1 ? setStart : undefined}
                style={style}
                boldFirstLine={style.boldName && options.includeName}
              />
            </div>
            <div className="labels-preview-pager">
              <div className="labels-preview-pages" role="group" aria-label={t('mailingLabels.preview.heading')}>
                <IconButton
                  icon="chevronLeft"
                  label={t('mailingLabels.preview.previousPage')}
                  disabled={page <= 1}
                  onClick={() => setPage(page - 1)}
                />
                <span className="muted small tabular" data-testid="labels-page-position">
                  {t('mailingLabels.preview.page', { page: number(page), pages: number(Math.max(pages, 1)) })}
                </span>
                <IconButton
                  icon="chevronRight"
                  label={t('mailingLabels.preview.nextPage')}
                  disabled={page >= pages}
                  onClick={() => setPage(page + 1)}
                />
              </div>
              <div className="segmented" role="radiogroup" aria-label={t('mailingLabels.preview.zoom')}>
                {(['fit', 'actual'] as const).map((value) => (
                  <label key={value} className={zoom === value ? 'is-checked' : ''}>
                    <input type="radio" name="labels-zoom" checked={zoom === value} onChange={() => setZoom(value)} />
                    {t(`mailingLabels.preview.${value}`)}
                  </label>
                ))}
              </div>
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
            onScopeChange={who.chooseScope}
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
            perSheet={perSheet}
            start={start}
            calibration={calibration}
            style={style}
            printer={printer}
            printerLabel={printerLabel}
            output={pdf}
            locale={locale}
          />
          <CalibrationCard
            sheetId={sheet.id}
            sheetName={sheetName}
            printers={printers}
            printer={printer}
            onPrinterChange={setPrinter}
            onPrintTestPage={() =>
              void pdf.print({
                job: { kind: 'calibration', sheetId: sheet.id, calibration },
                printer,
                printerLabel,
                locale,
              })
            }
            printing={pdf.saving}
            calibration={calibration}
            onCalibrationChange={(next) => setEdited({ key: calibrationKey, calibration: next })}
          />
        </div>
      </div>
    </div>
  );
}
