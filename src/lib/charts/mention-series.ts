import { scaleBand, scaleLinear } from 'd3-scale';
import { escapeXml as e, r } from './svg.ts';

/** Every month (`YYYY-MM`) from the first to the last dated text of the corpus. */
export function monthRange(corpusDates: (string | null)[]): string[] {
  let first: string | undefined;
  let last: string | undefined;
  for (const d of corpusDates) {
    if (!d || d.length < 7) continue;
    const month = d.slice(0, 7);
    if (first === undefined || month < first) first = month;
    if (last === undefined || month > last) last = month;
  }
  if (first === undefined || last === undefined) return [];
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (let key = first; key <= last; key = `${year}-${String(month).padStart(2, '0')}`) {
    out.push(key);
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return out;
}

/** Mentions per month, over the given months (see `monthRange`). */
export function monthlyCounts(mentionDates: (string | null)[], months: readonly string[]): { month: string; count: number }[] {
  const out = months.map((month) => ({ month, count: 0 }));
  const index = new Map(months.map((m, i) => [m, i]));
  for (const d of mentionDates) {
    const i = d ? index.get(d.slice(0, 7)) : undefined;
    if (i !== undefined) out[i]!.count++;
  }
  return out;
}

/** A small bar chart of mentions per month as an SVG string, with a title and a description that states every figure. */
export function mentionSparkline(series: { month: string; count: number }[], label: (month: string) => string, name: string): string {
  const width = 240;
  const height = 56;
  const x = scaleBand<string>().domain(series.map((s) => s.month)).range([0, width]).padding(0.15);
  const max = Math.max(1, ...series.map((s) => s.count));
  const y = scaleLinear().domain([0, max]).range([height - 14, 4]);
  const desc = series.map((s) => `${label(s.month)}: ${s.count}`).join('; ');
  const bars = series.map((s) => `<rect x="${r(x(s.month)!)}" y="${r(y(s.count))}" width="${r(x.bandwidth())}" height="${r(y(0) - y(s.count))}">`
    + `<title>${e(`${label(s.month)}: ${s.count}`)}</title></rect>`).join('');
  const first = series[0];
  const last = series.at(-1);
  return `<svg class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="spark-title spark-desc">`
    + `<title id="spark-title">${e(`Mentions of ${name} per month`)}</title><desc id="spark-desc">${e(desc)}</desc>`
    + `<line class="baseline" x1="0" x2="${width}" y1="${r(y(0))}" y2="${r(y(0))}"/>${bars}`
    + (first && last ? `<text x="0" y="${height - 2}" class="spark-label">${e(label(first.month))}</text>`
      + `<text x="${width}" y="${height - 2}" text-anchor="end" class="spark-label">${e(label(last.month))}</text>` : '')
    + '</svg>';
}
