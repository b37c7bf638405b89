// Plausible source text in several languages, built from templates and word lists.
import { B64, HEX } from './prng.mjs';

const NOUNS = 'user account order invoice payment customer session request response client server cache queue worker job task event message record item product cart price config setting option handler router service repository model schema table column index query result error status metric report file buffer stream channel node cluster region bucket object policy role permission group member tenant project build release deploy artifact image container volume network route gateway proxy endpoint webhook'.split(' ');
const VERBS = 'get set load save fetch update create delete parse build render validate compute resolve handle process send receive encode decode merge filter sort map reduce apply check register refresh sync flush open close read write start stop retry schedule'.split(' ');
const ADJS = 'new old default current next last active pending primary remote local cached raw parsed total max min base internal public private shared global temp'.split(' ');
/** Words that hit the generic prefilter (key, token, secret, password, auth…) with harmless values. */
const SENSITIVE = 'api_key apiKey token accessToken refresh_token secret client_secret secretName password passwordHash db_password auth authHeader authorization credentials keyId key_name signingKey tokenUrl authProvider passphrase'.split(' ');
const SAFE_VALUES = ['process.env.API_KEY', 'os.environ["SERVICE_TOKEN"]', '${{ secrets.DEPLOY_TOKEN }}', '"<your-api-key>"', '"changeme"', 'config.get("auth.token")', 'null', '""', 'getenv("DB_PASSWORD")', '"${SECRET_NAME}"', 'vault.read("kv/app")'];
const HOSTS = ['api.example.com', 'auth.internal.example.org', 'cdn.example.net', 'registry.example.io', 'login.example.com', 'storage.example.cloud'];
const COMMENT_WORDS = 'the this that we should must may will not if when then because so it returns value values input output request token key secret password auth cache before after each every only also note todo fixme handle rotate expire refresh retry fallback legacy'.split(' ');

const cap = (s) => s[0].toUpperCase() + s.slice(1);
const camel = (rng) => rng.pick(VERBS) + cap(rng.pick(NOUNS)) + (rng.chance(0.3) ? cap(rng.pick(NOUNS)) : '');
const snake = (rng) => `${rng.pick(VERBS)}_${rng.pick(NOUNS)}${rng.chance(0.3) ? `_${rng.pick(NOUNS)}` : ''}`;
const pascal = (rng) => cap(rng.pick(ADJS)) + cap(rng.pick(NOUNS)) + cap(rng.pick(['Service', 'Manager', 'Client', 'Handler', 'Store', 'Factory', 'Config']));
const ident = (rng) => rng.pick(NOUNS) + (rng.chance(0.4) ? cap(rng.pick(NOUNS)) : '');
const sentence = (rng, n) => {
  const w = [];
  for (let i = 0; i < n; i++) w.push(rng.pick(COMMENT_WORDS));
  return w.join(' ');
};
const url = (rng) => `https://${rng.pick(HOSTS)}/v${rng.range(1, 3)}/${rng.pick(NOUNS)}s/${rng.pick(NOUNS)}`;
const uuid = (rng) => `${rng.chars(HEX, 8)}-${rng.chars(HEX, 4)}-4${rng.chars(HEX, 3)}-a${rng.chars(HEX, 3)}-${rng.chars(HEX, 12)}`;
const sha = (rng) => rng.chars(HEX, 40);
const blob = (rng) => rng.chars(B64, rng.range(40, 160));
const num = (rng) => String(rng.range(0, 5000));
const str = (rng) => rng.pick([`"${url(rng)}"`, `"${uuid(rng)}"`, `"${sentence(rng, 3)}"`, `"${rng.pick(NOUNS)}"`, `"${sha(rng)}"`]);

