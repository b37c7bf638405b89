/** The how-to-fix and how-to-allow wording shared by every report, so they never disagree. */
import type { ProviderRecord } from '../providers/types.js';
import { isHttpsUrl } from './format.js';

/** Inline marker the engine honours on the finding's line or the line above it. */
export const ALLOW_MARKER = 'keylint:allow';

/**
 * What the finding is called: `OpenAI key`; names that already say what they are stay as they
 * are (`Private key`, `Slack webhook`, `Anthropic (admin key)`, `Credentials in URL`).
 */
export function keyNoun(providerName: string): string {
  const name = providerName.trim() || 'Secret';
  return /\b(keys?|secrets?|tokens?|passwords?|credentials?|webhooks?)\b/i.test(name) ? name : `${name} key`;
}

/** Title of an annotation / SARIF rule: `OpenAI key hardcoded`, `Private key hardcoded`. */
export function hardcodedTitle(providerName: string): string {
  return `${keyNoun(providerName)} hardcoded`;
}

/** Where the key is rotated, when the registry knows a safe (https) page. */
export function rotateUrlOf(provider: ProviderRecord | undefined): string | undefined {
  return isHttpsUrl(provider?.rotateUrl) ? provider.rotateUrl : undefined;
}

/** One sentence: move it out of the code, rotate it. */
export function fixSentence(rotateUrl: string | undefined, where: 'code' | 'ci' = 'code'): string {
  const store = where === 'ci' ? 'a repository secret (or your secret manager) and read it from the environment' : 'a secret store or an environment variable';
  const rotate = rotateUrl ? `rotate it at ${rotateUrl}` : 'rotate it where it was issued';
  return `Move the key to ${store}, then ${rotate}: it is in the history and must be treated as leaked.`;
}

/** One sentence: how to silence a false positive. */
export function allowSentence(): string {
  return `If this is not a real key, add a \`${ALLOW_MARKER}\` comment on the line (e.g. \`# ${ALLOW_MARKER}\`), add the value to \`allow\` in the keylint config, or record the finding in the baseline.`;
}
