/** The suggested fix of a review comment, per language, and the comment body around it. */
import { describe, expect, test } from '@jest/globals';
import { assignedName, buildSuggestion, envNameOf, fileKind, holdsSecretPiece, markerOf, reviewCommentBody, type SuggestionInput } from '../src/reports/suggestions.js';
import { redact } from '../src/secret.js';
import { fakeChars, fakeOpenAiKey } from './reports-fixtures.js';

const KEY = fakeOpenAiKey(5);
const GENERIC = fakeChars(9, 32);

/** A finding's span on `line`: where `secret` sits in it. */
/** `envName` null: a generic finding (no provider env name). */
function at(path: string, line: string, secret = KEY, envName: string | null = 'OPENAI_API_KEY', otherSecrets: string[] = []): SuggestionInput {
  const i = line.indexOf(secret);
  if (i < 0) throw new Error('fixture: secret not on the line');
  const input: SuggestionInput = { path, line, column: i + 1, endColumn: i + 1 + secret.length, secret, otherSecrets };
  if (envName) input.envName = envName;
  return input;
}

const suggest = (path: string, line: string): string | undefined => buildSuggestion(at(path, line))?.line;

describe('a suggestion per language: the literal, quotes included, becomes the lookup', () => {
  test.each([
    ['app/settings.py', `OPENAI_API_KEY = "${KEY}"`, 'OPENAI_API_KEY = os.environ["OPENAI_API_KEY"]'],
    ['app/client.py', `client = OpenAI(api_key='${KEY}')`, 'client = OpenAI(api_key=os.environ["OPENAI_API_KEY"])'],
    ['src/client.ts', `  apiKey: "${KEY}",`, '  apiKey: process.env.OPENAI_API_KEY,'],
    ['src/client.mjs', `const key = \`${KEY}\`;`, 'const key = process.env.OPENAI_API_KEY;'],
    ['cmd/main.go', `\tkey := "${KEY}"`, '\tkey := os.Getenv("OPENAI_API_KEY")'],
    ['src/Main.java', `    private static final String KEY = "${KEY}";`, '    private static final String KEY = System.getenv("OPENAI_API_KEY");'],
    ['app/Client.kt', `val key = "${KEY}"`, 'val key = System.getenv("OPENAI_API_KEY")'],
    ['Client.cs', `var key = "${KEY}";`, 'var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");'],
    ['lib/client.rb', `client = OpenAI::Client.new(access_token: "${KEY}")`, 'client = OpenAI::Client.new(access_token: ENV["OPENAI_API_KEY"])'],
    ['src/client.php', `$key = '${KEY}';`, "$key = getenv('OPENAI_API_KEY');"],
    ['src/main.rs', `    let key = "${KEY}";`, '    let key = &std::env::var("OPENAI_API_KEY").expect("OPENAI_API_KEY is not set");'],
    ['scripts/run.sh', `export OPENAI_API_KEY=${KEY}`, 'export OPENAI_API_KEY="$OPENAI_API_KEY"'],
    ['scripts/run.sh', `OPENAI_API_KEY="${KEY}" # for now`, 'OPENAI_API_KEY="$OPENAI_API_KEY" # for now'],
    ['.github/workflows/ci.yml', `      OPENAI_API_KEY: ${KEY}`, '      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}'],
    ['.github/workflows/ci.yaml', `      api-key: '${KEY}'  # temp`, '      api-key: ${{ secrets.OPENAI_API_KEY }}  # temp'],
    ['infra/main.tf', `  api_key = "${KEY}"`, '  api_key = var.openai_api_key'],
  ])('%s', (path, line, expected) => {
    const s = buildSuggestion(at(path, line));
    expect(s?.line).toBe(expected);
    expect(s!.line).not.toContain(KEY);
  });

  test('notes say what else the line needs', () => {
    expect(buildSuggestion(at('a.py', `K = "${KEY}"`))?.note).toBe('needs `import os`');
    expect(buildSuggestion(at('a.go', `k := "${KEY}"`))?.note).toBe('needs `import "os"`');
    expect(buildSuggestion(at('.github/workflows/x.yml', `  K: ${KEY}`))?.note).toBe('create the repository secret `OPENAI_API_KEY`');
    expect(buildSuggestion(at('main.tf', `k = "${KEY}"`))?.note).toContain('variable "openai_api_key"');
  });

  test('a workflow secret may not start with GITHUB_: GITHUB_TOKEN becomes GH_TOKEN', () => {
    const s = buildSuggestion(at('.github/workflows/ci.yml', `      TOKEN: ${KEY}`, KEY, 'GITHUB_TOKEN'));
    expect(s?.line).toBe('      TOKEN: ${{ secrets.GH_TOKEN }}');
    expect(s?.name).toBe('GH_TOKEN');
  });
});

