/**
 * Credentials in commands and connection strings: `curl -u user:pass` (keylint:allow), `mysql -pSECRET`,
 * `sshpass -p SECRET`, ADO.NET / ODBC / JDBC `Password=…;`. Generic detectors: no provider owns these values, and a provider rule that claims the
 * span wins. (`--password=…` flags, URLs with `user:pass@` and `Authorization:` headers are
 * generic.ts's.)
 */
import type { ProviderRecord } from '../types.js';
import { shannonEntropy } from '../../engine/entropy.js';
import { isPlaceholder } from '../../engine/placeholder.js';
import { decodePercent, isWeakDefault, spellsPasswordInDisguise } from './generic-gates.js';

/**
 * A password given on a command line or in a connection string is a literal: it needs no
 * randomness to be a leak, but not a reference (`$DB_PASS`, `${PASS}`, `%s`, `{0}`, `@PASS@`),
 * a placeholder, a weak default (`root`, `changeme`) or a spelled-out example (`p@ssw0rd`).
 */
export function passwordLooksReal(raw: string): boolean {
  const value = decodePercent(raw);
  if (value.length < 4) return false;
  if (/^[$%@]|\$\{|\$\(|\{\{|^\{\d*\}$|^<.*>$|^\*+$/.test(value)) return false;
  if (isPlaceholder(value) || isWeakDefault(value) || spellsPasswordInDisguise(value)) return false;
  // Digits only are a port or a PIN in the wrong place (`-p3306`), not a password.
  if (/^\d+$/.test(value)) return false;
  return shannonEntropy(value) >= 2.0;
}

/** Inside braces or quotes: ODBC `Pwd={a;b}`, `Password='x'`. */
function unwrap(value: string): string {
  const first = value[0];
  const last = value[value.length - 1];
  if ((first === '{' && last === '}') || ((first === '"' || first === "'") && last === first)) return value.slice(1, -1);
  return value;
}

/** Keys that make a `key=value;` list a connection string (ADO.NET, ODBC, JDBC, OLE DB). */
const CONNECTION_KEY = /(?:^|[;"'\s])(?:server|data[ \t]+source|host|hostname|address|addr|network[ \t]+address|uid|user[ \t]*id|user(?:name)?|database|databasename|initial[ \t]+catalog|dsn|driver|provider|port)[ \t]*=|jdbc:[a-z]{2,20}:/i;

/** `Password=` / `Pwd =` exactly, at a given offset. */
const PASSWORD_KEY = /(?:password|pwd)[ \t]{0,4}=/iy;

/**
 * Whether the key at `start` sits in a `key=value;` connection string: after `;` (or at the
 * start of the string) and with a connection key (Server=, User ID=, Database= …) in the same
 * list, within 300 characters on its line. Not after `?`/`&` (a URL query: another rule).
 */
function inConnectionString(text: string, start: number): boolean {
  // Cheap first: this runs for every identifier holding `password`/`pwd`.
  PASSWORD_KEY.lastIndex = start;
  if (!PASSWORD_KEY.test(text)) return false;
  const before = text.charCodeAt(start - 1);
  if (before === 63 || before === 38 || before === 46 || before === 45 || before === 95) return false;
  // 300 characters on each side, cut at the line ends (searched within them only: a long
  // single line must not be searched whole for every key on it).
  const from = Math.max(0, start - 300);
  let around = text.slice(from, Math.min(text.length, start + 300));
  const at = start - from;
  const lineStart = around.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = around.indexOf('\n', at);
  around = around.slice(lineStart, lineEnd < 0 ? around.length : lineEnd);
  return around.includes(';') && CONNECTION_KEY.test(around);
}

export const commandProviders: ProviderRecord[] = [
  {
    id: 'command-line',
    name: 'Credential in a command',
    envNames: [],
    rotateUrl: 'https://owasp.org/www-community/vulnerabilities/Password_Plaintext_Storage',
    rules: [
      {
        id: 'curl-user-password',
        description: 'A password given to curl with -u / --user user:password.',
        pattern: String.raw`(?<![\w-])(?:-u|--user)(?:[ \t]{1,8}|=)?(?<q>["']?)(?<user>[^\s:'"$%{}]{1,64}):(?<secret>[^\s'"]{3,128})\k<q>(?![^\s'"])`,
        keywords: ['curl'],
        window: { before: 0, after: 600 },
        requires: ['-u', '--user'],
        confidence: 'medium',
        generic: true,
        skipPlaceholderGate: true,
        check: (secret) => passwordLooksReal(secret),
      },
      {
        id: 'mysql-password-flag',
        description: 'A password glued to the -p flag of a MySQL client (mysql -pSECRET, mysqldump -p"SECRET").',
        pattern: String.raw`(?<![\w-])-p(?<q>["']?)(?<secret>[^\s"'\-][^\s"']{2,127})\k<q>(?![^\s"'])`,
        keywords: ['mysql'],
        window: { before: 0, after: 300 },
        requires: ['-p'],
        confidence: 'medium',
        generic: true,
        skipPlaceholderGate: true,
        // `-p(?<q>…` is a regex (this very pattern, in a bundle), not a password.
        check: (secret) => passwordLooksReal(secret) && !secret.startsWith('(?'),
      },
      {
        id: 'sshpass-password',
        description: 'A password given to sshpass with -p.',
        pattern: String.raw`(?<![\w-])-p[ \t]{0,8}(?<q>["']?)(?<secret>[^\s"'\-][^\s"']{2,127})\k<q>(?![^\s"'])`,
        keywords: ['sshpass'],
        window: { before: 0, after: 200 },
        requires: ['-p'],
        confidence: 'medium',
        generic: true,
        skipPlaceholderGate: true,
        check: (secret) => passwordLooksReal(secret),
      },
    ],
  },
  {
    id: 'connection-string',
    name: 'Connection string password',
    envNames: ['CONNECTION_STRING', 'DATABASE_URL'],
    rotateUrl: 'https://owasp.org/www-community/vulnerabilities/Password_Plaintext_Storage',
    rules: [
      {
        id: 'connection-string-password',
        description: 'A password in an ADO.NET, ODBC, OLE DB or JDBC connection string (Server=…;User ID=…;Password=…;, Pwd=…).',
        // Anchored at the `Password`/`Pwd` key of a `key=value;` list (the engine checks the
        // name and the list around it, then runs this once); the value runs to `;`, the end of
        // the line or a closing quote, and braces or quotes may wrap it.
        pattern: String.raw`[ \t]{0,4}=[ \t]{0,4}(?<secret>\{[^}\n]{1,128}\}|'[^'\n]{1,128}'|[^;'"\s{][^;'"\r\n]{0,127}?)[ \t]{0,4}(?=;|["'\r\n]|$)`,
        anchor: { prefix: inConnectionString, name: (n) => /^(?:password|pwd)$/i.test(n), next: '= \t' },
        keywords: ['password', 'pwd'],
        confidence: 'medium',
        generic: true,
        skipPlaceholderGate: true,
        check: (secret) => passwordLooksReal(unwrap(secret)),
      },
    ],
  },
];
