/*
 * How many items a page lists. Every list that grows with the corpus is paged, so that no page
 * grows past about 200 KB of HTML however many texts there are.
 */

/** Document cards a page of /documents/. */
export const DOCUMENTS_PER_PAGE = 100;
/** Rows a page of an entity type's index. */
export const ENTITIES_PER_PAGE = 200;
/** Events and milestones a page of the timeline's list. */
export const EVENTS_PER_PAGE = 100;
/** Marks at most on the timeline chart: the most reported events, and every milestone and deadline up to that. */
export const TIMELINE_CHART_MAX = 120;
/** Entities the timeline's filter offers at most: those the charted events name most often. */
export const TIMELINE_FILTER_MAX = 100;
/** Rows a page of the target ledger. */
export const TARGETS_PER_PAGE = 100;
/** Boxes at most on the chart of targets by deadline: the targets most texts state. */
export const TARGET_CHART_MAX = 120;
/** Rows a page of the list of stated figures. */
export const FACTS_PER_PAGE = 100;
/** Source sentences shown on an event or target page; all are in the open data. */
export const SOURCES_SHOWN = 60;
/** Conflicting figures named in a ledger row; a target page names up to SOURCES_SHOWN. */
export const CONFLICTS_SHOWN = 3;
/** The newest events /events/ lists; the timeline's paged list has all of them. */
export const EVENTS_LATEST = 30;
/** Instruments at most on the lineage page's chart and list: the largest trees, each from its top down; all are in relations.json. */
export const LINEAGE_CHART_MAX = 120;
/** Branches an instrument's lineage lists per instrument (a resolution may have thousands of plans under it). */
export const LINEAGE_BRANCHES_SHOWN = 12;
/** Generations an instrument's lineage walks up and down. */
export const LINEAGE_DEPTH = 3;
/** Instruments named per kind in an instrument's other relations (amends, cited by …). */
export const REFERENCES_SHOWN = 10;
