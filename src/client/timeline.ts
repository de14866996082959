import { timelineChart, type ChartItem } from '../lib/charts/timeline-chart.ts';

/**
 * Enhances the timeline page: shows the filter form, filters marks and list items by kind and by
 * entity, and zooms the chart by re-laying it out around another detail window (the same layout
 * and SVG code as the build). Without this script the chart and the list are complete.
 */
export function startTimeline(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#timeline-filters');
  const chart = root.querySelector<HTMLElement>('#timeline-chart');
  const data = root.querySelector<HTMLScriptElement>('#timeline-data');
  if (!form || !chart || !data) return;
  const { items, base, title, description } = JSON.parse(data.textContent ?? '{}') as { items: ChartItem[]; base: string; title: string; description: string };
  const render = (from: number, to: number) => {
    chart.innerHTML = timelineChart(items, { from, to }, base, { title, description });
    apply();
  };
  const apply = () => {
    const kinds = new Set(new FormData(form).getAll('kind').map(String));
    const entity = String(new FormData(form).get('entity') ?? '');
    let shown = 0;
    for (const el of root.querySelectorAll<HTMLElement | SVGElement>('[data-kind][data-entities]')) {
      const visible = kinds.has(el.dataset.kind ?? '') && (!entity || (el.dataset.entities ?? '').split(' ').includes(entity));
      el.classList.toggle('filtered-out', !visible);
      if (visible && el.tagName.toLowerCase() === 'li') shown++;
      if (el instanceof SVGElement) el.setAttribute('aria-hidden', visible ? 'false' : 'true');
      if (el instanceof SVGElement) el.setAttribute('tabindex', visible ? '0' : '-1');
    }
    const status = root.getElementById('timeline-status');
    if (status) status.textContent = `${shown} of ${items.length} shown.`;
  };
  form.hidden = false;
  form.addEventListener('change', (event) => {
    const target = event.target as HTMLElement;
    if (target instanceof HTMLSelectElement && target.name === 'zoom') {
      const [from, to] = target.value.split('-').map(Number);
      render(from!, to!);
    } else apply();
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
