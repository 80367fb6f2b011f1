/**
 * Kaplan-Meier curves as a standalone SVG: step functions with their confidence bands, censoring
 * ticks, a legend and the numbers at risk under the axis. Accessible: <title> and <desc> (with each
 * group's median), labelled axes, and groups told apart by dash pattern and marker as well as colour.
 */
import { type CohortSurvival, type KaplanMeierFit, survivalAt } from '@betz/engine';

const COLOURS = ['#1b6ca8', '#c2410c', '#15803d', '#7e22ce', '#b91c1c', '#374151', '#a16207'];
const DASHES = ['', '8 4', '2 3', '10 3 2 3', '14 6', '4 4 1 4', '1 2'];

const xmlEscape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function survivalSvg(r: CohortSurvival): string {
  const width = 760;
  // Room on the left for the longest group name in the numbers-at-risk table (about 7 px a character
  // at the default size), clear of the first column of numbers centred on the axis.
  const longest = Math.max(0, ...r.groups.map((g) => g.label.length));
  const left = Math.max(70, 34 + 7 * longest);
  const right = 180;
  const top = 50;
  const plotH = 320;
  const plotW = width - left - right;
  const riskRowH = 18;
  const riskTop = top + plotH + 60;
  const height = riskTop + 24 + riskRowH * r.groups.length + 10;
  const maxMonths = Math.max(12, ...r.subjects.map((s) => s.months));
  const step = maxMonths > 120 ? 24 : maxMonths > 48 ? 12 : 6;
  const xMax = Math.ceil(maxMonths / step) * step;
  const ticks = Array.from({ length: xMax / step + 1 }, (_, i) => i * step);
  const x = (t: number) => left + (t / xMax) * plotW;
  const y = (s: number) => top + (1 - s) * plotH;
  const origin = r.from === 'onset' ? 'symptom onset' : 'diagnosis';
  const title = `Kaplan-Meier survival from ${origin}${r.by ? ` by ${r.by}` : ''}`;
  const medians = r.groups
    .map((g) => {
      const m = g.fit.median;
      const fmt = (v: number | null) => (v === null ? 'not reached' : `${v.toFixed(1)} months`);
      return `${g.label} (n ${g.n}, ${g.events} events): median ${fmt(m.estimate)}, ${Math.round(r.confidenceLevel * 100)} % CI ${fmt(m.lower)} to ${fmt(m.upper)}`;
    })
    .join('; ');
  const test =
    r.logRank?.kind === 'tested'
      ? ` Log-rank chi-square ${r.logRank.chiSquare.toFixed(2)} on ${r.logRank.df} df, p ${r.logRank.pValue.toPrecision(2)}.`
      : '';
  const desc = `Probability of being free of the ${r.endpoint}, against months from ${origin}; ${r.censoring}. Shaded: ${Math.round(r.confidenceLevel * 100)} % confidence bands (Greenwood, log-log). ${medians}.${test}`;

  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="km-title km-desc" font-family="sans-serif" font-size="12">`,
    `<title id="km-title">${xmlEscape(title)}</title>`,
    `<desc id="km-desc">${xmlEscape(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="24" font-size="15" font-weight="bold">${xmlEscape(title)}</text>`,
  ];
  // Axes, grid and labels.
  out.push(`<g stroke="#e5e7eb">`);
  for (const s of [0.25, 0.5, 0.75, 1]) out.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(s)}" y2="${y(s)}"/>`);
  out.push('</g>');
  out.push(
    `<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#111827"/>`,
    `<line x1="${left}" x2="${left + plotW}" y1="${top + plotH}" y2="${top + plotH}" stroke="#111827"/>`,
  );
  for (const s of [0, 0.25, 0.5, 0.75, 1]) {
    out.push(`<text x="${left - 8}" y="${y(s) + 4}" text-anchor="end">${s.toFixed(2)}</text>`);
  }
  for (const t of ticks) {
    out.push(
      `<line x1="${x(t)}" x2="${x(t)}" y1="${top + plotH}" y2="${top + plotH + 5}" stroke="#111827"/>`,
      `<text x="${x(t)}" y="${top + plotH + 18}" text-anchor="middle">${t}</text>`,
    );
  }
  out.push(
    `<text x="${left + plotW / 2}" y="${top + plotH + 38}" text-anchor="middle">Months from ${origin}</text>`,
    `<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle">Event-free probability</text>`,
  );
  // Curves.
  r.groups.forEach((g, i) => {
    const colour = COLOURS[i % COLOURS.length]!;
    const dash = DASHES[i % DASHES.length]!;
    const clip = (t: number) => Math.min(t, xMax);
    out.push(`<g aria-label="${xmlEscape(g.label)}">`);
    out.push(`<path d="${bandPath(g.fit, x, y, clip)}" fill="${colour}" fill-opacity="0.12" stroke="none"/>`);
    out.push(
      `<path d="${curvePath(g.fit, x, y, clip)}" fill="none" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
    );
    for (const st of g.fit.steps) {
      if (st.censored > 0) {
        out.push(
          `<line x1="${x(st.time)}" x2="${x(st.time)}" y1="${y(st.survival) - 4}" y2="${y(st.survival) + 4}" stroke="${colour}"/>`,
        );
      }
    }
    out.push('</g>');
    // Legend: the line's own dash pattern and its label.
    const ly = top + 10 + i * 22;
    const lx = left + plotW + 16;
    out.push(
      `<line x1="${lx}" x2="${lx + 34}" y1="${ly}" y2="${ly}" stroke="${colour}" stroke-width="2"${dash ? ` stroke-dasharray="${dash}"` : ''}/>`,
      `<text x="${lx + 40}" y="${ly + 4}">${xmlEscape(g.label)}</text>`,
    );
  });
  out.push(
    `<text x="${left + plotW + 16}" y="${top + 10 + r.groups.length * 22 + 6}" fill="#4b5563">| censored</text>`,
  );
  // Numbers at risk.
  out.push(`<text x="${left}" y="${riskTop}" font-weight="bold">Number at risk</text>`);
  r.groups.forEach((g, i) => {
    const ry = riskTop + 20 + i * riskRowH;
    out.push(`<text x="${left - 22}" y="${ry}" text-anchor="end">${xmlEscape(g.label)}</text>`);
    for (const t of ticks) {
      out.push(`<text x="${x(t)}" y="${ry}" text-anchor="middle">${survivalAt(g.fit, t).atRisk}</text>`);
    }
  });
  out.push('</svg>', '');
  return out.join('\n');
}

function curvePath(
  fit: KaplanMeierFit,
  x: (t: number) => number,
  y: (s: number) => number,
  clip: (t: number) => number,
): string {
  let d = `M${x(0)} ${y(1)}`;
  let s = 1;
  for (const st of fit.steps) {
    d += ` H${x(clip(st.time))}`;
    if (st.survival !== s) d += ` V${y(st.survival)}`;
    s = st.survival;
  }
  return d;
}

function bandPath(
  fit: KaplanMeierFit,
  x: (t: number) => number,
  y: (s: number) => number,
  clip: (t: number) => number,
): string {
  const upper: string[] = [`${x(0)} ${y(1)}`];
  const lower: string[] = [`${x(0)} ${y(1)}`];
  let u = 1;
  let l = 1;
  for (const st of fit.steps) {
    const px = x(clip(st.time));
    upper.push(`${px} ${y(u)}`, `${px} ${y(st.upper)}`);
    lower.push(`${px} ${y(l)}`, `${px} ${y(st.lower)}`);
    u = st.upper;
    l = st.lower;
  }
  const end = x(clip(fit.steps.at(-1)?.time ?? 0));
  upper.push(`${end} ${y(u)}`);
  lower.push(`${end} ${y(l)}`);
  return `M${upper.join(' L')} L${lower.reverse().join(' L')} Z`;
}
