import { INSTRUMENT_TYPES } from '../../schemas/entity.ts';

/** Kinds of page that have their own social image (`public/social/<kind>.png`, 1200×630). */
export const SOCIAL_KINDS = ['site', 'document', 'person', 'instrument', 'organization', 'event', 'target'] as const;
/** One kind of page, as social previews show it. */
export type SocialKind = (typeof SOCIAL_KINDS)[number];

/** The label drawn on each kind's image (scripts/make-social-images.ts). */
export const SOCIAL_LABELS: Record<SocialKind, string> = {
  site: 'Texts, people, events, targets',
  document: 'Document',
  person: 'Person',
  instrument: 'Instrument',
  organization: 'Organization',
  event: 'Event',
  target: 'Target',
};

/** Size of the social images: what Open Graph and Twitter's large card expect. */
export const SOCIAL_SIZE = { width: 1200, height: 630 } as const;

/** Path of a kind's image from the site's root. */
export const socialImagePath = (kind: SocialKind): string => `/social/${kind}.png`;

/** The social kind of an entity type: people and organizations their own, every other type an instrument. */
export const entitySocialKind = (type: string): SocialKind =>
  type === 'person' ? 'person'
  : type === 'organization' ? 'organization'
  : (INSTRUMENT_TYPES as readonly string[]).includes(type) || type === 'law' || type === 'programme' ? 'instrument'
  : 'site';

/** Open Graph's `og:type`: an article for a document, a profile for a person, a website otherwise. */
export const ogType = (kind: SocialKind): string => (kind === 'document' ? 'article' : kind === 'person' ? 'profile' : 'website');
