// Fake provider keys (well-formed, random, never real) and near-miss fragments for the corpus.
import { ALNUM, B64URL, DIGITS, HEX, UPPER_B32 } from './prng.mjs';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(text) {
  let crc = 0xffffffff;
  for (const byte of Buffer.from(text, 'utf8')) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function base62(value, width) {
  let out = '';
  let v = value;
  do {
    out = BASE62[v % 62] + out;
    v = Math.floor(v / 62);
  } while (v > 0);
  return out.padStart(width, '0');
}

/** Each kind: a name (the provider we expect to report it) and a generator. */
export const KEY_KINDS = [
  {
    kind: 'github-classic',
    make: (rng) => {
      const body = rng.chars(ALNUM, 30);
      return `ghp_${body}${base62(crc32(body), 6)}`;
    },
  },
  { kind: 'aws-access-key-id', make: (rng) => `AKIA${rng.chars(UPPER_B32, 16)}` },
  {
    kind: 'openai-project',
    make: (rng) => `sk-proj-${rng.chars(B64URL, 74)}T3BlbkFJ${rng.chars(B64URL, 74)}`,
  },
  { kind: 'google-api-key', make: (rng) => `AIza${rng.chars(B64URL, 35)}` },
  {
    kind: 'slack-bot',
    make: (rng) => `xoxb-${rng.chars(DIGITS, 12)}-${rng.chars(DIGITS, 13)}-${rng.chars(ALNUM, 24)}`,
  },
  { kind: 'anthropic', make: (rng) => `sk-ant-api03-${rng.chars(B64URL, 93)}AA` },
  { kind: 'stripe-live', make: (rng) => `sk_live_${rng.chars(ALNUM, 99)}` },
  { kind: 'huggingface', make: (rng) => `hf_${rng.chars(ALNUM, 34)}` },
];

/** Lines that embed a key the way people leak them; `{K}` is the key. */
const LEAK_TEMPLATES = {
  py: ['API_KEY = "{K}"', 'client = Client(api_key="{K}")', 'os.environ.setdefault("SERVICE_TOKEN", "{K}")'],
  js: ['const apiKey = "{K}";', "  headers: { Authorization: 'Bearer {K}' },", 'process.env.TOKEN ??= `{K}`;'],
  ts: ['export const SERVICE_KEY: string = "{K}";', "const client = new Client({ token: '{K}' });"],
  go: ['const apiToken = "{K}"', '\treq.Header.Set("Authorization", "Bearer {K}")'],
  java: ['    private static final String API_KEY = "{K}";', '        conn.setRequestProperty("Authorization", "Bearer {K}");'],
  yaml: ['  api_key: {K}', '    token: "{K}"'],
  json: ['  "apiKey": "{K}",', '    "token": "{K}",'],
  md: ['Set `export SERVICE_KEY={K}` before running.', '    curl -H "Authorization: Bearer {K}" https://api.example.com/v1/me'],
};

export function leakLine(rng, lang, key) {
  return rng.pick(LEAK_TEMPLATES[lang]).replace('{K}', key);
}

/** One line of near-miss material: looks like a key prefix, is not a key. */
export function nearMissLine(rng) {
  switch (rng.int(14)) {
    case 0: return `token = "ghp_${rng.chars(ALNUM, rng.range(1, 20))}"`;
    case 1: return `OPENAI_API_KEY=sk-${rng.chars(ALNUM, 10)}`;
    case 2: return `aws_access_key_id = AKIA${rng.chars(UPPER_B32, 8)}`;
    case 3: return '-----BEGIN PRIVATE KEY-----';
    case 4: return `  key: AIza${rng.chars(B64URL, rng.range(5, 25))}`;
    case 5: return `SLACK_TOKEN=xoxb-${rng.chars(DIGITS, rng.range(2, 7))}`;
    case 6: return `api_key: sk-proj-${rng.chars(B64URL, rng.range(4, 18))}`;
    case 7: return `secret_key = "sk_live_${rng.chars(ALNUM, rng.range(3, 15))}"`;
    case 8: return `password = "${rng.pick(['changeme', 'password', 'xxxxxxxx', '<your-password>', '${DB_PASSWORD}', 'REPLACE_ME'])}"`;
    case 9: return `Authorization: Bearer ${rng.pick(['<token>', '$TOKEN', '{{ token }}', 'YOUR_API_KEY', ''])}`;
    case 10: return `hf_${rng.chars(ALNUM, rng.range(3, 20))} sk-ant-api03-${rng.chars(B64URL, rng.range(2, 30))}`;
    case 11: return `url = "https://${rng.pick(['user', 'admin', 'ci'])}:@${rng.pick(['db', 'cache', 'git'])}.internal.example.com/${rng.chars(HEX, 8)}"`;
    case 12: return `"integrity": "sha512-${rng.chars(B64URL, rng.range(10, 40))}" ghp_ sk- AKIA AIza xoxb- github_pat_${rng.chars(ALNUM, 12)}`;
    default: return `# secret token key auth password credential ${rng.chars(HEX, rng.range(4, 24))}`;
  }
}
