/**
 * Detection depth through the bundled CLI: secrets written in every common language's syntax,
 * in commands and connection strings, encoded (base64, percent-encoding), inside archives and
 * built bundles, and on standard input — each form with a hard negative, and no raw secret in
 * any output.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import { create as createTar } from 'tar';
import { ALNUM, fakeKey } from '../src/providers/samples/fake.js';
import { tempDir } from './support/git-repo.js';
import { cleanEnv, leaks, runCli } from './support/hardening.js';
import { Engine } from '../src/engine/index.js';

interface JsonFinding {
  rule: string;
  provider: string;
  file: string;
  line: number;
  column: number;
  encoding?: string;
  redacted: string;
}

/** A random value of 24 characters with a digit in it (all-letter values are words to the generic rules). */
const v = (seed: string): string => `${fakeKey(`depth-${seed}`, ALNUM, 22)}4k`;
/** A Groq key (gsk_ + 52): a provider key with a prefix, for the encoded and archived forms. */
const groq = (seed: string): string => `gsk_${fakeKey(`depth-groq-${seed}`, ALNUM, 52)}`;

/** [file, content, value]: the value must be found on the line that holds it. */
const POSITIVES: Array<[string, string, string]> = [
  ['go/var.go', `package main\n\nvar apiToken string = "${v('go1')}"\n`, v('go1')],
  ['go/short.go', `package main\n\nfunc f() {\n\tapiToken := "${v('go2')}"\n\t_ = apiToken\n}\n`, v('go2')],
  ['php/append.php', `<?php\n$apiToken .= "${v('php1')}";\n`, v('php1')],
  ['php/define.php', `<?php\ndefine('API_TOKEN', '${v('php2')}');\n`, v('php2')],
  ['make/Makefile', `API_TOKEN ?= ${v('mk1')}\nDB_PASSWORD := ${v('mk2')}\nSIGNING_SECRET ::= ${v('mk3')}\nWEBHOOK_SECRET :::= ${v('mk4')}\n`, v('mk1')],
  ['make/Makefile', '', v('mk2')],
  ['make/Makefile', '', v('mk3')],
  ['make/Makefile', '', v('mk4')],
  ['xml/settings.xml', `<settings>\n  <apiToken>${v('xml1')}</apiToken>\n  <password>\n    ${v('xml2')}\n  </password>\n</settings>\n`, v('xml1')],
  ['xml/settings.xml', '', v('xml2')],
  ['yaml/block.yaml', `service:\n  api_token: |\n    ${v('yml1')}\n  nested:\n    deeper:\n      client_secret: ${v('yml2')}\n`, v('yml1')],
  ['yaml/block.yaml', '', v('yml2')],
  ['toml/config.toml', `[auth]\napi_token = "${v('toml1')}"\n`, v('toml1')],
  ['tf/main.tf', `resource "x" "y" {\n  api_token = "${v('tf1')}"\n}\n`, v('tf1')],
  ['props/app.properties', `app.api.token=${v('prop1')}\n`, v('prop1')],
  ['cs/Config.cs', `class C {\n  const string ApiToken = "${v('cs1')}";\n}\n`, v('cs1')],
  ['kt/Config.kt', `val apiToken = "${v('kt1')}"\n`, v('kt1')],
  ['rs/config.rs', `const API_TOKEN: &str = "${v('rs1')}";\n`, v('rs1')],
  ['rb/config.rb', `API_TOKEN = '${v('rb1')}'.freeze\n`, v('rb1')],
  ['swift/Config.swift', `let apiToken = "${v('sw1')}"\n`, v('sw1')],
  ['ps/setup.ps1', `$env:API_TOKEN = '${v('ps1')}'\n`, v('ps1')],
  ['sh/env.sh', `#!/bin/sh\nexport API_TOKEN=${v('sh1')}\n`, v('sh1')],
  ['fish/config.fish', `set -x API_TOKEN ${v('fish1')}\n`, v('fish1')],
  ['docker/Dockerfile', `FROM alpine\nENV API_TOKEN ${v('df1')}\nARG DB_PASSWORD=${v('df2')}\n`, v('df1')],
  ['docker/Dockerfile', '', v('df2')],
  ['py/settings.py', `CONFIG = {"api_key": "${v('py1')}"}\nclient = Client(api_key="${v('py2')}")\n`, v('py1')],
  ['py/settings.py', '', v('py2')],
  ['json/deep.json', `{"a": {"b": {"c": {"apiToken": "${v('json1')}"}}}}\n`, v('json1')],
  // Commands and connection strings.
  ['cmd/deploy.sh', `curl -u deploy:${v('curl1')} https://api.internal.example.net/v1\nmysql -h db.internal -u app -p${v('my1')} shop\nsshpass -p '${v('ssh1')}' ssh deploy@10.0.0.5\nwget --user=ci --password=${v('wget1')} https://files.internal.example.net/a.tgz\n`, v('curl1')],
  ['cmd/deploy.sh', '', v('my1')],
  ['cmd/deploy.sh', '', v('ssh1')],
  ['cmd/deploy.sh', '', v('wget1')],
  ['conn/appsettings.json', `{"ConnectionStrings": {"Main": "Server=tcp:acme.database.windows.net,1433;Database=shop;User ID=app;Password=${v('ado1')};Encrypt=True;"}}\n`, v('ado1')],
  ['conn/odbc.ini', `Driver={ODBC Driver 18};Server=db;Uid=app;Pwd=${v('odbc1')};\n`, v('odbc1')],
  ['conn/jdbc.properties', `url=jdbc:mysql://db.acme.internal:3306/shop?user=app&password=${v('jdbc1')}&useSSL=true\n`, v('jdbc1')],
  ['conn/urls.env', `MONGO=mongodb://app:${v('mongo1')}@db1.acme.internal:27017,db2.acme.internal:27017/shop?replicaSet=rs0\nAMQP=amqps://svc:${v('amqp1')}@mq.acme.internal:5671/vhost\nREDIS=rediss://:${v('redis1')}@cache.acme.internal:6380/0\nLDAP=ldaps://cn=admin:${v('ldap1')}@ldap.acme.internal:636\n`, v('mongo1')],
  ['conn/urls.env', '', v('amqp1')],
  ['conn/urls.env', '', v('redis1')],
  ['conn/urls.env', '', v('ldap1')],
  ['conn/query.txt', `GET https://api.acme.internal/v1/items?api_key=${v('q1')}&limit=5#top\n`, v('q1')],
];

