import { describe, expect, it } from '@jest/globals';
import { blobUrl, escapeMarkdown } from '../src/reports/markdown.js';
import { renderSummaryMarkdown, type SummaryInput } from '../src/reports/summary.js';
import { fakeGithubToken, fakeOpenAiKey, makeFinding, makeResult, providers, SHA_A, SHA_B } from './reports-fixtures.js';

const REPO = 'https://github.com/octo/app';

function input(over: Partial<SummaryInput> = {}): SummaryInput {
  return {
    result: makeResult([]),
    providers,
    headSha: SHA_A,
    repoUrl: REPO,
    event: 'pull_request',
    range: 'a1b2c3d..0f1e2d3',
    scanned: { commits: 4, files: 37, bytes: 52_100, durationMs: 812 },
    ...over,
  };
}

/** Table rows: lines starting with `|`. */
function rows(md: string): string[] {
  return md.split('\n').filter((l) => l.startsWith('|'));
}

/** Cell separators GFM would see: pipes not preceded by a backslash. */
function cellCount(row: string): number {
  return row.split(/(?<!\\)\|/).length - 2;
}

describe('renderSummaryMarkdown', () => {
  it('says no keys were found and what was scanned', () => {
    const md = renderSummaryMarkdown(input());
    expect(md.split('\n')[0]).toBe('## ✅ keylint: no keys found');
    expect(md).toContain('- **Event:** `pull_request`');
    expect(md).toContain('- **Range:** `a1b2c3d..0f1e2d3`');
    expect(md).toContain('- **Commits:** 4');
    expect(md).toContain('- **Files:** 37 (52.1 kB)');
    expect(md).toContain('- **Duration:** 812 ms');
    expect(md).not.toContain('| Location |');
    expect(md).not.toContain('How to fix');
  });

  it('lists findings with links to the blob at the head sha', () => {
    const findings = [
      makeFinding({ raw: fakeOpenAiKey(1), file: 'src/app.ts', line: 7 }),
      makeFinding({ raw: fakeGithubToken(2), file: 'src/app.ts', line: 30, rule: 'github-pat', provider: 'github', providerName: 'GitHub' }),
      makeFinding({ raw: fakeOpenAiKey(3), file: 'config/prod env.yml', line: 2 }),
    ];
    const md = renderSummaryMarkdown(input({ result: makeResult(findings) }));
    expect(md.split('\n')[0]).toBe('## ❌ keylint: 3 keys in 2 files');
    const table = rows(md);
    expect(table[0]).toBe('| Location | Provider | Value | Commit |');
    expect(table).toHaveLength(2 + 3);
    expect(table[2]).toBe(`| [config/prod env.yml:2](${REPO}/blob/${SHA_A}/config/prod%20env.yml#L2) | OpenAI | ${escapeMarkdown(findings[2]!.redacted)} | — |`);
    expect(table[3]).toContain(`(${REPO}/blob/${SHA_A}/src/app.ts#L7)`);
    expect(md).toContain('### How to fix');
    expect(md).toContain('[https&#58;//github.com/settings/tokens](https://github.com/settings/tokens)');
    expect(md).toContain('keylint:allow');
  });

  it('puts intermediate-commit keys in their own section, linked at their commit', () => {
    const gone = makeFinding({ raw: fakeOpenAiKey(4), file: 'old.py', line: 5, commit: SHA_B });
    const md = renderSummaryMarkdown(input({ intermediate: [gone] }));
    expect(md.split('\n')[0]).toBe('## ❌ keylint: 1 key in intermediate commits');
    expect(md).toContain('### Keys in intermediate commits (1)');
    expect(md).toContain(`[old.py:5](${REPO}/blob/${SHA_B}/old.py#L5)`);
    expect(md).toContain('| `0f1e2d3` |');
    expect(md).toContain('remain in the history: rotate them');
    const both = renderSummaryMarkdown(input({ result: makeResult([makeFinding({ raw: fakeOpenAiKey(5) })]), intermediate: [gone] }));
    expect(both.split('\n')[0]).toBe('## ❌ keylint: 1 key in 1 file, 1 more in intermediate commits');
  });

  it('shows notices, skipped files and the annotation overflow', () => {
    const result = makeResult([makeFinding({ raw: fakeOpenAiKey(6) })], {
      notices: ['The pull request has 312 commits; the API returned the first 250 only.'],
      skipped: [{ path: 'a.bin', reason: 'binary' }],
      stats: { files: 3, bytes: 10, skipped: 1, durationMs: 1 },
    });
    const md = renderSummaryMarkdown(input({ result, annotationsOmitted: 7 }));
    expect(md).toContain('### ⚠️ Notices');
    expect(md).toContain('- The pull request has 312 commits&#59; the API returned the first 250 only.'.replace('&#59;', ';'));
    expect(md).toContain('- **Skipped:** 1 (1 binary)');
    expect(md).toContain('7 findings are listed here but not annotated');
  });

  it('caps each table and says how many more there are', () => {
    const findings = Array.from({ length: 230 }, (_, i) => makeFinding({ raw: fakeOpenAiKey(i + 10), file: `f${String(i).padStart(3, '0')}.ts` }));
    const md = renderSummaryMarkdown(input({ result: makeResult(findings) }));
    expect(rows(md)).toHaveLength(2 + 200);
    expect(md).toContain('_…and 30 more, not listed here: see the SARIF or JSON report._');
    expect(renderSummaryMarkdown(input({ result: makeResult(findings), maxRows: 5 }))).toContain('…and 225 more');
  });

  it('does not link when the repository URL or sha is not trustworthy', () => {
    const f = makeFinding({ raw: fakeOpenAiKey(7), file: 'a.ts', line: 1 });
    for (const bad of [{ repoUrl: 'javascript:alert(1)' }, { repoUrl: 'https://github.com/o/r) [x](https://evil' }, { headSha: 'main' }, { repoUrl: undefined }]) {
      const md = renderSummaryMarkdown(input({ result: makeResult([f]), ...bad }));
      expect(rows(md)[2]!.startsWith('| a.ts:1 |')).toBe(true);
    }
  });
});

