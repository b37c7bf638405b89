import { curlHeader, dotenv, jsonEntry, tomlEntry, yamlEntry } from './contexts.js';
import { B64URL, HEX, LOWER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const glpat = (s: string): string => `glpat-${fakeKey(s, B64URL, 20)}`;
const routable = (s: string): string => `glpat-${fakeKey(`${s}p`, B64URL, 38)}.01.${fakeKey(`${s}c`, LOWER_ALNUM, 9)}`;
/** A runner authentication token in the routable form (`glrt-t1_` + payload + `.01.` + 9 base36). */
const runnerRoutable = (s: string): string => `glrt-t1_${fakeKey(`${s}p`, B64URL, 27)}.01.${fakeKey(`${s}c`, LOWER_ALNUM, 9)}`;
const runnerToml = (token: string): string => `[[runners]]\n  name = "docker-runner"\n  url = "https://gitlab.com"\n  token = "${token}"\n  executor = "docker"\n`;

export const gitlabSamples: ProviderSamples[] = [
  {
    provider: 'gitlab',
    positives: [
      { text: dotenv('GITLAB_TOKEN', glpat('gl-1')), secret: glpat('gl-1'), rule: 'gitlab-pat' },
      { text: curlHeader('https://gitlab.com/api/v4/projects', 'PRIVATE-TOKEN', routable('gl-2')), secret: routable('gl-2'), rule: 'gitlab-pat-routable' },
      { text: yamlEntry('DEPLOY_TOKEN', `gldt-${fakeKey('gl-3', B64URL, 20)}`), secret: `gldt-${fakeKey('gl-3', B64URL, 20)}`, rule: 'gitlab-token' },
      { text: tomlEntry('token', `glrt-${fakeKey('gl-4', B64URL, 20)}`), secret: `glrt-${fakeKey('gl-4', B64URL, 20)}`, rule: 'gitlab-token' },
      { text: jsonEntry('registration_token', `GR1348941${fakeKey('gl-5', B64URL, 20)}`), secret: `GR1348941${fakeKey('gl-5', B64URL, 20)}`, rule: 'gitlab-runner-registration-token' },
      { text: runnerToml(runnerRoutable('gl-6')), secret: runnerRoutable('gl-6'), rule: 'gitlab-token' },
      { text: dotenv('GITLAB_OAUTH_SECRET', `gloas-${fakeKey('gl-7', HEX, 64)}`), secret: `gloas-${fakeKey('gl-7', HEX, 64)}`, rule: 'gitlab-token' },
      { text: `curl -X POST --fail -F token=glptt-${fakeKey('gl-8', HEX, 40)} -F ref=main https://gitlab.com/api/v4/projects/42/trigger/pipeline\n`, secret: `glptt-${fakeKey('gl-8', HEX, 40)}`, rule: 'gitlab-token' },
      { text: yamlEntry('FEED_TOKEN', `glft-${fakeKey('gl-9', B64URL, 20)}`), secret: `glft-${fakeKey('gl-9', B64URL, 20)}`, rule: 'gitlab-token' },
    ],
    negatives: [
      { text: 'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'GITLAB_TOKEN: $CI_JOB_TOKEN\n', why: 'variable reference' },
      { text: `docs: a token looks like glpat-${fakeKey('gl-n1', B64URL, 12)}\n`, why: 'too short' },
      { text: 'private_token = "glpat-<your-token>"\n', why: 'template placeholder' },
      { text: 'token = "glrt-t1_REDACTED"\n', why: 'redacted runner token' },
    ],
  },
];
