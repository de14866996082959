/** One entry of the main navigation. */
export interface NavItem {
  /** Visible label. */
  label: string;
  /** Site-absolute path, before the base path is added. */
  path: string;
}

/** The main navigation, in display order. */
export const NAV_ITEMS: readonly NavItem[] = [
  { label: 'Home', path: '/' },
  { label: 'Documents', path: '/documents/' },
  { label: 'Timeline', path: '/timeline/' },
  { label: 'Targets', path: '/targets/' },
  { label: 'Lineage', path: '/lineage/' },
  { label: 'Entities', path: '/entities/' },
  { label: 'Trend', path: '/trend/' },
  { label: 'Data', path: '/data/' },
  { label: 'Search', path: '/search/' },
];

/** Whether a nav link points at the current section: exact for home, by prefix for the others. */
export function isCurrent(currentPath: string, href: string, home: string): boolean {
  return href === home ? currentPath === home : currentPath.startsWith(href);
}
