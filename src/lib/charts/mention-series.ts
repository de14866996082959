import { scaleBand, scaleLinear } from 'd3-scale';
import { escapeXml as e, r } from './svg.ts';

/** Mentions per month, over every month from the first to the last dated text of the corpus. */
export function monthlyCounts(mentionDates: (string | null)[], corpusDates: (string | null)[]): { month: string; count: number }[] {
  const months = corpusDates.flatMap((d) => (d && d.length >= 7 ? [d.slice(0, 7)] : [])).sort();
  if (months.length === 0) return [];
  const out: { month: string; count: number }[] = [];
  let [year, month] = months[0]!.split('-').map(Number) as [number, number];
  for (let key = months[0]!; key <= months.at(-1)!; key = `${year}-${String(month).padStart(2, '0')}`) {
    out.push({ month: key, count: 0 });
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  const index = new Map(out.map((o, i) => [o.month, i]));
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
  const bars = series.map((s) => `<rect x="${r(x(s.month)!)}" y="${r(y(s.count))}" width="${r(x.bandwidth())}" height="${r(y(0) - y(s.count))}"><title>${e(`${label(s.month)}: ${s.count}`)}</title></rect>`).join('');
  const first = series[0];
  const last = series.at(-1);
  return `<svg class="sparkline" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="spark-title spark-desc">`
    + `<title id="spark-title">${e(`Mentions of ${name} per month`)}</title><desc id="spark-desc">${e(desc)}</desc>`
    + `<line class="baseline" x1="0" x2="${width}" y1="${r(y(0))}" y2="${r(y(0))}"/>${bars}`
    + (first && last ? `<text x="0" y="${height - 2}" class="spark-label">${e(label(first.month))}</text><text x="${width}" y="${height - 2}" text-anchor="end" class="spark-label">${e(label(last.month))}</text>` : '')
    + '</svg>';
}
