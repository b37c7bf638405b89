/**
 * Bench fixtures for the `verify` and `archives` scenarios: a tree with N findings of D distinct
 * (made-up) Groq keys and a loopback mock that answers each request after a fixed delay; and the
 * main corpus's text files packed into a .zip and a .tar.gz.
 */
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync, zipSync } from 'fflate';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** A made-up key shaped like Groq's (gsk_ + 52 alphanumerics), deterministic per seed. */
function fakeGroq(seed) {
  let out = '';
  for (let i = 0; out.length < 52; i++) {
    for (const b of createHash('sha256').update(`${seed}:${i}`).digest()) if (out.length < 52) out += ALNUM[b % ALNUM.length];
  }
  return `gsk_${out}`;
}

/** `findings` findings over `distinct` keys, 10 per file. */
export function ensureVerifyTree(out, { findings = 100, distinct = 60 } = {}) {
  const dir = path.join(out, `verify-${findings}-${distinct}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let f = 0; f * 10 < findings; f++) {
    const lines = [];
    for (let i = f * 10; i < Math.min(findings, f * 10 + 10); i++) lines.push(`GROQ_API_KEY_${i}=${fakeGroq(i % distinct)}`);
    writeFileSync(path.join(dir, `service-${f}.env`), lines.join('\n') + '\n');
  }
  return { dir, findings, distinct };
}

/** A loopback server answering every request with an OpenAI-style model list after `delayMs`. */
export async function startSlowMock(delayMs) {
  let inFlight = 0;
  const stats = { requests: 0, maxInFlight: 0 };
  const server = createServer((req, res) => {
    stats.requests++;
    inFlight++;
    stats.maxInFlight = Math.max(stats.maxInFlight, inFlight);
    req.resume();
    setTimeout(() => {
      inFlight--;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ object: 'list', data: [{ id: 'llama-3.1-8b-instant', object: 'model' }] }));
    }, delayMs);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}`, stats, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** Every regular file under `dir`, relative paths. */
function filesOf(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** A minimal ustar archive of the given members (name ≤ 100 bytes). */
function tarOf(members) {
  const blocks = [];
  for (const [name, data] of members) {
    const h = Buffer.alloc(512);
    h.write(name.slice(0, 100), 0);
    h.write('0000644\0', 100);
    h.write('0000000\0', 108);
    h.write('0000000\0', 116);
    h.write(data.length.toString(8).padStart(11, '0') + '\0', 124);
    h.write('00000000000\0', 136);
    h.write('        ', 148);
    h.write('0', 156);
    h.write('ustar\0', 257);
    h.write('00', 263);
    let sum = 0;
    for (const b of h) sum += b;
    h.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
    blocks.push(h, data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

/**
 * The first `sizeMb` of the corpus's files, as plain files and packed into one .zip and one
 * .tar.gz: the same text three ways, so the per-MB times compare.
 */
export function ensureArchiveCorpus(mainDir, out, sizeMb) {
  const dir = path.join(out, `archives-${sizeMb}mb`);
  const marker = path.join(dir, '.complete');
  if (existsSync(marker)) return JSON.parse(readFileSync(marker, 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const plain = path.join(dir, 'plain');
  mkdirSync(plain, { recursive: true });
  const members = [];
  let bytes = 0;
  for (const f of filesOf(mainDir)) {
    if (bytes >= sizeMb * 1024 * 1024) break;
    const rel = path.relative(mainDir, f).split(path.sep).join('/');
    if (rel.length > 100) continue;
    const data = readFileSync(f);
    members.push([rel, data]);
    bytes += data.length;
    mkdirSync(path.dirname(path.join(plain, rel)), { recursive: true });
    writeFileSync(path.join(plain, rel), data);
  }
  const zip = path.join(dir, 'bundle.zip');
  writeFileSync(zip, zipSync(Object.fromEntries(members.map(([n, d]) => [n, new Uint8Array(d)])), { level: 6 }));
  const tgz = path.join(dir, 'bundle.tar.gz');
  writeFileSync(tgz, gzipSync(new Uint8Array(tarOf(members)), { level: 6 }));
  const info = { dir, plain, zip, tgz, bytes, members: members.length, zipBytes: statSync(zip).size, tgzBytes: statSync(tgz).size };
  writeFileSync(marker, JSON.stringify(info));
  return info;
}