describe('generic findings: the assigned name, when it is a clean identifier', () => {
  test('camelCase and snake_case names become upper-case env names', () => {
    expect(buildSuggestion(at('a.js', `const dbPassword = "${GENERIC}";`, GENERIC, null))?.line).toBe('const dbPassword = process.env.DB_PASSWORD;');
    expect(buildSuggestion(at('a.py', `self.api_secret = '${GENERIC}'`, GENERIC, null))?.line).toBe('self.api_secret = os.environ["API_SECRET"]');
    expect(buildSuggestion(at('a.json.ts', `  "client_secret": "${GENERIC}",`, GENERIC, null))?.line).toBe('  "client_secret": process.env.CLIENT_SECRET,');
  });

  test('no clean name → no suggestion', () => {
    expect(buildSuggestion(at('a.js', `headers["x-api-key"] = "${GENERIC}";`, GENERIC, null))).toBeNull();
    expect(buildSuggestion(at('a.py', `call("${GENERIC}")`, GENERIC, null))).toBeNull();
    expect(envNameOf('x-api-key')).toBeNull();
    expect(envNameOf('openAIKey')).toBe('OPEN_AI_KEY');
    expect(assignedName('  key := ', 9)).toBe('key');
  });
});

describe('no suggestion when the replacement is not unambiguous', () => {
  test.each([
    ['part of a longer string', 'a.py', `HEADERS = {"Authorization": "Bearer ${KEY}"}`],
    ['string prefix', 'a.py', `K = b"${KEY}"`],
    ['f-string', 'a.py', `K = f"${KEY}"`],
    ['triple quotes', 'a.py', `K = """${KEY}"""`],
    ['unquoted in code', 'a.py', `# ${KEY}`],
    ['template with interpolation', 'a.ts', `const k = \`${KEY}\${x}\`;`],
    ['key twice on the line', 'a.py', `A = "${KEY}"; B = "${KEY}"`],
    ['Go const', 'a.go', `const key = "${KEY}"`],
    ['Rust const', 'a.rs', `const KEY: &str = "${KEY}";`],
    ['Rust static', 'a.rs', `static KEY: &str = "${KEY}";`],
    ['C# const', 'a.cs', `const string Key = "${KEY}";`],
    ['Kotlin const val', 'a.kt', `const val KEY = "${KEY}"`],
    ['shell: inside a command', 'a.sh', `curl -H "Authorization: Bearer ${KEY}" https://api.example.com`],
    ['shell: argument, not an assignment', 'a.sh', `echo ${KEY}`],
    ['workflow: inside a run line', '.github/workflows/ci.yml', `        run: curl -H "x: ${KEY}" https://x`],
    ['YAML outside workflows', 'config/app.yml', `openai: ${KEY}`],
    ['unknown language', 'notes.txt', `OPENAI_API_KEY="${KEY}"`],
    ['backtick fence on the line', 'a.py', `K = "${KEY}"  # \`\`\``],
  ])('%s', (_what, path, line) => {
    expect(buildSuggestion(at(path, line))).toBeNull();
  });

  test('constants over several lines: a Go const block, a Rust const split after =', () => {
    const goLine = `\tKey = "${KEY}"`;
    expect(buildSuggestion({ ...at('a.go', goLine), before: ['package main', '', 'const (', '\tModel = "x"'] })).toBeNull();
    expect(buildSuggestion({ ...at('a.go', goLine), before: ['const (', ')', 'var ('] })?.line).toBe('\tKey = os.Getenv("OPENAI_API_KEY")');
    expect(buildSuggestion({ ...at('a.go', `\tkey := "${KEY}"`), before: ['const (', '\tA = 1', ')', 'func main() {'] })).not.toBeNull();
    const rsLine = `    "${KEY}";`;
    expect(buildSuggestion({ ...at('a.rs', rsLine), before: ['pub const KEY: &str ='] })).toBeNull();
  });

  test('a JSX attribute gets braces', () => {
    expect(suggest('src/App.tsx', `  return <Chat apiKey="${KEY}" model="gpt-4o" />;`)).toBe('  return <Chat apiKey={process.env.OPENAI_API_KEY} model="gpt-4o" />;');
    expect(suggest('src/a.ts', `const o = { apiKey: "${KEY}" };`)).toBe('const o = { apiKey: process.env.OPENAI_API_KEY };');
  });

  test('an over-long line (minified code) gets no suggestion', () => {
    expect(suggest('dist/app.js', `var a="${KEY}";` + 'x'.repeat(1000))).toBeUndefined();
  });

  test('the span must be the secret: a shifted column gives nothing', () => {
    const line = `K = "${KEY}"`;
    expect(buildSuggestion({ ...at('a.py', line), column: 7 })).toBeNull();
    expect(buildSuggestion({ ...at('a.py', line), column: 6 })).not.toBeNull();
  });

  test('a second key (or a pair part) left on the line blocks the suggestion', () => {
    const other = fakeChars(77, 34);
    const line = `client = Client(key="${KEY}", sid="${other}")`;
    expect(buildSuggestion(at('a.py', line))).not.toBeNull();
    expect(buildSuggestion(at('a.py', line, KEY, 'OPENAI_API_KEY', [other]))).toBeNull();
    expect(holdsSecretPiece('x' + other.slice(3, 11) + 'y', [other])).toBe(true);
  });

  test('.env-style files never get a suggestion', () => {
    for (const p of ['.env', 'app/.env.local', 'deploy/prod.env', '.env.example']) {
      expect(fileKind(p)).toEqual({ kind: 'env-file' });
      expect(suggest(p, `OPENAI_API_KEY=${KEY}`)).toBeUndefined();
    }
    expect(fileKind('environment.ts')).toEqual({ kind: 'code', language: 'js' });
  });
});

