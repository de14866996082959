import { longDate, numeric, weekday } from './calendar.ts';
import { codeName, FREQUENT } from './instruments.ts';
import { fresh, type TextContext } from './context.ts';
import { provinceName, provinceOrder } from './places.ts';
import { CAPTIONS, RAIL_HEADLINES } from './sentences/headlines.ts';
import { fill, type Slots } from './text.ts';

const PHOTOGRAPHERS = ['Thong Nhat', 'Phuong Hoa', 'Lam Khanh', 'Duong Giang', 'Minh Duc', 'Tuan Anh', 'Van Diep', 'Hai Nguyen', 'Quang Vinh', 'Thu Ha'];
const time = (ctx: TextContext) => `${String(ctx.rng.int(6, 22)).padStart(2, '0')}:${String(ctx.rng.int(0, 59)).padStart(2, '0')}`;

/** The lines above the article: banner, title, alternate title and dateline, in the outlet's style. */
export function header(ctx: TextContext, title: string, alternate?: string): string[] {
  const { outlet: o, pub, rng } = ctx;
  const titles = alternate ? [title, alternate] : [title];
  switch (o.header) {
    case 'banner-glued':
      return [`${o.domain} - ${o.tagline}`, '', ...titles.flatMap((t) => [t, '']), `${o.label}${o.label}${numeric(pub)}`, ''];
    case 'title-long-date':
      return [...titles, rng.chance(0.6) ? `${longDate(pub)} ${time(ctx)} GMT+7` : longDate(pub), ''];
    case 'weekday-dateline':
      return [`${weekday(pub)}, ${numeric(pub)} ${time(ctx)} (GMT+7)`, ...titles, ''];
    case 'banner-plain':
      return [`${o.domain} | ${o.tagline}`, `${o.label} - ${numeric(pub)}`, ...titles, ''];
    case 'title-dotted':
      return [...titles, `${pub.day}.${pub.month}.${pub.year}`, ''];
  }
}

/** Headlines of other articles, for a rail. */
function rail(ctx: TextContext, count: number): string[] {
  const slots: Slots = { P: () => provinceName(provinceOrder(ctx.seed)[ctx.rng.int(0, ctx.provincePool - 1)]!, false) };
  return ctx.rng.sample(RAIL_HEADLINES, count).map((h) => fill(h, slots, ctx.rng));
}

/** The lines below the article: credits, comment widgets, rails, in the outlet's style. */
export function footer(ctx: TextContext): string[] {
  const { outlet: o, rng } = ctx;
  switch (o.footer) {
    case 'comments-rails':
      return [
        '', ...(rng.chance(0.5) ? ['Source', ''] : []), `Comment (${rng.chance(0.7) ? 0 : rng.int(1, 12)})`, '',
        'Please leave a comment to share your feelings!', '', 'Same tag', '', ...rail(ctx, rng.int(3, 5)), '', 'Same category', '',
        ...rail(ctx, rng.int(2, 4)),
      ];
    case 'source-credit':
      return ['', `Source: ${o.name}`, '', 'Read more', ...rail(ctx, rng.int(3, 6))];
    case 'sources-reply': {
      const cited = FREQUENT.find((i) => ctx.cited.has(i.id)) ?? FREQUENT[3]!;
      return ['', 'Sources:', '', `  • ${o.domain}`, `  • ${codeName(cited, ctx.writing, rng)}`, '', 'Leave a Reply', '',
        'Your email address will not be published. Required fields are marked *'];
    }
    case 'related-tags':
      return ['', 'Tags: science and technology, digital transformation, innovation', 'Related articles', ...rail(ctx, rng.int(3, 5))];
    case 'outlet-name':
      return ['', o.name];
  }
}

/** Image markup and its caption, in one of the shapes scrapers leave behind. */
export function image(ctx: TextContext, slots: Slots): string[] {
  const { rng, outlet } = ctx;
  const caption = fill(fresh(ctx, CAPTIONS), slots, rng);
  const credit = `${rng.pick(PHOTOGRAPHERS)}/${outlet.agency}`;
  switch (rng.int(0, 3)) {
    case 0: return ['![]() |', `${caption}. Photo: ${credit} |`];
    case 1: return ['.jpg)', `${caption} (Photo: ${credit})`];
    case 2: return ['![]() |', `${caption}. |`];
    default: return [`${caption} (Illustrative image)`];
  }
}
