import { describe, expect, test } from '@jest/globals';
import { isTable, parseToml, TomlError, type TomlTable, type TomlValue } from '../src/suppress/toml.js';

/** A parsed document as plain JS (tables → objects), for comparisons. */
function plain(v: TomlValue): unknown {
  if (Array.isArray(v)) return v.map(plain);
  if (isTable(v)) return Object.fromEntries([...v.values].map(([k, x]) => [k, plain(x)]));
  return v;
}
const parse = (text: string): unknown => plain(parseToml(text));
const lineOfError = (text: string): number => {
  try {
    parseToml(text);
  } catch (e) {
    if (e instanceof TomlError) return e.line;
    throw e;
  }
  throw new Error('parsed without error');
};

describe('TOML subset parser (what gitleaks configs use)', () => {
  test('a gitleaks config: tables, arrays of tables, every string form, multi-line arrays, comments', () => {
    const text = [
      '# gitleaks config',
      'title = "custom"',
      '[extend]',
      'useDefault = true',
      '',
      '[allowlist]',
      "description = 'global allow list'",
      'paths = [',
      "  '''(^|/)fixtures/''',  # fixtures",
      '  """vendor\\\\.go""",',
      "  'a\\b', \"tab\\there\",",
      ']',
      'stopwords = ["example", ] # trailing comma',
      '',
      '[[rules]]',
      'id = "acme"',
      "regex = '''acme_[a-z]{32}'''",
      'entropy = 3.5',
      'secretGroup = 1',
      'keywords = ["acme_"]',
      '[rules.allowlist]',
      'regexes = ["x"]',
      '[[rules]]',
      'id = "b"',
      'tags = []',
      '[[allowlists]]',
      'condition = "AND"',
      'inline = { a = 1, b.c = "d" }',
    ].join('\n');
    expect(parse(text)).toEqual({
      title: 'custom',
      extend: { useDefault: true },
      allowlist: { description: 'global allow list', paths: ['(^|/)fixtures/', 'vendor\\.go', 'a\\b', 'tab\there'], stopwords: ['example'] },
      rules: [
        { id: 'acme', regex: 'acme_[a-z]{32}', entropy: 3.5, secretGroup: 1, keywords: ['acme_'], allowlist: { regexes: ['x'] } },
        { id: 'b', tags: [] },
      ],
      allowlists: [{ condition: 'AND', inline: { a: 1, b: { c: 'd' } } }],
    });
  });

  test('key lines are remembered (for "LINE: key is not supported" warnings)', () => {
    const doc = parseToml('a = 1\n\n[allowlist]\npaths = [\n "x",\n]\nregexTarget = "line"\n[[rules]]\nid = "r"\n');
    expect(doc.lines.get('a')).toBe(1);
    expect(doc.lines.get('allowlist')).toBe(3);
    expect((doc.values.get('allowlist') as TomlTable).lines.get('regexTarget')).toBe(7);
    expect(doc.lines.get('rules')).toBe(8);
  });

  test('multi-line strings: first newline trimmed, line-ending backslash, up to two closing quotes in the content', () => {
    expect(parse('s = """\nline1\nline2"""')).toEqual({ s: 'line1\nline2' });
    expect(parse('s = """a \\\n    b"""')).toEqual({ s: 'a b' });
    expect(parse('s = """say ""hi"""""')).toEqual({ s: 'say ""hi""' });
    expect(parse("s = '''\nC:\\path\\'''")).toEqual({ s: 'C:\\path\\' });
    expect(parse('s = "\\u00e9\\U0001F600"')).toEqual({ s: 'é😀' });
  });

  test('numbers, booleans, quoted and dotted keys, CRLF', () => {
    expect(parse('a = -12\nb = 1_000\nc = 0x1F\nd = 1e3\ne = false\n"quoted key" = 1\nx.y.z = "v"\r\nlast = true\r\n')).toEqual({
      a: -12, b: 1000, c: 31, d: 1000, e: false, 'quoted key': 1, x: { y: { z: 'v' } }, last: true,
    });
  });

  test.each([
    ['unterminated string', 'a = 1\nb = "abc', 2],
    ['unterminated literal string', "a = 'abc\n", 1],
    ['unterminated multi-line string (reported where it starts)', 'a = 1\nb = """abc\n\n', 2],
    ['unterminated array', 'a = [\n"x",\n', 3],
    ['missing comma', 'a = ["x" "y"]', 1],
    ['bare word value', 'a = hello', 1],
    ['duplicate key', 'a = 1\na = 2', 2],
    ['table defined twice', '[t]\n[t]', 2],
    ['value then table of the same name', 'a = 1\n[a]', 2],
    ['two values on a line', 'a = 1 b = 2', 1],
    ['invalid escape', 'a = "\\q"', 1],
    ['key without value', 'a =\nb = 1', 1],
    ['leading zero', 'a = 012', 1],
    ['double underscore', 'a = 1__0', 1],
    ['unclosed header', '[allowlist\npaths = []', 1],
    ['unclosed array-of-tables header', '[[rules]\n', 1],
    ['extending an inline table', 'a = {b = 1}\n[a.c]', 2],
    ['dates are outside the subset', 'd = 1979-05-27', 1],
  ])('%s → an error naming its line', (_name, text, line) => {
    expect(lineOfError(text)).toBe(line);
  });

  test('an implicit table may be defined later; an array of tables may not be redefined as a table', () => {
    expect(parse('[a.b]\nx = 1\n[a]\ny = 2')).toEqual({ a: { b: { x: 1 }, y: 2 } });
    expect(lineOfError('[[a]]\n[a]')).toBe(2);
  });
});
