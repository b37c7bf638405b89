/** How reports phrase a history finding's origin (`scan --history`). Never sees a secret. */
import type { FindingHistory } from '../types.js';
import { plural, sanitize, shortSha, truncate } from './format.js';

/** `first in abc1234 by Jane Doe on 2026-01-02, in 3 commits` (the author is sanitised). */
export function historyPhrase(h: FindingHistory): string {
  const by = h.author ? ` by ${truncate(sanitize(h.author), 80)}` : '';
  const on = /^\d{4}-\d{2}-\d{2}/.test(h.date) ? ` on ${h.date.slice(0, 10)}` : '';
  return `first in ${shortSha(h.firstCommit)}${by}${on}, in ${plural(h.commitCount, 'commit')}`;
}
