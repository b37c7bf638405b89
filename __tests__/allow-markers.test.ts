import { describe, expect, it } from '@jest/globals';
import { isAllowedByMarker } from '../src/engine/allow-markers.js';

const KEY = ['sk', 'fake', 'Zq81xP0wLm3nB7vK'].join('-'); // clearly fake, built at runtime
const code = `const apiKey = "${KEY}";`;

/** Wraps a marker in a comment syntax, after code on the same line. */
const syntaxes: Array<[string, (m: string) => string]> = [
  ['#', (m) => `${code} # ${m}`],
  ['//', (m) => `${code} // ${m}`],
  ['/* */', (m) => `${code} /* ${m} */`],
  ['<!-- -->', (m) => `${code} <!-- ${m} -->`],
  ['--', (m) => `${code} -- ${m}`],
  [';', (m) => `${code} ; ${m}`],
  ['%', (m) => `${code} % ${m}`],
  ["'", (m) => `${code} ' ${m}`],
  ['rem', (m) => `${code} rem ${m}`],
];
/** The same syntaxes for a comment alone on the line before. */
const ownLine: Array<[string, (m: string) => string]> = [
  ['#', (m) => `# ${m}`],
  ['//', (m) => `  // ${m}`],
  ['/* */', (m) => `/* ${m} */`],
  ['<!-- -->', (m) => `<!-- ${m} -->`],
  ['--', (m) => `-- ${m}`],
  [';', (m) => `; ${m}`],
  ['%', (m) => `% ${m}`],
  ["'", (m) => `' ${m}`],
  ['rem', (m) => `REM ${m}`],
];

const SAME_LINE = ['keylint:allow', 'gitleaks:allow', 'pragma: allowlist secret', 'secretlint-disable-line', 'trufflehog:ignore'];
const NEXT_LINE = ['keylint:allow-next-line', 'pragma: allowlist nextline secret', 'secretlint-disable-next-line'];

describe('same-line markers', () => {
  for (const marker of SAME_LINE) {
    for (const [name, wrap] of syntaxes) {
      it(`${marker} in ${name} comment suppresses the line`, () => {
        expect(isAllowedByMarker(wrap(marker), undefined)).toBe(true);
        expect(isAllowedByMarker(wrap(marker), 'unrelated();')).toBe(true);
      });
    }
    it(`${marker} on the previous line does not suppress`, () => {
      expect(isAllowedByMarker(code, `// ${marker}`)).toBe(false);
    });
  }
  it('accepts detect-secrets variants (no space after colon, dash)', () => {
    expect(isAllowedByMarker(`${code} # pragma:allowlist secret`, undefined)).toBe(true);
    expect(isAllowedByMarker(`${code} # pragma: allowlist-secret`, undefined)).toBe(true);
  });
  it('accepts secretlint rule names after the directive', () => {
    expect(isAllowedByMarker(`${code} // secretlint-disable-line @secretlint/secretlint-rule-openai`, undefined)).toBe(true);
  });
  it('works with the marker before the code or with no comment at all', () => {
    expect(isAllowedByMarker(`/* keylint:allow */ ${code}`, undefined)).toBe(true);
    expect(isAllowedByMarker(`token: ${KEY} keylint:allow`, undefined)).toBe(true);
  });
});

describe('next-line markers', () => {
  for (const marker of NEXT_LINE) {
    for (const [name, wrap] of ownLine) {
      it(`${marker} in ${name} comment suppresses the following line`, () => {
        expect(isAllowedByMarker(code, wrap(marker))).toBe(true);
      });
    }
    it(`${marker} on the finding's own line does not suppress it`, () => {
      expect(isAllowedByMarker(`${code} // ${marker}`, undefined)).toBe(false);
      expect(isAllowedByMarker(`${code} // ${marker}`, 'x = 1')).toBe(false);
    });
  }
});

describe('negative cases', () => {
  it('no marker', () => {
    expect(isAllowedByMarker(code, undefined)).toBe(false);
    expect(isAllowedByMarker(code, '// allow me to explain')).toBe(false);
  });
  it('a next-line marker two lines up (separated by an unrelated line) does not count', () => {
    // The engine passes only the line itself and the one before: the unrelated line.
    const lines = ['// keylint:allow-next-line', 'const other = 1;', code];
    expect(isAllowedByMarker(lines[2]!, lines[1])).toBe(false);
  });
  it('misspelt or extended markers do not count', () => {
    for (const m of ['keylint:allowed', 'keylint:allow-all', 'keylint:allow_this', 'keylint:allowlist', 'gitleaks:allowed', 'trufflehog:ignored', 'secretlint-disable-lines', 'pragma: allowlist secrets', 'keylint: allow', 'KEYLINT:ALLOW']) {
      expect(isAllowedByMarker(`${code} // ${m}`, undefined)).toBe(false);
    }
  });
  it('secretlint-disable (block form) is not a line marker', () => {
    expect(isAllowedByMarker(`${code} // secretlint-disable`, undefined)).toBe(false);
    expect(isAllowedByMarker(code, '/* secretlint-disable */')).toBe(false);
  });
  it('a same-line marker on the previous line is not a next-line marker', () => {
    expect(isAllowedByMarker(code, `${code} // gitleaks:allow`)).toBe(false);
  });
});

describe('cost', () => {
  it('stays linear on long adversarial lines (n vs 4n)', () => {
    const time = (n: number): number => {
      const line = 'pragma: allowlist '.repeat(n) + 'keylint:allowx'.repeat(n);
      const t0 = performance.now();
      for (let i = 0; i < 20; i++) isAllowedByMarker(line, line);
      return performance.now() - t0;
    };
    time(1000);
    time(4000);
    // Noise only slows runs down: keep the fastest of several interleaved runs per size.
    let small = Infinity;
    let big = Infinity;
    for (let i = 0; i < 7; i++) {
      small = Math.min(small, time(1000));
      big = Math.min(big, time(4000));
    }
    expect(big / Math.max(small, 0.05)).toBeLessThan(10);
  });
});
