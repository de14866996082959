import { expect, it } from 'vitest';
import { joinBase } from '../../../src/lib/base-path.ts';
import { webManifest } from '../../../src/lib/seo/manifest.ts';
import { SOCIAL_KINDS, entitySocialKind, socialImagePath } from '../../../src/lib/seo/social.ts';
import { existsSync } from 'node:fs';

it('the manifest starts and stays under the base path, icons included', () => {
  const manifest = webManifest({ name: 'Policy Texts', shortName: 'Policy', description: 'd', lang: 'en', withBase: (p) => joinBase('/kb/sub/', p) });
  expect(manifest).toMatchObject({ name: 'Policy Texts', short_name: 'Policy', start_url: '/kb/sub/', scope: '/kb/sub/' });
  expect(manifest.icons.map((i) => i.src)).toEqual(['/kb/sub/favicon.svg', '/kb/sub/icon-192.png', '/kb/sub/icon-512.png']);
  for (const icon of manifest.icons) expect(existsSync(`public${icon.src.replace('/kb/sub', '')}`), icon.src).toBe(true);
});

it('every kind of page has its social image in public/, and every entity type a kind', () => {
  for (const kind of SOCIAL_KINDS) expect(existsSync(`public${socialImagePath(kind)}`), kind).toBe(true);
  expect(['person', 'organization', 'resolution', 'law', 'programme', 'decree'].map(entitySocialKind)).toEqual(['person', 'organization', 'instrument', 'instrument', 'instrument', 'instrument']);
});
