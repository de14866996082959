/** What the web manifest needs: the site's names and description, and how to put a path under the base path. */
export interface ManifestInput {
  name: string;
  shortName: string;
  description: string;
  lang: string;
  /** A path from the site's root under the base path (`/` → `/kb/sub/`). */
  withBase: (path: string) => string;
}

/**
 * The web manifest (`manifest.webmanifest`): start URL and scope are the base path, so that an installed
 * site opens at its home and stays inside its own folder; icons are the SVG favicon and two PNGs.
 */
export const webManifest = ({ name, shortName, description, lang, withBase }: ManifestInput) => ({
  name,
  short_name: shortName,
  description,
  lang,
  start_url: withBase('/'),
  scope: withBase('/'),
  display: 'standalone',
  background_color: '#fdfdfb',
  theme_color: '#0b5cad',
  icons: [
    { src: withBase('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
    { src: withBase('/icon-192.png'), sizes: '192x192', type: 'image/png' },
    { src: withBase('/icon-512.png'), sizes: '512x512', type: 'image/png' },
  ],
});
