/**
 * The verbs of handling every one of a thing (amount-parser.ts reads a time to do each of them): processing, deciding on or completing
 * each; licensing, registering or certifying each, or replying to each; publishing, paying or repairing each; appraising or verifying
 * each, or confirming each; recording, uploading or sending each. A body that aims to do one of them does the work itself (own-office.ts).
 */
export const HANDLING = ['process', 'handle', 'settle', 'resolve', 'answer', 'approve', 'grant', 'issue', 'deliver', 'return', 'decide on',
  'complete', 'license', 'register', 'certify', 'reply to', 'respond to', 'publish', 'post', 'pay', 'refund', 'review', 'inspect', 'repair',
  'restore', 'connect', 'appraise', 'assess', 'verify', 'confirm', 'record', 'upload', 'send'];
/** HANDLING as the alternatives of a pattern's source, spaces as any white space: "process|…|decide\s+on|…". */
export const HANDLING_SOURCE = HANDLING.map((v) => v.replace(/ /g, String.raw`\s+`)).join('|');
