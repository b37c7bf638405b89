/**
 * The one-line fix a pull-request review comment offers: the hardcoded literal replaced by the
 * file language's environment (or secret) lookup. Pure: the caller gives the head file's line,
 * the finding's span on it and the name to read.
 *
 * A suggestion is made only when the replacement is unambiguous:
 * - code: the span is exactly the content of one quoted literal (`"…"`, `'…'`, a backtick in
 *   JS/TS) with no string prefix (`b"…"`, `f"…"`) and no triple quote; the whole literal,
 *   quotes included, is replaced;
 * - shell and workflow YAML: the value, quoted or not, is the whole value of its assignment
 *   (`NAME=value`, `key: value`), nothing else on the line but a comment;
 * - never on a line that must stay a compile-time constant (`const` in Go, Rust, C#, Kotlin,
 *   PHP; `static` in Rust): an env lookup does not compile there;
 * - never when the suggested line would still hold any 8-character piece of a secret (a second
 *   key or the other part of a pair on the same line).
 * `.env`-style files get advice, never a suggestion (their values are the secret).
 */

export type SuggestionLanguage = 'python' | 'js' | 'go' | 'java' | 'kotlin' | 'csharp' | 'ruby' | 'php' | 'rust' | 'shell' | 'workflow' | 'terraform';

export type FileKind = { kind: 'code'; language: SuggestionLanguage } | { kind: 'env-file' } | { kind: 'other' };

const EXTENSIONS: Record<string, SuggestionLanguage> = {
  py: 'python',
  pyw: 'python',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  jsx: 'js',
  ts: 'js',
  tsx: 'js',
  mts: 'js',
  cts: 'js',
  go: 'go',
  java: 'java',
  kt: 'kotlin',
  kts: 'kotlin',
  cs: 'csharp',
  rb: 'ruby',
  php: 'php',
  rs: 'rust',
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ksh: 'shell',
  tf: 'terraform',
};

/** What kind of file a repository path is, for suggestions. */
export function fileKind(path: string): FileKind {
  const p = path.replace(/\\/g, '/');
  const base = p.slice(p.lastIndexOf('/') + 1);
  if (base === '.env' || base.startsWith('.env.') || (base.endsWith('.env') && base.length > 4)) return { kind: 'env-file' };
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/i.test(p)) return { kind: 'code', language: 'workflow' };
  const dot = base.lastIndexOf('.');
  const ext = dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
  const language = EXTENSIONS[ext];
  return language ? { kind: 'code', language } : { kind: 'other' };
}

const IDENT = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** `apiKey` → `API_KEY`, `openai-token` → null (not a clean identifier), `db_password` → `DB_PASSWORD`. */
export function envNameOf(identifier: string): string | null {
  if (!IDENT.test(identifier) || identifier.length > 64) return null;
  const snake = identifier.replace(/([a-z0-9])([A-Z])/g, '$1_$2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2');
  const upper = snake.toUpperCase().replace(/_+/g, '_').replace(/^_+|_+$/g, '');
  return IDENT.test(upper) ? upper : null;
}

/**
 * The identifier the literal at `start` (its opening quote or first character) is assigned to:
 * `API_KEY = "…"`, `apiKey: "…"`, `"api_key": "…"`, `$api_key = '…'`, `key := "…"`,
 * `api_key => "…"`, `export TOKEN=…`. Undefined when the text before is anything else.
 */
