import type { EntityType } from '../schemas/entity.ts';

/** How the site names one entity type: singular, plural, and a line for its index page. */
export interface EntityTypeLabel {
  singular: string;
  plural: string;
  about: string;
}

/** Labels of every entity type, in the order the site lists them. */
export const ENTITY_TYPES: Readonly<Record<EntityType, EntityTypeLabel>> = {
  person: { singular: 'Person', plural: 'People', about: 'Officials, scientists and others the texts name, with the roles each text gives them.' },
  resolution: { singular: 'Resolution', plural: 'Resolutions', about: 'Resolutions of the Party and the State, by number and code.' },
  decision: { singular: 'Decision', plural: 'Decisions', about: 'Decisions, mostly of the Prime Minister and ministries, by number and code.' },
  directive: { singular: 'Directive', plural: 'Directives', about: 'Directives, by number and code.' },
  conclusion: { singular: 'Conclusion', plural: 'Conclusions', about: 'Conclusions of the Politburo and the Secretariat, by number and code.' },
  decree: { singular: 'Decree', plural: 'Decrees', about: 'Government decrees, by number and code.' },
  plan: { singular: 'Plan', plural: 'Plans', about: 'Numbered plans of ministries, provinces and cities (KH), by number and code.' },
  actionprogramme: {
    singular: 'Programme',
    plural: 'Numbered programmes',
    about: 'Numbered action programmes of Party committees and authorities (CTr), by number and code.',
  },
  notice: { singular: 'Notice', plural: 'Notices', about: 'Notices of conclusions and decisions (TB), by number and code.' },
  circular: { singular: 'Circular', plural: 'Circulars', about: 'Circulars of ministries (TT), by number and code.' },
  dispatch: { singular: 'Dispatch', plural: 'Official dispatches', about: 'Official dispatches and letters, by number and the code of the issuing unit.' },
  report: { singular: 'Report', plural: 'Reports', about: 'Numbered reports of ministries and authorities (BC), by number and code.' },
  submission: {
    singular: 'Submission', plural: 'Submissions', about: 'Submissions of drafts to the body that adopts them (TTr), by number and code.',
  },
  law: { singular: 'Law', plural: 'Laws', about: 'Laws and codes the texts cite.' },
  programme: { singular: 'Programme', plural: 'Programmes', about: 'Programmes, projects, plans and strategies.' },
  organization: { singular: 'Organization', plural: 'Organizations', about: 'Party and State bodies, ministries, committees, associations and agencies.' },
};

/** Entity types in display order. */
export const ENTITY_TYPE_ORDER = Object.keys(ENTITY_TYPES) as EntityType[];
