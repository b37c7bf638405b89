import { curlHeader, dotenv, jsonEntry, tomlEntry, yamlEntry } from './contexts.js';
import { B64URL, LOWER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const glpat = (s: string): string => `glpat-${fakeKey(s, B64URL, 20)}`;
const routable = (s: string): string => `glpat-${fakeKey(`${s}p`, B64URL, 38)}.01.${fakeKey(`${s}c`, LOWER_ALNUM, 9)}`;

export const gitlabSamples: ProviderSamples[] = [
  {
    provider: 'gitlab',
    positives: [
      { text: dotenv('GITLAB_TOKEN', glpat('gl-1')), secret: glpat('gl-1'), rule: 'gitlab-pat' },
      { text: curlHeader('https://gitlab.com/api/v4/projects', 'PRIVATE-TOKEN', routable('gl-2')), secret: routable('gl-2'), rule: 'gitlab-pat-routable' },
      { text: yamlEntry('DEPLOY_TOKEN', `gldt-${fakeKey('gl-3', B64URL, 20)}`), secret: `gldt-${fakeKey('gl-3', B64URL, 20)}`, rule: 'gitlab-token' },
      { text: tomlEntry('token', `glrt-${fakeKey('gl-4', B64URL, 20)}`), secret: `glrt-${fakeKey('gl-4', B64URL, 20)}`, rule: 'gitlab-token' },
      { text: jsonEntry('registration_token', `GR1348941${fakeKey('gl-5', B64URL, 20)}`), secret: `GR1348941${fakeKey('gl-5', B64URL, 20)}`, rule: 'gitlab-runner-registration-token' },
    ],
    negatives: [
      { text: 'GITLAB_TOKEN=glpat-xxxxxxxxxxxxxxxxxxxx\n', why: 'repeated-x placeholder' },
      { text: 'GITLAB_TOKEN: $CI_JOB_TOKEN\n', why: 'variable reference' },
      { text: `docs: a token looks like glpat-${fakeKey('gl-n1', B64URL, 12)}\n`, why: 'too short' },
      { text: 'private_token = "glpat-<your-token>"\n', why: 'template placeholder' },
    ],
  },
];
