/**
 * Enhances the lineage page: shows the filter by issuer level and, as boxes are ticked and unticked, hides the
 * instruments of the levels left out, in the chart and in the list (a chart's link goes with either end; a
 * list item hides its own line, so that what hangs below it stays in place). Without this script the form
 * stays hidden and everything is shown.
 */
export function startLineage(root: Document): void {
  const form = root.querySelector<HTMLFormElement>('#lineage-filters');
  const status = root.getElementById('lineage-status');
  if (!form) return;
  const apply = () => {
    const shown = new Set(new FormData(form).getAll('level').map(String));
    let visible = 0;
    const marks = root.querySelectorAll<SVGElement>('.lineage-svg [data-level]');
    for (const el of root.querySelectorAll<HTMLElement | SVGElement>('.lineage-svg [data-level], .lineage-forest [data-level]')) {
      const show = shown.has(el.dataset.level ?? '');
      el.classList.toggle('filtered-out', !show);
      if (show && el instanceof SVGElement) visible++;
    }
    for (const el of root.querySelectorAll<SVGElement>('.lineage-svg [data-levels]')) {
      el.classList.toggle('filtered-out', !(el.dataset.levels ?? '').split(' ').every((level) => shown.has(level)));
    }
    if (status) status.textContent = `${visible} of ${marks.length} instruments shown.`;
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  apply();
}
