import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSiteConfig, parseSiteConfig, siteConfigPath } from '../../../src/lib/site-config.ts';
import { DEFAULT_SITE } from '../../../src/lib/site-defaults.ts';
import { SITE } from '../../../src/lib/site.ts';

const folder = mkdtempSync(join(tmpdir(), 'site-config-'));
const file = (name: string, text: string) => {
  const path = join(folder, name);
  writeFileSync(path, text);
  return path;
};

describe('the site configuration (site.config.json)', () => {
  it('is today\'s site when empty: the defaults, and the plain-data defaults the browser sees agree with the schema\'s', () => {
    expect(parseSiteConfig({})).toEqual(DEFAULT_SITE);
    expect(SITE).toEqual(DEFAULT_SITE);
  });

  it('gives the defaults when there is no file and SITE_CONFIG is not set', () => {
    expect(loadSiteConfig(join(folder, 'absent.json'), false)).toEqual(DEFAULT_SITE);
  });

  it('fails when SITE_CONFIG names a file that does not exist', () => {
    expect(() => loadSiteConfig(join(folder, 'absent.json'), true)).toThrow(/SITE_CONFIG names .*absent\.json/);
  });

  it('reads every field, and the footer and short name follow a new name', () => {
    const config = loadSiteConfig(file('named.json', JSON.stringify({ name: 'Climate Watch', intro: 'Texts on the energy transition.', lang: 'vi' })));
    expect(config).toMatchObject({ name: 'Climate Watch', shortName: 'Climate Watch', intro: 'Texts on the energy transition.', lang: 'vi', description: DEFAULT_SITE.description });
    expect(config.footer).toMatch(/^Climate Watch: texts as published/);
    expect(loadSiteConfig(file('footer.json', '{"footer":"Run by the library."}')).footer).toBe('Run by the library.');
  });

  it('names the file and every bad field in one error', () => {
    const path = file('bad.json', JSON.stringify({ name: '', lang: 'english please', colour: 'red' }));
    let message = '';
    try { loadSiteConfig(path); } catch (error) { message = (error as Error).message; }
    expect(message).toContain(path);
    expect(message).toMatch(/name/);
    expect(message).toMatch(/lang/);
    expect(message).toMatch(/colour/);
  });

  it('reports a file that is not JSON with its path', () => {
    expect(() => loadSiteConfig(file('broken.json', '{ name: '))).toThrow(/Could not read the site configuration .*broken\.json as JSON/);
  });

  it('is read from SITE_CONFIG when set, else site.config.json in the working folder', () => {
    expect(siteConfigPath({}, '/repo')).toBe('/repo/site.config.json');
    expect(siteConfigPath({ SITE_CONFIG: 'conf/other.json' }, '/repo')).toBe('/repo/conf/other.json');
  });

  it('the repository\'s own site.config.json is valid', () => {
    expect(loadSiteConfig('site.config.json').intro).toMatch(/Resolution 57/);
  });
});