/** Files that must give no finding at all. */
const NEGATIVES: Array<[string, string]> = [
  ['neg/var.go', 'package main\n\nvar apiToken string = os.Getenv("API_TOKEN")\nvar hexKey = hexECTestPKCS1Key\n'],
  ['neg/interp.yaml', 'api_token: "${API_TOKEN}"\nsecret: "{{ .Values.token }}"\npassword: $(cat token)\n'],
  ['neg/Makefile', 'API_TOKEN ?= $(shell cat token)\nDB_PASSWORD := ${DB_PASSWORD}\n'],
  ['neg/settings.xml', '<settings>\n  <apiToken>${API_TOKEN}</apiToken>\n  <password>YOUR_PASSWORD_HERE</password>\n</settings>\n'],
  ['neg/Dockerfile', 'FROM alpine\nENV API_TOKEN=${API_TOKEN}\nARG API_TOKEN\n'],
  ['neg/config.rs', 'const API_TOKEN: &str = env!("API_TOKEN");\n'],
  ['neg/test_output.txt', '--- PASS: TestScannerWithLongName/sub_case_2 (0.01s)\n// Pass: dy=0, static=1\n'],
  ['neg/exec_test.go', 'package x\n\nvar c = &syscall.SysProcAttr{\n\tCredential: &syscall.Credential{Uid: 1},\n}\n'],
  ['neg/cmd.sh', 'curl -u "$USER:$PASS" https://x.example.net\nmysql -u root -p appdb\nsshpass -p "$SSHPASS" ssh x@y\n'],
  ['neg/conn.txt', 'Server=db;Database=shop;User ID=app;Password=${DB_PASSWORD};\njdbc:mysql://localhost:3306/shop?user=app&password=password\n'],
  ['neg/url_test.go', 'package url\n\nvar u = "http://jane:p%40ssword@google.com"\n'],
  ['neg/modules.txt', 'k8s.io/client-go/1.5/pkg/apis/authorization c589d0c9f0d81640c518354c7bcae77d99820aa3\n'],
];