function pyBlock(rng) {
  const fn = snake(rng);
  const a = rng.pick(NOUNS);
  const lines = [
    '',
    `def ${fn}(${a}, ${rng.pick(SENSITIVE).toLowerCase()}=None, timeout=${num(rng)}):`,
    `    """${cap(sentence(rng, rng.range(5, 12)))}."""`,
    `    ${ident(rng)} = ${rng.pick(SAFE_VALUES).replace('process.env.', 'os.environ.get(').replace(/API_KEY$/, '"API_KEY")')}`,
    `    url = f"${url(rng)}/{${a}}"`,
    `    headers = {"X-Request-Id": "${uuid(rng)}", "Accept": "application/json"}`,
    `    if not ${a}:`,
    `        raise ValueError("${sentence(rng, 4)}")`,
    `    # ${sentence(rng, rng.range(6, 14))}`,
    `    result = self.${snake(rng)}(${a}, headers=headers)`,
    `    checksum = "${sha(rng)}"`,
    `    return {"${rng.pick(NOUNS)}": result, "count": ${num(rng)}}`,
  ];
  if (rng.chance(0.2)) lines.push(`\nclass ${pascal(rng)}:\n    ${rng.pick(SENSITIVE).toUpperCase()}_ENV = "${rng.pick(SENSITIVE).toUpperCase()}"\n    data = "${blob(rng)}"`);
  return lines.join('\n');
}

function jsBlock(rng, ts) {
  const fn = camel(rng);
  const a = ident(rng);
  const type = ts ? `: ${rng.pick(['string', 'number', 'Record<string, unknown>', pascal(rng)])}` : '';
  return [
    '',
    `/** ${cap(sentence(rng, rng.range(5, 12)))}. */`,
    `export async function ${fn}(${a}${type}, options${ts ? '?: Options' : ''} = {}) {`,
    `  const ${rng.pick(SENSITIVE).replace(/_(.)/g, (_, c) => c.toUpperCase())} = ${rng.pick(SAFE_VALUES)};`,
    `  const res = await fetch(\`${url(rng)}/\${${a}}\`, { method: '${rng.pick(['GET', 'POST', 'PUT'])}', headers: { 'x-trace-id': '${uuid(rng)}' } });`,
    `  if (!res.ok) throw new Error('${sentence(rng, 4)}: ' + res.status);`,
    `  // ${sentence(rng, rng.range(6, 14))}`,
    `  const ${ident(rng)}List = (await res.json()).items.filter((x) => x.${ident(rng)} > ${num(rng)});`,
    `  return { ${ident(rng)}: ${str(rng)}, etag: '${sha(rng)}', count: ${num(rng)} };`,
    '}',
    rng.chance(0.15) ? `const ICON = 'data:image/png;base64,${blob(rng)}${blob(rng)}';` : `export const ${ident(rng).toUpperCase()}_${rng.pick(NOUNS).toUpperCase()} = ${num(rng)};`,
  ].join('\n');
}

function goBlock(rng) {
  const fn = cap(camel(rng));
  return [
    '',
    `// ${fn} ${sentence(rng, rng.range(5, 12))}.`,
    `func (s *${pascal(rng)}) ${fn}(ctx context.Context, ${ident(rng)} string) (*${cap(rng.pick(NOUNS))}, error) {`,
    `\t${rng.pick(['token', 'apiKey', 'secret', 'password', 'authHeader'])} := os.Getenv("${rng.pick(SENSITIVE).toUpperCase()}")`,
    `\treq, err := http.NewRequestWithContext(ctx, http.MethodGet, "${url(rng)}", nil)`,
    '\tif err != nil {',
    `\t\treturn nil, fmt.Errorf("${sentence(rng, 3)}: %w", err)`,
    '\t}',
    `\treq.Header.Set("X-Request-Id", "${uuid(rng)}")`,
    `\t// ${sentence(rng, rng.range(6, 14))}`,
    `\treturn &${cap(rng.pick(NOUNS))}{ID: "${sha(rng)}", Count: ${num(rng)}}, nil`,
    '}',
  ].join('\n');
}

function javaBlock(rng) {
  return [
    '',
    `    /** ${cap(sentence(rng, rng.range(5, 12)))}. */`,
    `    public ${cap(rng.pick(NOUNS))} ${camel(rng)}(String ${ident(rng)}, int ${rng.pick(NOUNS)}Count) throws IOException {`,
    `        String ${rng.pick(['token', 'apiKey', 'secret', 'password'])} = System.getenv("${rng.pick(SENSITIVE).toUpperCase()}");`,
    `        HttpRequest request = HttpRequest.newBuilder(URI.create("${url(rng)}")).header("X-Trace", "${uuid(rng)}").build();`,
    `        // ${sentence(rng, rng.range(6, 14))}`,
    `        if (${ident(rng)} == null) throw new IllegalArgumentException("${sentence(rng, 4)}");`,
    `        return repository.${camel(rng)}(${ident(rng)}, "${sha(rng)}", ${num(rng)});`,
    '    }',
  ].join('\n');
}

