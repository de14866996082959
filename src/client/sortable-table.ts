/**
 * Makes the tables marked `data-sortable` sortable: each column header becomes a button that sorts
 * by that column's `data-sort` values (numbers for `data-numeric` columns), toggling the direction,
 * and `aria-sort` says which column and direction are current. Ties keep the server's order.
 * Each table is set up once, however many components on the page start the script.
 */
export function startSortableTables(root: Document): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table[data-sortable]:not([data-sortable-ready])')) {
    table.dataset.sortableReady = '';
    const headers = [...table.querySelectorAll<HTMLTableCellElement>('thead th')];
    const body = table.tBodies[0];
    if (!body) continue;
    const original = [...body.rows];
    headers.forEach((header, column) => {
      const button = root.createElement('button');
      button.type = 'button';
      button.className = 'sort-button';
      const icon = root.createElement('span');
      icon.className = 'sort-icon';
      icon.setAttribute('aria-hidden', 'true');
      button.append(...header.childNodes, icon);
      header.append(button);
      button.addEventListener('click', () => {
        const numeric = header.hasAttribute('data-numeric');
        const current = header.getAttribute('aria-sort');
        const direction = current === 'ascending' ? 'descending' : current === 'descending' ? 'ascending' : numeric ? 'descending' : 'ascending';
        for (const h of headers) h.removeAttribute('aria-sort');
        header.setAttribute('aria-sort', direction);
        const value = (row: HTMLTableRowElement) => {
          const raw = row.cells[column]?.dataset.sort ?? '';
          return numeric ? Number(raw) : raw;
        };
        const sign = direction === 'ascending' ? 1 : -1;
        const sorted = [...original].sort((a, b) => {
          const x = value(a);
          const y = value(b);
          return x === y ? 0 : (x < y ? -1 : 1) * sign;
        });
        body.append(...sorted);
      });
    });
  }
}
