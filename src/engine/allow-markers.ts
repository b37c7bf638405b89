/**
 * Inline allow markers. A finding is dropped when its line carries a same-line marker, or the
 * line before carries a next-line marker. Markers count anywhere on the line, so every comment
 * syntax works (`#`, `//`, `/* *\/`, `<!-- -->`, `--`, `;`, `%`, `'`, `rem`, …). They are
 * case-sensitive and must end at a word boundary: `keylint:allowed` or `keylint:allow-all`
 * are not markers (a misspelt marker should show up as a finding, not silently pass).
 *
 * Same line:  keylint:allow · gitleaks:allow · pragma: allowlist secret (detect-secrets)
 *             · secretlint-disable-line · trufflehog:ignore
 * Next line:  keylint:allow-next-line · pragma: allowlist nextline secret
 *             · secretlint-disable-next-line
 *
 * secretlint's optional rule names after a directive are ignored: the marker suppresses every
 * keylint rule on that line.
 */

// The end of a marker: not followed by a letter, digit, `_` or `-`.
const END = String.raw`(?![\w-])`;

const SAME_LINE = new RegExp(
  String.raw`(?:keylint:allow|gitleaks:allow|trufflehog:ignore|secretlint-disable-line)${END}|pragma: ?allowlist[ -]secret\b`,
);
const NEXT_LINE = new RegExp(
  String.raw`(?:keylint:allow-next-line|secretlint-disable-next-line)${END}|pragma: ?allowlist[ -]nextline[ -]secret\b`,
);

/**
 * Cheap pre-check: every marker contains `allow` (keylint, gitleaks, detect-secrets),
 * `-disable-` (secretlint) or `:ignore` (trufflehog). Most lines contain none of them,
 * so no regex runs for them.
 */
function mayHoldMarker(text: string): boolean {
  return text.indexOf('allow') >= 0 || text.indexOf('-disable-') >= 0 || text.indexOf(':ignore') >= 0;
}

/** Whether a finding on `lineText` is suppressed by a marker on it or on the line before. */
export function isAllowedByMarker(lineText: string, previousLineText: string | undefined): boolean {
  if (mayHoldMarker(lineText) && SAME_LINE.test(lineText)) return true;
  return previousLineText !== undefined && mayHoldMarker(previousLineText) && NEXT_LINE.test(previousLineText);
}