function yamlBlock(rng) {
  const name = rng.pick(NOUNS);
  return [
    `${name}-${rng.pick(NOUNS)}:`,
    `  image: registry.example.io/${name}:${rng.range(1, 9)}.${rng.range(0, 20)}.${rng.range(0, 99)}`,
    `  replicas: ${rng.range(1, 12)}`,
    '  env:',
    `    - name: ${rng.pick(SENSITIVE).toUpperCase()}`,
    `      valueFrom: { secretKeyRef: { name: ${name}-secrets, key: ${rng.pick(SENSITIVE).toLowerCase()} } }`,
    `    - name: ${rng.pick(NOUNS).toUpperCase()}_URL`,
    `      value: "${url(rng)}"`,
    `  # ${sentence(rng, rng.range(5, 12))}`,
    `  auth_token: \${{ secrets.${name.toUpperCase()}_TOKEN }}`,
    `  password: ${rng.pick(['"${DB_PASSWORD}"', 'changeme', '"<set-me>"', '!vault kv/' + name])}`,
    `  digest: sha256:${rng.chars(HEX, 64)}`,
    `  id: ${uuid(rng)}`,
  ].join('\n');
}

function jsonBlock(rng) {
  return [
    '  {',
    `    "id": "${uuid(rng)}",`,
    `    "${rng.pick(NOUNS)}": ${str(rng)},`,
    `    "${rng.pick(SENSITIVE)}": ${rng.pick(['null', '""', '"<redacted>"', '"${TOKEN}"'])},`,
    `    "url": "${url(rng)}",`,
    `    "integrity": "sha512-${blob(rng)}",`,
    `    "resolved": "https://registry.example.io/${rng.pick(NOUNS)}/-/${rng.pick(NOUNS)}-${rng.range(1, 9)}.${rng.range(0, 30)}.0.tgz",`,
    `    "count": ${num(rng)}`,
    '  },',
  ].join('\n');
}

function mdBlock(rng) {
  return [
    `## ${cap(sentence(rng, rng.range(2, 5)))}`,
    '',
    `${cap(sentence(rng, rng.range(15, 40)))}. See [the ${rng.pick(NOUNS)} docs](${url(rng)}).`,
    '',
    '```bash',
    `export ${rng.pick(SENSITIVE).toUpperCase()}="<your-${rng.pick(SENSITIVE).toLowerCase()}>"`,
    `curl -H "Authorization: Bearer $TOKEN" ${url(rng)}`,
    '```',
    '',
    `- ${cap(sentence(rng, rng.range(5, 12)))} (commit ${sha(rng).slice(0, 12)})`,
    `- ${cap(sentence(rng, rng.range(5, 12)))}`,
    '',
  ].join('\n');
}

const HEADERS = {
  py: (rng) => `import os\nimport json\nfrom typing import Any\n\nfrom .${rng.pick(NOUNS)} import ${pascal(rng)}\n`,
  js: (rng) => `import { ${camel(rng)} } from './${rng.pick(NOUNS)}.js';\nimport fs from 'node:fs';\n`,
  ts: (rng) => `import type { ${pascal(rng)} } from './${rng.pick(NOUNS)}.js';\n\ninterface Options { ${rng.pick(SENSITIVE)}?: string; timeout?: number }\n`,
  go: (rng) => `package ${rng.pick(NOUNS)}\n\nimport (\n\t"context"\n\t"fmt"\n\t"net/http"\n\t"os"\n)\n`,
  java: (rng) => `package com.example.${rng.pick(NOUNS)};\n\nimport java.io.IOException;\nimport java.net.URI;\n\npublic class ${pascal(rng)} {\n`,
  yaml: () => '# generated service definitions\nservices:\n',
  json: () => '{\n "items": [\n',
  md: (rng) => `# ${cap(rng.pick(NOUNS))} ${rng.pick(NOUNS)}\n\n`,
};
const FOOTERS = { java: '}\n', json: '  {}\n ]\n}\n' };
const BLOCKS = {
  py: pyBlock,
  js: (rng) => jsBlock(rng, false),
  ts: (rng) => jsBlock(rng, true),
  go: goBlock,
  java: javaBlock,
  yaml: (rng) => yamlBlock(rng).replace(/^/gm, '  '),
  json: jsonBlock,
  md: mdBlock,
};

