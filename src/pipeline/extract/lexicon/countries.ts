import { fold } from '../fold.ts';

/**
 * Countries and economies a text compares Vietnam's figures with, as data, in English, folded for lookup: a figure labelled by one in
 * brackets ("(Singapore: 60 percent)", "(Thailand's: 50 percent)") is its benchmark, as another province's is.
 */
const NAMES = [
  'Australia', 'Bangladesh', 'Brunei', 'Cambodia', 'Canada', 'China', 'Denmark', 'Estonia', 'EU', 'European Union', 'Finland', 'France',
  'Germany', 'Hong Kong', 'India', 'Indonesia', 'Israel', 'Italy', 'Japan', 'Korea', 'South Korea', 'Laos', 'Lao PDR', 'Malaysia',
  'Mongolia', 'Myanmar', 'Netherlands', 'New Zealand', 'Norway', 'Philippines', 'Russia', 'Singapore', 'Spain', 'Sweden', 'Switzerland',
  'Taiwan', 'Thailand', 'Timor-Leste', 'UAE', 'United Kingdom', 'UK', 'United States', 'US', 'USA', 'ASEAN', 'OECD',
];

/** The countries folded ("Timor-Leste" → "timor leste"). */
export const COUNTRIES: ReadonlySet<string> = new Set(NAMES.map((n) => fold(n).replace(/-/g, ' ')));