describe('markdown injection through file names and values', () => {
  const evilNames = [
    'a|b|c.ts',
    'x\\|y.ts',
    'tick`code`.ts',
    '``double``.ts',
    '<script>alert(1)</script>.js',
    '<img src=x onerror=alert(1)>.md',
    'line\nbreak\r\n| injected | row | here | x |.ts',
    '[click](https://evil.example)/x.ts',
    '![img](https://evil.example/p.png).ts',
    '**bold** _it_ ~~s~~ :tada: $x^2$ &amp; &#124;.ts',
    'https://evil.example/autolink.ts',
    'www.evil.example.ts',
    'user@evil.example.ts',
    '1. list.ts',
    '- dash.ts',
    '\u202eevil\u2066.ts',
  ];

  const findings = evilNames.map((file, i) => makeFinding({ raw: fakeOpenAiKey(200 + i), file, line: i + 1 }));
  const md = renderSummaryMarkdown(
    input({
      result: makeResult(findings, { notices: ['bad path <script>|`x`\n# heading'] }),
      intermediate: [makeFinding({ raw: fakeOpenAiKey(300), file: '<b>|gone|</b>\n.ts', commit: SHA_B })],
    }),
  );
  const tableRows = rows(md);

  it('keeps every row at exactly four cells and one line', () => {
    expect(tableRows).toHaveLength(2 + evilNames.length + 2 + 1);
    for (const r of tableRows) expect(cellCount(r)).toBe(4);
  });

  it('leaves no raw HTML, backtick, emphasis, link or autolink from the names', () => {
    const cells = tableRows.slice(2).map((r) => r.split(/(?<!\\)\|/)[1]!);
    for (const c of cells) {
      const label = c.replace(/\]\(https:\/\/github\.com\/octo\/app\/blob\/[0-9a-f]{40}\/[^\s()]+#L\d+\)\s*$/, '').replace(/^\s*\[/, '').replace(/:\d+$/, '');
      expect(label).not.toMatch(/[<>`|*_~[\]$:@\\]/);
      expect(label).not.toMatch(/www\./i);
      expect(label).not.toMatch(/[\n\r\u202e\u2066]/);
    }
    expect(md).not.toContain('<script');
    expect(md).not.toContain('<img');
    expect(md).not.toContain('<b>');
    expect(md).not.toContain('](https://evil');
  });

  it('keeps links to the real files, percent-encoded', () => {
    expect(md).toContain(`/blob/${SHA_A}/a%7Cb%7Cc.ts#L1)`);
    expect(md).toContain(`/blob/${SHA_A}/%3Cscript%3Ealert%281%29%3C/script%3E.js#L5)`);
  });

  it('escapes notices too', () => {
    const notice = md.split('\n').find((l) => l.startsWith('- bad path'))!;
    expect(notice).toBe('- bad path &#60;script&#62;&#124;&#96;x&#96;&#92;n&#35; heading');
  });

  it('renders escapes that read back as the original text', () => {
    const decode = (s: string): string => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));
    expect(decode(escapeMarkdown('a|b`c<d>*e_f [g](h) $i$ j:k @l \\m'))).toBe('a|b`c<d>*e_f [g](h) $i$ j:k @l \\m');
    expect(decode(escapeMarkdown('x\ny'))).toBe('x\\ny');
  });

  it('builds blob URLs only from safe parts', () => {
    expect(blobUrl(REPO, SHA_A, 'a b/(c).ts', 3)).toBe(`${REPO}/blob/${SHA_A}/a%20b/%28c%29.ts#L3`);
    expect(blobUrl('http://github.com/o/r', SHA_A, 'a', 1)).toBeUndefined();
    expect(blobUrl(REPO, 'HEAD', 'a', 1)).toBeUndefined();
    expect(blobUrl('https://ghe.corp.example:8443/o/r/', SHA_A, 'a', 1)).toBe(`https://ghe.corp.example:8443/o/r/blob/${SHA_A}/a#L1`);
  });
});

describe('linear time on adversarial input', () => {
  const time = (fn: () => unknown): number => {
    const t = process.hrtime.bigint();
    fn();
    return Number(process.hrtime.bigint() - t);
  };
  const ratio = (make: (n: number) => () => unknown): number => {
    make(5_000)(); // warm up
    const small = Math.max(time(make(50_000)), 1);
    return time(make(200_000)) / small;
  };

  it('escapeMarkdown', () => {
    expect(ratio((n) => () => escapeMarkdown('www.|`<'.repeat(n / 7) + '\u001b'.repeat(n), 10 * n))).toBeLessThan(16);
  });

  it('blobUrl repository check', () => {
    expect(ratio((n) => () => blobUrl('https://github.com' + '/a'.repeat(n) + ' ', SHA_A, 'x', 1))).toBeLessThan(16);
    expect(ratio((n) => () => blobUrl('https://' + 'a.'.repeat(n) + '!', SHA_A, 'x', 1))).toBeLessThan(16);
  });
});
