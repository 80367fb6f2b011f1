/**
 * The patient's trajectories as Observable Plot figures on one shared time axis: ALSFRS-R total
 * with the engine's slope and its confidence band, the four ALSFRS-R domains, vital capacity with
 * the 80 % and 50 % lines, weight with the −5 % and −10 % lines, and King's / MiToS stages over
 * time. Used by the Trajectories tab and, smaller, by the printable visit summary.
 */
import type { Assessment } from '@betz/engine';
import * as Plot from '@observablehq/plot';
import { useCallback, useMemo } from 'react';
import { num, signed } from './format';
import { PlotFigure, type TableRow } from './PlotFigure';
import {
  alsfrsrDomains,
  alsfrsrTotals,
  LAST_BAND_DAYS,
  type Point,
  slopeDrawing,
  stageBands,
  utc,
  vitalCapacity,
  weightReference,
  weights,
} from './plotData';

const INK = '#1b1f24';
const ACCENT = '#1f5fa8';
const URGENT = '#b3261e';
const DUE = '#8a5a00';
const DOMAIN_COLOURS = ['#1f5fa8', '#b35c00', '#2e7d4f', '#7b3fa0'];
const DOMAIN_SYMBOLS = ['circle', 'square', 'triangle', 'diamond'];

const rowsOf = (points: readonly Point[], unit: string, digits: number, withSeries = false): TableRow[] =>
  points.map((p) => ({
    date: p.iso,
    ...(withSeries ? { series: p.series } : {}),
    value: num(p.value, digits),
    unit,
  }));

export interface TrajectoryPlotsProps {
  assessment: Assessment;
  /** The reference for the weight lines (else the first recorded weight). */
  premorbidWeightKg: number | null | undefined;
  /** Only read when the clinic anchors the ALSFRS-R slope at 48 on the day of onset. */
  onsetDate: string | undefined;
  /** Plot width in CSS pixels (the SVG scales down to its box); default 600, compact 380. */
  width?: number;
  /** Smaller plots, for the printed summary. */
  compact?: boolean;
  idPrefix?: string;
}

