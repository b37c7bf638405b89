/**
 * Markdown escaping for untrusted text (file names, notices, redacted values) placed in GitHub
 * job summaries, including table cells. Control characters become visible escapes, and every
 * ASCII punctuation mark that Markdown, GFM tables, HTML, autolinks, emoji shortcodes or math
 * could read is written as a numeric character reference, so the text renders literally.
 */
import { encodePath, sanitize, truncate } from './format.js';

// Letters, digits, space and a few marks that mean nothing inline in GFM stay as they are
// (parentheses only matter right after `]`, which is always escaped).
const MARKDOWN_SPECIAL = /[^A-Za-z0-9 /.,;?%=+()\-\u0080-\uffff]/g;

/** Escapes text for inline Markdown (also safe inside a table cell); long text is cut at `max`. */
export function escapeMarkdown(text: string, max = 300): string {
  const safe = truncate(sanitize(text), max).replace(MARKDOWN_SPECIAL, (c) => `&#${c.charCodeAt(0)};`);
  return (
    safe
      // `www.` starts a GFM autolink even without a scheme.
      .replace(/www\./gi, (m) => `${m.slice(0, 3)}&#46;`)
      // A leading `1.`, `-` or `+` would open a list when the text starts a list item's content.
      .replace(/^(\d+)\./, '$1&#46;')
      .replace(/^[-+]/, (c) => `&#${c.charCodeAt(0)};`)
  );
}

/** Inline code for a trusted, simple token (rule ids, short shas): anything else is escaped text. */
export function code(token: string): string {
  return /^[A-Za-z0-9._/@:+-]{1,100}$/.test(token) ? `\`${token}\`` : escapeMarkdown(token);
}

const REPO_URL = /^https:\/\/[A-Za-z0-9.-]+(?::[0-9]{1,5})?(?:\/[A-Za-z0-9._~-]+)+\/?$/;
const SHA = /^[0-9a-f]{7,64}$/i;

/**
 * `${repoUrl}/blob/${sha}/${file}#L${line}`, or undefined when the repository URL or sha does
 * not look like one (nothing from the scanned tree can turn the link into something else).
 */
export function blobUrl(repoUrl: string | undefined, sha: string | undefined, file: string, line: number): string | undefined {
  if (!repoUrl || !sha || !REPO_URL.test(repoUrl) || !SHA.test(sha)) return undefined;
  const base = repoUrl.replace(/\/$/, '');
  return `${base}/blob/${sha}/${encodePath(file)}#L${Math.max(1, Math.floor(line))}`;
}

/** A Markdown link whose label is already escaped and whose URL has no space or parenthesis. */
export function link(escapedLabel: string, url: string | undefined): string {
  if (!url || /[\s()<>]/.test(url)) return escapedLabel;
  return `[${escapedLabel}](${url})`;
}