export const LANGUAGES = [
  // [language, extension, weight]
  ['py', 'py', 18],
  ['js', 'js', 18],
  ['ts', 'ts', 18],
  ['go', 'go', 12],
  ['java', 'java', 10],
  ['yaml', 'yaml', 9],
  ['json', 'json', 7],
  ['md', 'md', 8],
];

/**
 * Text of about `size` bytes in `lang`. `plant(lines)` may be called with the lines so far to
 * insert a leak line; the generator calls `onBlock` after each block with the running size.
 */
export function generateSource(rng, lang, size, onBlock) {
  const parts = [HEADERS[lang](rng)];
  let bytes = parts[0].length;
  const block = BLOCKS[lang];
  while (bytes < size) {
    const b = block(rng) + '\n';
    parts.push(b);
    bytes += b.length;
    if (onBlock) {
      const extra = onBlock(bytes, parts);
      if (extra) bytes += extra;
    }
  }
  if (FOOTERS[lang]) parts.push(FOOTERS[lang]);
  return parts.join('');
}

/** Minified-JS-like single line of `size` bytes (no newline until the very end). */
export function minifiedLine(rng, size, plants = []) {
  const parts = [];
  let bytes = 0;
  const plantAt = plants.map((_, i) => Math.floor(((i + 1) * size) / (plants.length + 1)));
  let next = 0;
  while (bytes < size) {
    const v = rng.pick('abcdefghijklmnopqrstuvwxyz');
    const s = rng.pick([
      `function ${v}(${rng.pick('xyz')},${rng.pick('uvw')}){return ${rng.pick('xyz')}.${ident(rng)}+${num(rng)}}`,
      `var ${v}${rng.int(99)}="${url(rng)}";`,
      `${v}.${rng.pick(SENSITIVE)}=${rng.pick(['null', 'void 0', `e.env.${rng.pick(SENSITIVE).toUpperCase()}`, '""'])};`,
      `${v}.headers={Authorization:"Bearer "+${v}.token,"x-id":"${uuid(rng)}"};`,
      `if(!${v})throw new Error("${sentence(rng, 3)}");`,
      `${v}=[${num(rng)},${num(rng)},"${sha(rng)}"];`,
      `${v}.src="data:image/png;base64,${blob(rng)}";`,
    ]);
    parts.push(s);
    bytes += s.length;
    if (next < plantAt.length && bytes >= plantAt[next]) {
      const p = `var k${next}="${plants[next]}";`;
      parts.push(p);
      bytes += p.length;
      next++;
    }
  }
  return parts.join('') + '\n';
}

/** A tiny file (tens to hundreds of bytes). */
export function tinySource(rng) {
  const lang = rng.pick(['py', 'js', 'json', 'yaml', 'md']);
  const text = {
    py: () => `${ident(rng).toUpperCase()} = ${str(rng)}\n`,
    js: () => `export const ${ident(rng)} = ${str(rng)};\n`,
    json: () => `{ "${rng.pick(NOUNS)}": ${str(rng)}, "${rng.pick(SENSITIVE)}": null }\n`,
    yaml: () => `${rng.pick(NOUNS)}: ${num(rng)}\n${rng.pick(SENSITIVE)}: \${${rng.pick(NOUNS).toUpperCase()}}\n`,
    md: () => `# ${cap(rng.pick(NOUNS))}\n\n${cap(sentence(rng, rng.range(4, 20)))}.\n`,
  }[lang]();
  return { ext: lang, text };
}

export { NOUNS, ident, sentence };