let dir: string;
let json: { findings: JsonFinding[]; notices: string[] };
let text: string;
let allSecrets: string[];

function write(rel: string, content: string): void {
  const p = join(dir, rel);
  mkdirSync(join(p, '..'), { recursive: true });
  writeFileSync(p, content);
}

beforeAll(async () => {
  dir = tempDir('keylint-depth-');
  for (const [file, content] of POSITIVES) if (content) write(file, content);
  for (const [file, content] of NEGATIVES) write(file, content);
  // Encoded: base64 in a Kubernetes Secret, .npmrc _auth, a base64 JSON blob, Basic auth; percent-encoding.
  const b64 = (s: string): string => Buffer.from(s).toString('base64');
  write('k8s/secret.yaml', `apiVersion: v1\nkind: Secret\nmetadata:\n  name: app\ndata:\n  GROQ_API_KEY: ${b64(groq('k8s'))}\n`);
  write('npm/.npmrc', `//registry.internal.example.net/:_auth=${b64(`ci-bot:${groq('npm')}`)}\n`);
  write('blob/creds.env', `CREDENTIALS_JSON=${b64(JSON.stringify({ type: 'llm', api_key: groq('blob') }, null, 2))}\n`);
  write('basic/call.sh', `curl -H "Authorization: Basic ${b64(`user:${groq('basic')}`)}" https://api.example.net\n`);
  write('pct/redirect.txt', `next=https://app.example.net/cb?state=%7B%22token%22%3A%22${groq('pct')}%22%7D\n`);
  write('neg/b64.txt', `HELLO=${b64('hello world, this is only text and nothing secret')}\n`);
  // Bundles: the application's own minified file is scanned; a named library's is not.
  write('web/app.min.js', `!function(){var e={apiKey:"${groq('bundle')}",timeout:3e4};window.cfg=e}();\n`);
  write('web/vendor/jquery-3.7.1.min.js', `!function(){var t="${groq('jquery')}"}();\n`);
  // Archives: zip, jar, tar, tar.gz and nested, each holding a .env with a key.
  const envOf = (seed: string): string => `DEBUG=1\nGROQ_API_KEY=${groq(seed)}\n`;
  writeFileSync(join(dir, 'app.zip'), zipSync({ 'config/app.env': strToU8(envOf('zip')), 'img/logo.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]) }));
  writeFileSync(join(dir, 'lib.jar'), zipSync({ 'META-INF/app.properties': strToU8(`groq.api.key=${groq('jar')}\n`) }));
  writeFileSync(join(dir, 'outer.zip'), zipSync({ 'inner.zip': zipSync({ 'deep/app.env': strToU8(envOf('nested')) }) }));
  const tarDir = join(dir, '..', `${dir.split('/').pop()}-tar`);
  mkdirSync(join(tarDir, 'pkg'), { recursive: true });
  writeFileSync(join(tarDir, 'pkg', 'app.env'), envOf('tar'));
  await createTar({ file: join(dir, 'bundle.tar'), cwd: tarDir }, ['pkg']);
  writeFileSync(join(tarDir, 'pkg', 'app.env'), envOf('tgz'));
  await createTar({ file: join(dir, 'bundle.tgz'), cwd: tarDir, gzip: true }, ['pkg']);
  rmSync(tarDir, { recursive: true, force: true });
  writeFileSync(join(dir, 'broken.zip'), Buffer.from('PK\u0003\u0004 this is not really a zip archive'));
  // A zip bomb: 8 MB of zeros, deflated to a few KB.
  writeFileSync(join(dir, 'bomb.zip'), zipSync({ 'zeros.txt': new Uint8Array(8 * 1024 * 1024) }, { level: 9 }));

  allSecrets = [...POSITIVES.map(([, , s]) => s), ...['k8s', 'npm', 'blob', 'basic', 'pct', 'bundle', 'zip', 'jar', 'nested', 'tar', 'tgz'].map(groq)];
  const out = await runCli(['scan', dir, '--format', 'json'], { cwd: dir, env: cleanEnv() });
  expect(out.code).toBe(1);
  json = JSON.parse(out.stdout);
  const t = await runCli(['scan', dir, '--no-color'], { cwd: dir, env: cleanEnv() });
  text = t.stdout + t.stderr;
  expect(leaks(out.stdout + out.stderr + text, allSecrets)).toEqual([]);
}, 180_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('assignment forms, commands and connection strings', () => {
  test.each(POSITIVES.map(([file, , value], i) => [i, file, value] as const))('#%i %s is found on the line that holds it', (_i, file, value) => {
    const content = POSITIVES.find(([f, c]) => f === file && c !== '')![1];
    const line = content.split('\n').findIndex((l) => l.includes(value)) + 1;
    const hit = json.findings.filter((f) => f.file === file && f.line === line);
    expect([file, line, hit.length]).toEqual([file, line, 1]);
    expect(hit[0]!.redacted.startsWith(value.slice(0, 2))).toBe(true);
  });

  test('negatives: placeholders, env lookups, interpolation, references, test output give nothing', () => {
    const neg = json.findings.filter((f) => f.file.startsWith('neg/')).map((f) => `${f.file}:${f.line} ${f.rule}`);
    expect(neg).toEqual([]);
  });
});

describe('encoded secrets are reported with their provider, at the encoded span', () => {
  test.each([
    ['k8s/secret.yaml', 6, 'base64'],
    ['npm/.npmrc', 1, 'base64'],
    ['blob/creds.env', 1, 'base64'],
    ['basic/call.sh', 1, 'base64'],
    ['pct/redirect.txt', 1, 'percent'],
  ])('%s', (file, line, encoding) => {
    const hit = json.findings.find((f) => f.file === file && f.line === line && f.provider === 'groq');
    expect(hit).toMatchObject({ rule: 'groq-api-key', encoding });
  });
});

describe('bundles and archives', () => {
  test("the application's own minified bundle is scanned; a named library's is not", () => {
    expect(json.findings.some((f) => f.file === 'web/app.min.js' && f.provider === 'groq')).toBe(true);
    expect(json.findings.some((f) => f.file.includes('jquery'))).toBe(false);
  });

  test.each([
    ['app.zip!config/app.env', 2],
    ['lib.jar!META-INF/app.properties', 1],
    ['outer.zip!inner.zip!deep/app.env', 2],
    ['bundle.tar!pkg/app.env', 2],
    ['bundle.tgz!pkg/app.env', 2],
  ])('%s:%i', (file, line) => {
    expect(json.findings.find((f) => f.file === file && f.line === line)).toMatchObject({ provider: 'groq' });
  });

  test('a broken archive and a zip bomb are named in notices, not skipped silently', () => {
    expect(json.notices.some((n) => n.includes('broken.zip'))).toBe(true);
    expect(json.notices.some((n) => n.includes('bomb.zip') && /ratio/.test(n))).toBe(true);
  });

  test('the text report shows members as archive!member:line:column', () => {
    expect(text).toMatch(/outer\.zip!inner\.zip!deep\/app\.env:2:\d+/);
  });
});

describe('standard input', () => {
  const key = groq('stdin');
  test('- reads standard input, shown as <stdin> or the --stdin-name given', async () => {
    const out = await runCli(['scan', '-', '--format', 'json'], { cwd: dir, env: cleanEnv(), input: `export GROQ_API_KEY=${key}\n` });
    expect(out.code).toBe(1);
    expect(JSON.parse(out.stdout).findings[0]).toMatchObject({ file: '<stdin>', line: 1, provider: 'groq' });
    const named = await runCli(['scan', '/dev/stdin', '--stdin-name', 'patch.diff', '--format', 'json'], { cwd: dir, env: cleanEnv(), input: `+GROQ_API_KEY=${key}\n` });
    expect(JSON.parse(named.stdout).findings[0]).toMatchObject({ file: 'patch.diff' });
    expect(leaks(out.stdout + out.stderr + named.stdout + named.stderr, [key])).toEqual([]);
  });

  test('nothing to find is exit 0; binary input is exit 2 with one line', async () => {
    const clean = await runCli(['scan', '-'], { cwd: dir, env: cleanEnv(), input: 'hello\n' });
    expect(clean.code).toBe(0);
    const binary = await runCli(['scan', '-'], { cwd: dir, env: cleanEnv(), input: '\u0000\u0001\u0002binary' });
    expect(binary.code).toBe(2);
    expect(binary.stderr.trim().split('\n')).toHaveLength(1);
    expect(binary.stderr).toMatch(/binary/);
  });

  test('- with other paths, or --stdin-name without -, is a usage error', async () => {
    expect((await runCli(['scan', '-', 'src'], { cwd: dir, env: cleanEnv(), input: '' })).code).toBe(2);
    expect((await runCli(['scan', dir, '--stdin-name', 'x'], { cwd: dir, env: cleanEnv() })).code).toBe(2);
  });
});

describe('keylint on its own bundles', () => {
  test('`e.useCredentials??false` in minified code is an expression, not a secret; a bundled `-p(?<q>…` regex is not a mysql password', () => {
    const engine = new Engine();
    const code = 'x={useCORSPreflightFlag:e.useCORSPreflightFlag??false,credentials:e.credentials??"same-origin",useCredentials:e.useCredentials??false,cache:e.cache??"default"}\n';
    expect(engine.scanUnit({ path: 'dist/index.js', text: code }).map((f) => f.rule)).toEqual([]);
    const regex = 'mysql: { pattern: String.raw`(?<![\\w-])-p(?<q>["\']?)(?<secret>[^\\s"\'\\-][^\\s"\']{2,127})\\k<q>(?![^\\s"\'])` }\n';
    expect(engine.scanUnit({ path: 'dist/cli/scan-worker.js', text: regex }).map((f) => f.rule)).toEqual([]);
  });
});

describe('values that are public by design (shipped to every browser or app) are not generic secrets', () => {
  const engine = new Engine();
  test.each([
    ['DD_CLIENT_TOKEN', `pub${fakeKey('dd-client', ALNUM, 32).toLowerCase()}`],
    ['ROLLBAR_CLIENT_TOKEN', fakeKey('rollbar-client', ALNUM, 32).toLowerCase()],
    ['BUGSNAG_API_KEY', fakeKey('bugsnag', ALNUM, 32).toLowerCase()],
  ])('%s', (name, value) => {
    expect(engine.scanUnit({ path: 'src/config.js', text: `const ${name} = "${value}";\n` }).filter((f) => f.provider === 'generic').map((f) => f.rule)).toEqual([]);
    // The same value under a secret name is still found.
    expect(engine.scanUnit({ path: 'src/config.js', text: `const DD_API_SECRET = "${value}";\n` }).map((f) => f.rule)).not.toEqual([]);
  });
});
