/**
 * Whether terminal output gets ANSI colours, and the few styles the text report uses.
 * Precedence: FORCE_COLOR (set: on, unless `0`/`false`), then NO_COLOR (non-empty: off,
 * see no-color.org), then TERM=dumb (off), then whether the stream is a TTY.
 */

export interface ColorEnv {
  isTTY: boolean | undefined;
  env: Readonly<Record<string, string | undefined>>;
}

export function shouldUseColor({ isTTY, env }: ColorEnv): boolean {
  const force = env['FORCE_COLOR'];
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  const no = env['NO_COLOR'];
  if (no !== undefined && no !== '') return false;
  if (env['TERM'] === 'dumb') return false;
  return isTTY === true;
}

export type Style = (s: string) => string;

export interface Palette {
  bold: Style;
  dim: Style;
  red: Style;
  yellow: Style;
  green: Style;
  cyan: Style;
}

const sgr =
  (open: number, close: number): Style =>
  (s) =>
    `\u001b[${open}m${s}\u001b[${close}m`;

const identity: Style = (s) => s;

export function palette(enabled: boolean): Palette {
  if (!enabled) return { bold: identity, dim: identity, red: identity, yellow: identity, green: identity, cyan: identity };
  return { bold: sgr(1, 22), dim: sgr(2, 22), red: sgr(31, 39), yellow: sgr(33, 39), green: sgr(32, 39), cyan: sgr(36, 39) };
}
