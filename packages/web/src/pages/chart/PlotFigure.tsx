/**
 * One Observable Plot chart as a figure: a title, the SVG (printable, with an accessible name),
 * a caption saying what the marks mean, and the same data as a table in a <details> for anyone
 * who cannot read the plot. The SVG is drawn into a box that already has its aspect ratio, so
 * nothing jumps when the data arrive.
 */
import * as Plot from '@observablehq/plot';
import { type ReactNode, useEffect, useRef } from 'react';

export interface TableRow {
  date: string;
  series?: string;
  value: string;
  unit: string;
}

export interface PlotFigureProps {
  id: string;
  title: string;
  /** One sentence: what is drawn and what the reference lines or band mean. */
  caption: ReactNode;
  /** Builds the Plot options; called again when `deps` change. */
  options: () => Plot.PlotOptions;
  /** The SVG's size in CSS pixels; the box keeps its aspect ratio as it scales down. */
  width: number;
  height: number;
  rows: readonly TableRow[];
  /** Shown instead of the plot when there is nothing to draw. */
  empty?: string;
}

export function PlotFigure({ id, title, caption, options, width, height, rows, empty }: PlotFigureProps) {
  const box = useRef<HTMLDivElement>(null);
  const hasSeries = rows.some((r) => r.series);
  useEffect(() => {
    const el = box.current;
    if (!el || rows.length === 0) return;
    const start = performance.now();
    const svg = Plot.plot({ width, height, ariaLabel: title, ...options() });
    // One image with one name: Plot labels each mark's <g> ("line", "dot"), which ARIA does not
    // allow on a group without a role; the data table below is the text alternative.
    svg.setAttribute('role', 'img');
    for (const g of svg.querySelectorAll('g[aria-label]')) g.removeAttribute('aria-label');
    el.replaceChildren(svg);
    // User Timing, so a performance test (or the browser's profiler) can see what drawing costs.
    performance.measure(`betz:plot:${id}`, { start });
    return () => svg.remove();
  }, [options, id, width, height, title, rows.length]);
  return (
    <figure className="plot" aria-labelledby={`${id}-title`} data-plot={id}>
      <h3 id={`${id}-title`}>{title}</h3>
      {rows.length === 0 ? (
        <p className="muted plot-empty" style={{ minHeight: height / 3 }}>
          {empty ?? 'Nothing recorded yet.'}
        </p>
      ) : (
        <div ref={box} className="plot-box" style={{ maxWidth: width, aspectRatio: `${width} / ${height}` }} />
      )}
      <figcaption className="muted">{caption}</figcaption>
      {rows.length > 0 && (
        <details className="data-table no-print">
          <summary>Data table: {title}</summary>
          <table className="grid">
            <caption className="sr-only">{title}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                {hasSeries && <th scope="col">Series</th>}
                <th scope="col" className="num">
                  Value
                </th>
                <th scope="col">Unit</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={`${r.date}-${r.series ?? ''}`}>
                  <td>{r.date}</td>
                  {hasSeries && <td>{r.series}</td>}
                  <td className="num">{r.value}</td>
                  <td>{r.unit}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </details>
      )}
    </figure>
  );
}