describe('the review comment body', () => {
  const base = { marker: 'ab'.repeat(16), providerName: 'OpenAI', rule: 'openai-project-key', redacted: redact(KEY), rotateUrl: 'https://platform.openai.com/api-keys' };

  test('code with a suggestion: marker first, leaked-on-push, rotation link, the suggestion block, no secret', () => {
    const line = `OPENAI_API_KEY = "${KEY}"`;
    const body = reviewCommentBody({ ...base, path: 'app/settings.py', suggestion: buildSuggestion(at('app/settings.py', line)) });
    expect(body.split('\n')[0]).toBe(`<!-- keylint:${base.marker} -->`);
    expect(markerOf(body)).toBe(base.marker);
    expect(body).toContain('leaked the moment it was pushed');
    expect(body).toContain('https://platform.openai.com/api-keys');
    expect(body).toContain('```suggestion\nOPENAI_API_KEY = os.environ["OPENAI_API_KEY"]\n```');
    expect(body).toContain(redact(KEY));
    // No 8-character piece of the part the redaction hides.
    expect(holdsSecretPiece(body, [KEY.slice(4, -3)], 8)).toBe(false);
  });

  test('.env file: advice to keep it out of git, no suggestion block', () => {
    const body = reviewCommentBody({ ...base, path: 'app/.env', suggestion: null });
    expect(body).not.toContain('```suggestion');
    expect(body).toContain('.gitignore');
    expect(body).toContain('repository secrets');
    expect(body).toContain('Rotate it now');
  });

  test('a marker later in a body (quoted from the PR) is not keylint’s', () => {
    expect(markerOf(`hello\n<!-- keylint:${base.marker} -->`)).toBeUndefined();
  });
});