export function assignedName(line: string, start: number): string | undefined {
  const before = line.slice(0, start);
  const m = /(?:^|[^A-Za-z0-9_$])\$?([A-Za-z_][A-Za-z0-9_]*)["']?\s*(?::=|=>|=|:)\s*$/.exec(before);
  return m?.[1];
}

function lookup(language: SuggestionLanguage, name: string): string {
  switch (language) {
    case 'python':
      return `os.environ["${name}"]`;
    case 'js':
      return `process.env.${name}`;
    case 'go':
      return `os.Getenv("${name}")`;
    case 'java':
    case 'kotlin':
      return `System.getenv("${name}")`;
    case 'csharp':
      return `Environment.GetEnvironmentVariable("${name}")`;
    case 'ruby':
      return `ENV["${name}"]`;
    case 'php':
      return `getenv('${name}')`;
    case 'rust':
      return `&std::env::var("${name}").expect("${name} is not set")`;
    case 'shell':
      return `"$${name}"`;
    case 'workflow':
      return `\${{ secrets.${secretName(name)} }}`;
    case 'terraform':
      return `var.${name.toLowerCase()}`;
  }
}

/** GitHub refuses secret names starting with `GITHUB_`: `GITHUB_TOKEN` → `GH_TOKEN`. */
export function secretName(name: string): string {
  return /^GITHUB_/i.test(name) ? `GH_${name.slice('GITHUB_'.length)}` : name;
}

/** What the reviewer must add for the suggested line to work. */
function requirement(language: SuggestionLanguage, name: string): string | undefined {
  switch (language) {
    case 'python':
      return 'needs `import os`';
    case 'go':
      return 'needs `import "os"`';
    case 'csharp':
      return 'needs `using System;`';
    case 'js':
      return 'in TypeScript the value is `string | undefined`';
    case 'rust':
      return 'a `&String`, which coerces to `&str`';
    case 'workflow':
      return `create the repository secret \`${secretName(name)}\``;
    case 'terraform':
      return `declare \`variable "${name.toLowerCase()}" { sensitive = true }\``;
    default:
      return undefined;
  }
}

/** Lines where only a compile-time constant may stand. */
const CONSTANT_LINE: Partial<Record<SuggestionLanguage, RegExp>> = {
  go: /^\s*const\b/,
  rust: /\b(const|static)\s/,
  csharp: /\bconst\s/,
  kotlin: /\bconst\s+val\b/,
  php: /\bconst\s/,
  java: /^\s*@|\bcase\s/,
};

const QUOTES: Record<SuggestionLanguage, string> = {
  python: `"'`,
  js: '"\'`',
  go: '"`',
  java: '"',
  kotlin: '"',
  csharp: '"',
  ruby: `"'`,
  php: `"'`,
  rust: '"',
  shell: `"'`,
  workflow: `"'`,
  terraform: '"',
};

/**
 * The line continues a constant declaration: the previous line opens one (`const KEY: &str =`),
 * or, in Go, the line sits inside a `const (` block.
 */
function inConstant(language: SuggestionLanguage, before: readonly string[]): boolean {
  const constant = CONSTANT_LINE[language];
  if (!constant) return false;
  const prev = [...before].reverse().find((l) => l.trim() !== '');
  if (prev !== undefined && /=\s*$/.test(prev) && constant.test(prev)) return true;
  if (language !== 'go') return false;
  for (let i = before.length - 1; i >= 0 && i >= before.length - 200; i--) {
    const l = before[i]!;
    if (/^\s*const\s*\(/.test(l)) return true;
    if (/^\s*\)/.test(l) || /^\s*(var|func|type|import|package)\b/.test(l)) return false;
  }
  return false;
}

/** Any `n`-character piece of any secret in `text`. */
export function holdsSecretPiece(text: string, secrets: readonly string[], n = 8): boolean {
  for (const s of secrets) {
    if (s.length === 0) continue;
    if (s.length <= n) {
      if (text.includes(s)) return true;
      continue;
    }
    for (let i = 0; i + n <= s.length; i++) if (text.includes(s.slice(i, i + n))) return true;
  }
  return false;
}

export interface SuggestionInput {
  /** Repository path of the file (decides the language). */
  path: string;
  /** The head file's line, without its line ending. */
  line: string;
  /** 1-based UTF-16 column where the secret starts, and the exclusive end column. */
  column: number;
  endColumn: number;
  /** The raw secret (only compared, never returned). */
  secret: string;
  /** Every other raw value that must not survive in the suggested line (pairs, other keys). */
  otherSecrets?: readonly string[];
  /** The provider record's first env name; undefined for generic findings (the assigned name is used). */
  envName?: string;
  /** The file's lines before this one (nearest last), for constants declared over several lines. */
  before?: readonly string[];
}

/** Longest line a suggestion is offered for (a minified bundle's line is not a reviewable fix). */
export const MAX_SUGGESTED_LINE = 1000;

export interface Suggestion {
  /** The whole replacement line. */
  line: string;
  language: SuggestionLanguage;
  /** The variable or secret the line now reads. */
  name: string;
  /** The lookup expression inserted, e.g. `os.environ["OPENAI_API_KEY"]`. */
  expression: string;
  /** What else the change needs, in words (an import, a secret to create). */
  note?: string;
}

/** The literal around the span: [start, end) of the text to replace, or null when it is not exactly one literal. */
function literalBounds(language: SuggestionLanguage, line: string, s: number, e: number): [number, number] | null {
  const open = line[s - 1];
  const close = line[e];
  const quoted = open !== undefined && open === close && QUOTES[language].includes(open);
  if (quoted) {
    // No string prefix (b"", f"", r"", @"", $"") and no doubled/tripled quote.
    const pre = line[s - 2];
    if (pre !== undefined && (/[A-Za-z0-9_@$]/.test(pre) || pre === open)) return null;
    if (line[e + 1] === open) return null;
    if (language === 'js' && open === '`' && line.slice(s, e).includes('${')) return null;
    return [s - 1, e + 1];
  }
  // Unquoted: only a bare assignment value in shell and YAML.
  if (language !== 'shell' && language !== 'workflow') return null;
  return [s, e];
}

/** Builds the replacement line, or null when no unambiguous suggestion exists. */
export function buildSuggestion(input: SuggestionInput): Suggestion | null {
  const kind = fileKind(input.path);
  if (kind.kind !== 'code') return null;
  const language = kind.language;
  const line = input.line.replace(/\r$/, '');
  if (/[\r\n]/.test(line) || line.includes('```') || line.length > MAX_SUGGESTED_LINE) return null;
  const s = input.column - 1;
  const e = input.endColumn - 1;
  if (s < 0 || e <= s || e > line.length || line.slice(s, e) !== input.secret) return null;
  // The key occurs once on the line: the suggestion removes every trace of it.
  if (line.indexOf(input.secret) !== s || line.indexOf(input.secret, s + 1) !== -1) return null;
  const constant = CONSTANT_LINE[language];
  if (constant?.test(line) || inConstant(language, input.before ?? [])) return null;

  const bounds = literalBounds(language, line, s, e);
  if (!bounds) return null;
  const [from, to] = bounds;
  const before = line.slice(0, from);
  const after = line.slice(to);
  if (language === 'shell') {
    // NAME=value / export NAME=value / NAME="value" — then nothing but `;`, a comment or the end.
    if (!/(?:^|[\s;])(?:export\s+|readonly\s+|local\s+|declare\s+(?:-\w+\s+)*)?[A-Za-z_][A-Za-z0-9_]*=$/.test(before)) return null;
    if (!/^\s*(;.*|#.*)?$/.test(after)) return null;
  }
  if (language === 'workflow') {
    // `key: value` or `- value` in YAML, then only a comment.
    if (!/^\s*(?:-\s+)?(?:[A-Za-z0-9_.-]+|"[^"]*"|'[^']*'):\s+$/.test(before) && !/^\s*-\s+$/.test(before)) return null;
    if (!/^\s*(#.*)?$/.test(after)) return null;
  }

  let name: string | null | undefined = input.envName && IDENT.test(input.envName) ? input.envName : undefined;
  if (!name) {
    const assigned = assignedName(line, from);
    name = assigned ? envNameOf(assigned) : null;
  }
  if (!name) return null;
  let expression = lookup(language, name);
  // A JSX attribute takes an expression in braces: <Client apiKey={process.env.X} />.
  if (language === 'js' && /<[A-Za-z][\w.:-]*(\s[^<>]*)?\s[\w:-]+=$/.test(before)) expression = `{${expression}}`;
  const out = before + expression + after;
  if (out.includes(input.secret) || holdsSecretPiece(out, [input.secret, ...(input.otherSecrets ?? [])])) return null;
  const suggestion: Suggestion = { line: out, language, name: language === 'workflow' ? secretName(name) : language === 'terraform' ? name.toLowerCase() : name, expression };
  const note = requirement(language, name);
  if (note) suggestion.note = note;
  return suggestion;
}

/** The hidden marker keylint recognises its own review comments by (first line of the body). */
export function commentMarker(key: string): string {
  return `<!-- keylint:${key} -->`;
}

/** The marker's key in a comment body written by keylint, or undefined. */
export function markerOf(body: string): string | undefined {
  return /^<!-- keylint:([0-9a-f]{8,64}(?::\d+)?) -->/.exec(body)?.[1];
}

/** Inline code that a value cannot break out of. */
function code(s: string): string {
  return '`' + s.replace(/`/g, "'").replace(/[\r\n]/g, ' ') + '`';
}

export interface ReviewCommentInput {
  /** Marker key (the finding's fingerprint, `:N` for its Nth occurrence in the file). */
  marker: string;
  path: string;
  /** Display name of the provider (`OpenAI`) and the rule id. */
  providerName: string;
  rule: string;
  /** The redacted value, as every report shows it. */
  redacted: string;
  /** An https page where the key is rotated. */
  rotateUrl?: string;
  suggestion: Suggestion | null;
}

/**
 * The body of one review comment: what leaked, that pushing leaked it, where to rotate it, the
 * suggested line (or, for a `.env` file, how to keep such files out of git), how to allow a
 * false positive. Holds the redacted value only; the suggested line holds no piece of a key.
 */
export function reviewCommentBody(c: ReviewCommentInput, sanitizeText: (s: string) => string = (s) => s): string {
  const name = sanitizeText(c.providerName).replace(/[`*_[\]<>]/g, '') || 'Secret';
  const noun = /\b(keys?|secrets?|tokens?|passwords?|credentials?|webhooks?)\b/i.test(name) ? name : `${name} key`;
  const rotate = c.rotateUrl ? `**Rotate it now** at ${c.rotateUrl}` : '**Rotate it now** where it was issued';
  const out = [
    commentMarker(c.marker),
    `**${noun} hardcoded**: ${code(sanitizeText(c.redacted))} (rule ${code(c.rule)})`,
    '',
    `This key was leaked the moment it was pushed: it is in the history of this branch (and of every clone and fork), so deleting or changing this line does not make it safe again. ${rotate}, then give the code the new key through the environment.`,
  ];
  const kind = fileKind(c.path);
  if (kind.kind === 'env-file') {
    out.push(
      '',
      `${code(c.path)} is an env file: it holds the secrets themselves. Keep such files out of git: add them to \`.gitignore\` (and \`git rm --cached ${c.path.replace(/[`\r\n]/g, '')}\`), commit a \`.env.example\` with placeholders instead, and give CI the values as repository secrets.`,
    );
  } else if (c.suggestion) {
    const s = c.suggestion;
    out.push('', '```suggestion', s.line, '```', `The line reads ${code(s.name)} instead${s.note ? ` (${s.note})` : ''}. Store the new key as a repository secret or in your secret manager.`);
  } else {
    out.push('', 'Move the new key to a repository secret (or your secret manager) and read it from the environment.');
  }
  out.push('', 'Not a real key? Add a `keylint:allow` comment on the line, add the value to `allow` in the keylint config, or record the finding in the baseline.');
  return out.join('\n');
}
