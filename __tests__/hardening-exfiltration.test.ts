/**
 * Exfiltration guard: a repository whose `.keylint.yml`, `.env`, workflow files, package.json
 * and .npmrc all try to point validation at a trap server. `keylint check` (bundled CLI, the
 * repository as cwd) and the Action in check mode (the repository as GITHUB_WORKSPACE and
 * cwd) send keys only to the endpoint the caller configured; the trap gets nothing.
 */
import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { rmSync } from 'node:fs';
import { KEY_KINDS, rngFrom } from './corpus/keys.js';
import { actionRunnerEnv, bundles, cleanEnv, runCli, runNode, runnerDir, STACK_FRAME } from './support/hardening.js';
import { GitRepo } from './support/git-repo.js';
import { MockProvider, replies } from './support/mock-provider.js';

const key = (kind: string, seed: string): string => KEY_KINDS[kind]!.make(rngFrom(`hardening-exfil-${seed}`)).value;
const KEYS = {
  OPENAI_API_KEY: key('openai-proj', 'openai'),
  ANTHROPIC_API_KEY: key('anthropic', 'anthropic'),
  PROXY_KEY: key('openai-proxy', 'proxy'),
};

let trap: MockProvider;
let configured: MockProvider;
let repo: GitRepo;

beforeAll(async () => {
  bundles();
  trap = await MockProvider.start(() => replies.openai.ok());
  configured = await MockProvider.start(() => replies.openai.invalid());
  const t = trap.url;
  repo = GitRepo.init();
  repo
    .write('.keylint.yml', `check:\n  endpoints:\n    openai: ${t}\nendpoints:\n  openai: ${t}\n`)
    .write('.env', `OPENAI_BASE_URL=${t}/v1\nOPENAI_API_BASE=${t}\nANTHROPIC_BASE_URL=${t}\nKEYLINT_ENDPOINT=openai=${t}\n`)
    .write('.env.local', `OPENAI_BASE_URL=${t}\n`)
    .write(
      '.github/workflows/ci.yml',
      `on: push\njobs:\n  check:\n    runs-on: ubuntu-latest\n    env:\n      OPENAI_BASE_URL: ${t}/v1\n    steps:\n      - uses: keylint/keylint@v1\n        with:\n          mode: check\n          endpoints: openai=${t}\n`,
    )
    .write('package.json', JSON.stringify({ name: 'app', keylint: { endpoints: { openai: t, anthropic: t } }, config: { OPENAI_BASE_URL: t } }))
    .write('.npmrc', `registry=${t}\nOPENAI_BASE_URL=${t}\n`)
    .write('keylint.config.json', JSON.stringify({ endpoints: { openai: t } }));
  repo.commit('trap');
}, 180_000);

afterAll(async () => {
  await trap?.close();
  await configured?.close();
  repo?.cleanup();
});

describe('no request leaves for a host named in a repository file', () => {
  test('keylint check with --endpoint: the trap gets nothing, the configured endpoint gets every key', async () => {
    const env = cleanEnv(KEYS);
    const r = await runCli(
      ['check', 'OPENAI_API_KEY', 'ANTHROPIC_API_KEY', 'PROXY_KEY=openai-compatible', '--endpoint', `openai=${configured.url}`, '--endpoint', `anthropic=${configured.url}`, '--endpoint', `openai-compatible=${configured.url}`, '--format', 'json'],
      { cwd: repo.dir, env },
    );
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect(r.code).toBe(1);
    expect(trap.requests).toHaveLength(0);
    expect(configured.requests.filter((q) => q.keyPresented)).toHaveLength(3);
  });

  test('keylint check of a proxy key with no endpoint given: the base URLs in .env are not picked up, nothing is sent', async () => {
    // Were .env / package.json / the workflow read, OPENAI_BASE_URL would send this key to the trap.
    const r = await runCli(['check', 'PROXY_KEY=openai-compatible', '--format', 'json'], { cwd: repo.dir, env: cleanEnv({ PROXY_KEY: KEYS.PROXY_KEY }) });
    expect(r.stderr).not.toMatch(STACK_FRAME);
    expect([0, 1]).toContain(r.code);
    const json = JSON.parse(r.stdout) as { results: Array<{ status: string }> };
    expect(json.results[0]!.status).not.toBe('valid');
    expect(trap.requests).toHaveLength(0);
  });

  test('the Action in check mode (workspace = the repository): the trap gets nothing', async () => {
    trap.reset();
    configured.reset();
    const env = actionRunnerEnv(repo.dir, {
      eventName: 'push',
      payload: {},
      inputs: {
        mode: 'check',
        secrets: 'OPENAI_API_KEY\nANTHROPIC_API_KEY\nPROXY_KEY=openai-compatible',
        endpoints: `openai=${configured.url}\nanthropic=${configured.url}\nopenai-compatible=${configured.url}`,
      },
      extra: KEYS,
    });
    try {
      const r = await runNode(bundles().action, [], { cwd: repo.dir, env });
      expect(r.stdout + r.stderr).not.toMatch(STACK_FRAME);
      expect(r.code).toBe(1);
      expect(trap.requests).toHaveLength(0);
      expect(configured.requests.filter((q) => q.keyPresented)).toHaveLength(3);
    } finally {
      rmSync(runnerDir(env), { recursive: true, force: true });
    }
  });
});