export function TrajectoryPlots({
  assessment,
  premorbidWeightKg,
  onsetDate,
  width: widthProp,
  compact,
  idPrefix = 'tr',
}: TrajectoryPlotsProps) {
  const f = assessment.function;
  const timeline = f.timeline;
  // The onset matters to the drawing only for a slope anchored there: the plots need not wait for it.
  const onset = f.slope.kind !== 'insufficient' && f.slope.anchoredAtOnset ? onsetDate : undefined;
  const totals = useMemo(() => alsfrsrTotals(timeline), [timeline]);
  const domains = useMemo(() => alsfrsrDomains(timeline), [timeline]);
  const vc = useMemo(() => vitalCapacity(timeline), [timeline]);
  const weight = useMemo(() => weights(timeline), [timeline]);
  const premorbid = premorbidWeightKg ?? undefined;
  const wref = useMemo(() => weightReference(premorbid, weight), [premorbid, weight]);
  const slope = useMemo(() => slopeDrawing(f.slope, totals, onset), [f.slope, totals, onset]);
  const bands = useMemo(
    () => stageBands(assessment.staging.history, assessment.asOf),
    [assessment.staging.history, assessment.asOf],
  );
  // Compact (the printed summary): two plots side by side on A4, text at its printed size.
  const width = widthProp ?? (compact ? 380 : 600);
  const scale = compact ? 0.75 : 1;
  const h = useCallback((full: number) => Math.round(full * scale), [scale]);

  // One time axis for every plot, from the first record to the assessment date, so they line up.
  const xDomain = useMemo((): [Date, Date] => {
    const first = timeline[0]?.date ?? assessment.asOf;
    const start = utc(first).getTime() - 20 * 86_400_000;
    const end = utc(assessment.asOf).getTime() + LAST_BAND_DAYS * 86_400_000;
    return [new Date(start), new Date(end)];
  }, [timeline, assessment.asOf]);
  const base = useCallback(
    (height: number): Plot.PlotOptions => ({
      width,
      height,
      marginLeft: 44,
      marginRight: 84,
      style: { fontSize: '11px', overflow: 'visible' },
      x: { type: 'utc', domain: xDomain, label: null },
    }),
    [width, xDomain],
  );

  const totalOptions = useCallback((): Plot.PlotOptions => {
    const marks: Plot.Markish[] = [];
    if (slope?.meaningful && slope.band) {
      marks.push(Plot.areaY(slope.band, { x: 'date', y1: 'low', y2: 'high', fill: ACCENT, fillOpacity: 0.13 }));
    }
    if (slope?.meaningful) {
      marks.push(Plot.line(slope.line, { x: 'date', y: 'value', stroke: ACCENT, strokeDasharray: '6,4' }));
      const last = slope.line.at(-1);
      if (last) {
        marks.push(
          Plot.text([last], {
            x: 'date',
            y: 'value',
            text: () => `${signed(slope.slopePerMonth, 2)}/month`,
            dx: 6,
            textAnchor: 'start',
            fill: ACCENT,
          }),
        );
      }
    }
    marks.push(
      Plot.line(totals, { x: 'date', y: 'value', stroke: INK }),
      Plot.dot(totals, { x: 'date', y: 'value', fill: INK, r: 3 }),
      Plot.text(totals, { x: 'date', y: 'value', text: (d: Point) => String(d.value), dy: -9, fill: INK }),
    );
    return { ...base(h(260)), y: { domain: [0, 48], label: 'ALSFRS-R total (points)', grid: true }, marks };
  }, [base, slope, totals, h]);

  const domainOptions = useCallback(
    (): Plot.PlotOptions => ({
      ...base(h(220)),
      y: { domain: [0, 12], label: 'domain score (points)', grid: true, ticks: [0, 3, 6, 9, 12] },
      color: { domain: ['bulbar', 'fine motor', 'gross motor', 'respiratory'], range: DOMAIN_COLOURS },
      symbol: { domain: ['bulbar', 'fine motor', 'gross motor', 'respiratory'], range: DOMAIN_SYMBOLS },
      marks: [
        Plot.line(domains, { x: 'date', y: 'value', stroke: 'series', z: 'series' }),
        Plot.dot(domains, { x: 'date', y: 'value', stroke: 'series', symbol: 'series', fill: 'white', r: 3.5 }),
        Plot.text(
          domains,
          Plot.selectLast({
            x: 'date',
            y: 'value',
            z: 'series',
            text: 'series',
            fill: 'series',
            dx: 8,
            textAnchor: 'start',
          }),
        ),
      ],
    }),
    [base, domains, h],
  );

  const vcOptions = useCallback((): Plot.PlotOptions => {
    const top = Math.max(110, ...vc.map((p) => p.value + 10));
    return {
      ...base(h(220)),
      y: { domain: [0, top], label: 'vital capacity (% predicted)', grid: true },
      symbol: { legend: vc.some((p) => p.series !== vc[0]?.series) },
      marks: [
        Plot.ruleY([80], { stroke: DUE, strokeDasharray: '4,3' }),
        Plot.ruleY([50], { stroke: URGENT, strokeDasharray: '4,3' }),
        Plot.text([80, 50], {
          x: xDomain[1],
          y: (d: number) => d,
          text: (d: number) => `${d} %`,
          dx: 6,
          textAnchor: 'start',
          fill: (d: number) => (d === 50 ? URGENT : DUE),
        }),
        Plot.line(vc, { x: 'date', y: 'value', z: 'series', stroke: INK }),
        Plot.dot(vc, { x: 'date', y: 'value', symbol: 'series', fill: INK, r: 3 }),
        Plot.text(vc, { x: 'date', y: 'value', text: (d: Point) => num(d.value, 0), dy: -9, fill: INK }),
      ],
    };
  }, [base, vc, xDomain, h]);

  const weightOptions = useCallback((): Plot.PlotOptions => {
    const refs = wref?.lines ?? [];
    const values = [...weight.map((p) => p.value), ...refs.map((r) => r.kg)];
    const lo = Math.floor(Math.min(...values) - 2);
    const hi = Math.ceil(Math.max(...values) + 2);
    return {
      ...base(h(220)),
      y: { domain: [lo, hi], label: 'weight (kg)', grid: true },
      marks: [
        Plot.ruleY(refs.slice(0, 1), { y: 'kg', stroke: INK, strokeOpacity: 0.5 }),
        Plot.ruleY(refs.slice(1), {
          y: 'kg',
          stroke: (_: unknown, i: number) => (i === 0 ? DUE : URGENT),
          strokeDasharray: '4,3',
        }),
        Plot.text(refs, {
          x: xDomain[1],
          y: 'kg',
          text: (r: { label: string }) => r.label,
          dx: 6,
          textAnchor: 'start',
          fill: (_: unknown, i: number) => [INK, DUE, URGENT][i] ?? INK,
        }),
        Plot.line(weight, { x: 'date', y: 'value', stroke: INK }),
        Plot.dot(weight, { x: 'date', y: 'value', fill: INK, r: 3 }),
        Plot.text(weight, { x: 'date', y: 'value', text: (d: Point) => num(d.value, 1), dy: -9, fill: INK }),
      ],
    };
  }, [base, weight, wref, xDomain, h]);

  const stageOptions = useCallback(
    (): Plot.PlotOptions => ({
      ...base(h(110)),
      marginBottom: 26,
      y: { domain: ["King's", 'MiToS'], label: null },
      color: { type: 'linear', domain: [0, 5], range: ['#eef3f9', '#1f3f6b'] },
      marks: [
        Plot.barX(bands, { x1: 'start', x2: 'end', y: 'scale', fill: 'stage', inset: 0.5 }),
        Plot.ruleX([utc(assessment.asOf)], { stroke: INK, strokeDasharray: '2,2' }),
        Plot.text([utc(assessment.asOf)], { x: (d: Date) => d, text: () => 'today', frameAnchor: 'top', dy: -8 }),
        Plot.text(bands, {
          x: (b: { start: Date; end: Date }) => new Date((b.start.getTime() + b.end.getTime()) / 2),
          y: 'scale',
          text: 'label',
          fill: (b: { stage: number }) => (b.stage >= 3 ? 'white' : INK),
          fontWeight: 600,
        }),
      ],
    }),
    [base, bands, h, assessment.asOf],
  );

  const s = f.slope;
  const slopeCaption =
    s.kind === 'meaningful'
      ? `Dashed: the fitted slope, ${signed(s.fit.slopePerMonth, 2)} points/month${
          s.fit.confidenceInterval
            ? `; shaded: its ${Math.round(s.fit.confidenceLevel * 100)} % confidence interval (${signed(s.fit.confidenceInterval[0], 2)} to ${signed(s.fit.confidenceInterval[1], 2)})`
            : ''
        }; ${s.reason}.`
      : s.kind === 'notMeaningful'
        ? `No slope drawn: ${s.reasons.join('; ')}.`
        : `No slope: ${s.reason}.`;

  return (
    <div className={compact ? 'plots compact' : 'plots'}>
      <PlotFigure
        id={`${idPrefix}-alsfrsr`}
        title="ALSFRS-R total"
        caption={`Total 0–48, each visit labelled. ${slopeCaption}`}
        options={totalOptions}
        width={width}
        height={h(260)}
        rows={rowsOf(totals, 'points /48', 0)}
        empty="No ALSFRS-R recorded."
      />
      <PlotFigure
        id={`${idPrefix}-domains`}
        title="ALSFRS-R domains"
        caption="Bulbar (items 1–3), fine motor (4–6), gross motor (7–9), respiratory (10–12); each 0–12, lines labelled at their end."
        options={domainOptions}
        width={width}
        height={h(220)}
        rows={rowsOf(domains, 'points /12', 0, true)}
        empty="No ALSFRS-R recorded."
      />
      <PlotFigure
        id={`${idPrefix}-vc`}
        title="Vital capacity"
        caption={`% predicted${vc[0] ? ` (${[...new Set(vc.map((p) => p.series))].join(', ')})` : ''}; dashed lines at 80 % and 50 % predicted.${
          f.vitalCapacity.unreliableExcluded
            ? ` ${f.vitalCapacity.unreliableExcluded} record(s) marked unreliable are not drawn.`
            : ''
        }`}
        options={vcOptions}
        width={width}
        height={h(220)}
        rows={rowsOf(
          vc,
          '% predicted',
          0,
          vc.some((p) => p.series !== vc[0]?.series),
        )}
        empty="No vital capacity recorded."
      />
      <PlotFigure
        id={`${idPrefix}-weight`}
        title="Weight"
        caption={
          wref
            ? `Reference: ${wref.basis} weight ${num(wref.kg, 1)} kg; dashed lines at −5 % (${num(wref.kg * 0.95, 1)} kg) and −10 % (${num(wref.kg * 0.9, 1)} kg).`
            : 'No reference weight.'
        }
        options={weightOptions}
        width={width}
        height={h(220)}
        rows={rowsOf(weight, 'kg', 1)}
        empty="No weight recorded."
      />
      <PlotFigure
        id={`${idPrefix}-stages`}
        title="King's and MiToS stage over time"
        caption="Each stage from the ALSFRS-R (with the clinical facts) of the day it was staged until the next record; the last one is current (dotted line: today). Darker is a later stage."
        options={stageOptions}
        width={width}
        height={h(110)}
        rows={bands.map((b) => ({ date: b.startIso, series: b.scale, value: b.label, unit: 'stage' }))}
        empty="Not staged yet (no ALSFRS-R)."
      />
    </div>
  );
}
