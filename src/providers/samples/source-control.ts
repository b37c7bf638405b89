import { curlBearer, curlHeader, dotenv, goAssign, jsConst, jsonEntry, pyAssign, shellExport, tomlEntry, yamlEntry } from './contexts.js';
import { ALNUM, B64, B64URL, DIGITS, HEX, HEX_UPPER, LOWER_ALNUM, UPPER_ALNUM, fakeKey } from './fake.js';
import type { ProviderSamples } from './types.js';

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

const uuid = (s: string): string => {
  const h = fakeKey(s, HEX, 32);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20)}`;
};
const hex = (s: string, n: number): string => fakeKey(s, HEX, n);

/** Atlassian opaque token: 12-char head, 171 base64url chars, `=`, 8 upper-case hex (192 chars). */
const atlassianTok = (s: string, head: string, body = 171): string => `${head}${fakeKey(`${s}b`, B64URL, body)}=${fakeKey(`${s}c`, HEX_UPPER, 8)}`;
const atatt = (s: string, body?: number): string => atlassianTok(s, 'ATATT3xFfGF0', body);
const atctt = (s: string): string => atlassianTok(s, 'ATCTT3xFfGN0');
/** Data Center PAT: base64 of a 12-digit id, `:`, 20 random bytes. */
const dcPat = (s: string): string => Buffer.concat([Buffer.from(`${fakeKey(`${s}id`, DIGITS, 12)}:`), Buffer.from(hex(`${s}r`, 40), 'hex')]).toString('base64');

const atbb = (s: string): string => `ATBB${fakeKey(s, ALNUM, 32)}`;
const ccipat = (s: string, kind = 'CCIPAT'): string => `${kind}_${fakeKey(`${s}u`, BASE58, 22)}_${hex(`${s}h`, 40)}`;
const bkua = (s: string, shard = true): string => `bkua_${shard ? 'MTA.' : ''}${hex(s, 40)}`;
const harnessTok = (s: string, kind: 'pat' | 'sat'): string =>
  `${kind}.${fakeKey(`${s}a`, B64URL, 22)}.${hex(`${s}t`, 24)}.${fakeKey(`${s}s`, ALNUM, 20)}`;
const b64 = (text: string): string => Buffer.from(text).toString('base64');
const perm = (s: string, login: string, name: string): string => `perm:${b64(login)}.${b64(name)}.${fakeKey(s, ALNUM, 30)}`;

export const sourceControlSamples: ProviderSamples[] = [
  {
    provider: 'atlassian',
    positives: [
      { text: dotenv('JIRA_API_TOKEN', atatt('at-1')), secret: atatt('at-1'), rule: 'atlassian-api-token' },
      {
        text: `curl -s --user ops@acme.io:${atatt('at-2', 159)} \\\n  https://acme.atlassian.net/rest/api/3/myself\n`,
        secret: atatt('at-2', 159),
        rule: 'atlassian-api-token',
      },
      { text: yamlEntry('CONFLUENCE_API_TOKEN', atatt('at-3', 205)), secret: atatt('at-3', 205), rule: 'atlassian-api-token' },
      {
        text: `from jira import JIRA\n\njira = JIRA(server="https://jira.acme.internal", token_auth="${dcPat('at-4')}")\n`,
        secret: dcPat('at-4'),
        rule: 'atlassian-data-center-pat',
      },
      {
        text: `curl -H "Authorization: Bearer ${dcPat('at-5')}" \\\n  https://confluence.acme.internal/rest/api/space\n`,
        secret: dcPat('at-5'),
        rule: 'atlassian-data-center-pat',
      },
    ],
    negatives: [
      { text: 'JIRA_API_TOKEN=your-api-token-here\nJIRA_URL=https://acme.atlassian.net\n', why: 'placeholder' },
      { text: `token = "ATATT3xFfGF0${fakeKey('at-n1', B64URL, 40)}"  # truncated\n`, why: 'truncated token without its tail' },
      { text: `const jiraToken = "M${fakeKey('at-n2', B64, 43)}";\n`, why: 'base64 next to Jira that is not <id>:<random>' },
      { text: 'env:\n  JIRA_API_TOKEN: ${{ secrets.JIRA_API_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'bitbucket',
    liveHost: 'bitbucket.org',
    positives: [
      { text: `git clone https://x-token-auth:${atctt('bb-1')}@bitbucket.org/acme/app.git\n`, secret: atctt('bb-1'), rule: 'bitbucket-access-token' },
      { text: curlBearer('https://api.bitbucket.org/2.0/repositories/acme/app', atctt('bb-2')), secret: atctt('bb-2'), rule: 'bitbucket-access-token' },
      { text: yamlEntry('BITBUCKET_ACCESS_TOKEN', atctt('bb-3')), secret: atctt('bb-3'), rule: 'bitbucket-access-token' },
    ],
    negatives: [
      { text: 'BITBUCKET_ACCESS_TOKEN=<repository-access-token>\n', why: 'placeholder' },
      { text: `BITBUCKET_ACCESS_TOKEN=ATCTT3xFfGN0${fakeKey('bb-n1', B64URL, 30)}\n`, why: 'truncated' },
      { text: 'git clone https://x-token-auth:$BITBUCKET_ACCESS_TOKEN@bitbucket.org/acme/app.git\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'bitbucket-app-password',
    positives: [
      { text: dotenv('BITBUCKET_APP_PASSWORD', atbb('bp-1')), secret: atbb('bp-1'), rule: 'bitbucket-app-password' },
      { text: `git clone https://jdoe:${atbb('bp-2')}@bitbucket.org/acme/app.git\n`, secret: atbb('bp-2'), rule: 'bitbucket-app-password' },
      { text: pyAssign('BITBUCKET_PASSWORD', atbb('bp-3')), secret: atbb('bp-3'), rule: 'bitbucket-app-password' },
    ],
    negatives: [
      { text: 'BITBUCKET_APP_PASSWORD=ATBBxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n', why: 'placeholder' },
      { text: `BITBUCKET_APP_PASSWORD=ATBB${fakeKey('bp-n1', ALNUM, 12)}\n`, why: 'too short' },
      { text: 'password: ${{ secrets.BITBUCKET_APP_PASSWORD }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'bitbucket-oauth',
    positives: [
      {
        text: `BITBUCKET_CLIENT_ID=${fakeKey('bo-1k', ALNUM, 18)}\nBITBUCKET_CLIENT_SECRET=${fakeKey('bo-1s', ALNUM, 32)}\n`,
        secret: fakeKey('bo-1s', ALNUM, 32),
        rule: 'bitbucket-oauth-consumer-secret',
        pair: fakeKey('bo-1k', ALNUM, 18),
      },
      {
        text: `bitbucket:\n  oauth:\n    key: ${fakeKey('bo-2k', ALNUM, 18)}\n    secret: ${fakeKey('bo-2s', ALNUM, 32)}\n`,
        secret: fakeKey('bo-2s', ALNUM, 32),
        rule: 'bitbucket-oauth-consumer-secret',
        pair: fakeKey('bo-2k', ALNUM, 18),
      },
      {
        text: `passport.use(new BitbucketStrategy({\n  consumerKey: '${fakeKey('bo-3k', ALNUM, 18)}',\n  consumerSecret: '${fakeKey('bo-3s', ALNUM, 32)}',\n  callbackURL: '/auth/bitbucket/callback',\n}));\n`,
        secret: fakeKey('bo-3s', ALNUM, 32),
        rule: 'bitbucket-oauth-consumer-secret',
        pair: fakeKey('bo-3k', ALNUM, 18),
      },
    ],
    negatives: [
      { text: `BITBUCKET_CLIENT_SECRET=${fakeKey('bo-n1', ALNUM, 32)}\n`, why: 'secret without its consumer key' },
      { text: 'BITBUCKET_CLIENT_ID=<consumer-key>\nBITBUCKET_CLIENT_SECRET=<consumer-secret>\n', why: 'placeholders' },
      { text: 'consumerSecret: process.env.BITBUCKET_CLIENT_SECRET,\n', why: 'env reference' },
    ],
  },
  {
    provider: 'gitea',
    positives: [
      { text: dotenv('GITEA_TOKEN', hex('gt-1', 40)), secret: hex('gt-1', 40), rule: 'gitea-access-token' },
      {
        text: `curl -H "Authorization: token ${hex('gt-2', 40)}" \\\n  https://gitea.acme.dev/api/v1/user/repos\n`,
        secret: hex('gt-2', 40),
        rule: 'gitea-access-token',
      },
      {
        text: `logins:\n  - name: codeberg\n    url: https://codeberg.org\n    token: ${hex('gt-3', 40)}\n    default: true\n`,
        secret: hex('gt-3', 40),
        rule: 'gitea-access-token',
      },
      { text: yamlEntry('FORGEJO_TOKEN', hex('gt-4', 40)), secret: hex('gt-4', 40), rule: 'gitea-access-token' },
    ],
    negatives: [
      { text: `Mirrored to gitea.acme.dev at commit ${hex('gt-n1', 40)}\n`, why: 'a commit SHA next to Gitea' },
      { text: 'GITEA_TOKEN=<your-access-token>\n', why: 'placeholder' },
      { text: 'token: ${{ secrets.GITEA_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'git -c http.extraHeader="Authorization: token ${GITEA_TOKEN}" clone https://gitea.acme.dev/acme/app.git\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'circleci',
    liveHost: 'circleci.com',
    positives: [
      { text: dotenv('CIRCLECI_TOKEN', ccipat('ci-1')), secret: ccipat('ci-1'), rule: 'circleci-personal-token' },
      { text: curlHeader('https://circleci.com/api/v2/me', 'Circle-Token', ccipat('ci-2')), secret: ccipat('ci-2'), rule: 'circleci-personal-token' },
      { text: shellExport('CIRCLE_TOKEN', hex('ci-3', 40)), secret: hex('ci-3', 40), rule: 'circleci-legacy-token' },
      { text: `circleci setup --no-prompt --host https://circleci.com --token ${hex('ci-4', 40)}\n`, secret: hex('ci-4', 40), rule: 'circleci-legacy-token' },
    ],
    negatives: [
      { text: `CIRCLE_SHA1=${hex('ci-n1', 40)}\n`, why: 'commit SHA' },
      { text: 'CIRCLECI_TOKEN=CCIPAT_<base58-id>_<hex>\n', why: 'placeholder' },
      { text: 'curl -H "Circle-Token: $CIRCLECI_TOKEN" https://circleci.com/api/v2/me\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'circleci-project',
    positives: [
      { text: dotenv('CIRCLECI_PROJECT_TOKEN', ccipat('cp-1', 'CCIPRJ')), secret: ccipat('cp-1', 'CCIPRJ'), rule: 'circleci-project-token' },
      { text: jsonEntry('circleToken', ccipat('cp-2', 'CCIPRJ')), secret: ccipat('cp-2', 'CCIPRJ'), rule: 'circleci-project-token' },
      {
        text: `[![CircleCI](https://dl.circleci.com/status-badge/img/gh/acme/app/tree/main.svg?circle-token=${ccipat('cp-3', 'CCIPRJ')})](https://dl.circleci.com/status-badge/redirect/gh/acme/app/tree/main)\n`,
        secret: ccipat('cp-3', 'CCIPRJ'),
        rule: 'circleci-project-token',
      },
    ],
    negatives: [
      { text: `CIRCLECI_PROJECT_TOKEN=CCIPRJ_${fakeKey('cp-n1', BASE58, 22)}_\n`, why: 'truncated' },
      { text: 'CIRCLECI_PROJECT_TOKEN=CCIPRJ_xxxxxxxxxxxxxxxxxxxxxx_xxxxxxxx\n', why: 'placeholder' },
      { text: 'circle-token: ${{ secrets.CIRCLECI_PROJECT_TOKEN }}\n', why: 'Actions secret reference' },
    ],
  },
  {
    provider: 'travis-ci',
    liveHost: 'travis-ci.com',
    positives: [
      { text: dotenv('TRAVIS_API_TOKEN', fakeKey('tr-1', B64URL, 22)), secret: fakeKey('tr-1', B64URL, 22), rule: 'travis-ci-api-token' },
      {
        text: `curl -H "Travis-API-Version: 3" -H "Authorization: token ${fakeKey('tr-2', ALNUM, 22)}" \\\n  https://api.travis-ci.com/repos\n`,
        secret: fakeKey('tr-2', ALNUM, 22),
        rule: 'travis-ci-api-token',
      },
      {
        text: `endpoints:\n  https://api.travis-ci.com/:\n    access_token: ${fakeKey('tr-3', B64URL, 22)}\n`,
        secret: fakeKey('tr-3', B64URL, 22),
        rule: 'travis-ci-api-token',
      },
    ],
    negatives: [
      { text: 'TRAVIS_API_TOKEN=<travis-api-token>\n', why: 'placeholder' },
      { text: 'travis_token = ENV.fetch("TRAVIS_API_TOKEN")\n', why: 'env reference' },
      { text: `TRAVIS_API_TOKEN=${fakeKey('tr-n1', ALNUM, 14)}\n`, why: 'too short' },
    ],
  },
  {
    provider: 'buildkite',
    liveHost: 'buildkite.com',
    positives: [
      { text: dotenv('BUILDKITE_API_TOKEN', bkua('bk-1')), secret: bkua('bk-1'), rule: 'buildkite-api-token' },
      { text: curlBearer('https://api.buildkite.com/v2/organizations/acme/pipelines', bkua('bk-2', false)), secret: bkua('bk-2', false), rule: 'buildkite-api-token' },
      { text: tomlEntry('api_token', bkua('bk-3')), secret: bkua('bk-3'), rule: 'buildkite-api-token' },
    ],
    negatives: [
      { text: 'BUILDKITE_API_TOKEN=bkua_*****************************************************\n', why: 'masked example' },
      { text: `BUILDKITE_API_TOKEN=bkua_${hex('bk-n1', 20)}\n`, why: 'truncated' },
      { text: 'export BUILDKITE_API_TOKEN="$(vault kv get -field=token secret/buildkite)"\n', why: 'command substitution' },
    ],
  },
  {
    provider: 'buildkite-agent',
    positives: [
      {
        text: shellExport('BUILDKITE_AGENT_TOKEN', `bkar_MTA.${fakeKey('ba-1', ALNUM, 60)}`),
        secret: `bkar_MTA.${fakeKey('ba-1', ALNUM, 60)}`,
        rule: 'buildkite-agent-token',
      },
      { text: `token="bkaa_MTA.${fakeKey('ba-2', ALNUM, 77)}"\nname="%hostname-%spawn"\n`, secret: `bkaa_MTA.${fakeKey('ba-2', ALNUM, 77)}`, rule: 'buildkite-agent-token' },
      { text: yamlEntry('BUILDKITE_AGENT_TOKEN', `bkar_${fakeKey('ba-3', ALNUM, 48)}`), secret: `bkar_${fakeKey('ba-3', ALNUM, 48)}`, rule: 'buildkite-agent-token' },
    ],
    negatives: [
      { text: 'BUILDKITE_AGENT_TOKEN=bkar_***************************************\n', why: 'masked example' },
      { text: 'buildkite-agent start --token "$BUILDKITE_AGENT_TOKEN"\n', why: 'variable reference' },
      { text: `BUILDKITE_AGENT_TOKEN=bkar_${fakeKey('ba-n1', ALNUM, 16)}\n`, why: 'too short' },
    ],
  },
  {
    provider: 'drone',
    positives: [
      { text: dotenv('DRONE_TOKEN', fakeKey('dr-1', ALNUM, 32)), secret: fakeKey('dr-1', ALNUM, 32), rule: 'drone-token' },
      { text: `export DRONE_SERVER=https://drone.acme.dev\nexport DRONE_TOKEN=${fakeKey('dr-2', ALNUM, 32)}\n`, secret: fakeKey('dr-2', ALNUM, 32), rule: 'drone-token' },
      { text: goAssign('droneToken', fakeKey('dr-3', ALNUM, 32)), secret: fakeKey('dr-3', ALNUM, 32), rule: 'drone-token' },
    ],
    negatives: [
      { text: 'DRONE_SERVER=https://drone.acme.dev\nDRONE_TOKEN=<personal-token>\n', why: 'placeholder' },
      { text: 'token := os.Getenv("DRONE_TOKEN")\n', why: 'env reference' },
      { text: `drone build promote acme/app ${fakeKey('dr-n1', DIGITS, 4)} production\n`, why: 'no token' },
    ],
  },
  {
    provider: 'harness',
    liveHost: 'harness.io',
    positives: [
      { text: dotenv('HARNESS_PLATFORM_API_KEY', harnessTok('hn-1', 'pat')), secret: harnessTok('hn-1', 'pat'), rule: 'harness-personal-access-token' },
      {
        text: curlHeader('https://app.harness.io/gateway/ng/api/user/currentUser', 'x-api-key', harnessTok('hn-2', 'pat')),
        secret: harnessTok('hn-2', 'pat'),
        rule: 'harness-personal-access-token',
      },
      { text: yamlEntry('HARNESS_API_KEY', harnessTok('hn-3', 'sat')), secret: harnessTok('hn-3', 'sat'), rule: 'harness-service-account-token' },
    ],
    negatives: [
      { text: 'HARNESS_PLATFORM_API_KEY=pat.<account-id>.<token-id>.<secret>\n', why: 'placeholder' },
      { text: `HARNESS_PLATFORM_API_KEY=pat.${fakeKey('hn-n1', B64URL, 22)}.${hex('hn-n1t', 24)}\n`, why: 'truncated (no secret part)' },
      { text: 'import numpy.compat.py3k as compat\n', why: 'a module path' },
    ],
  },
  {
    provider: 'codecov',
    positives: [
      { text: dotenv('CODECOV_TOKEN', uuid('cc-1')), secret: uuid('cc-1'), rule: 'codecov-upload-token' },
      {
        text: `      - uses: codecov/codecov-action@v5\n        with:\n          token: ${uuid('cc-2')}\n          fail_ci_if_error: true\n`,
        secret: uuid('cc-2'),
        rule: 'codecov-upload-token',
      },
      { text: `./codecov -t ${uuid('cc-3')} -f coverage.xml\n`, secret: uuid('cc-3'), rule: 'codecov-upload-token' },
    ],
    negatives: [
      { text: 'token: ${{ secrets.CODECOV_TOKEN }}\n', why: 'Actions secret reference' },
      { text: `const requestId = "${uuid('cc-n1')}";\n`, why: 'a UUID without Codecov context' },
      { text: 'CODECOV_TOKEN=<upload-token>\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'coveralls',
    positives: [
      { text: `service_name: github-actions\nrepo_token: ${fakeKey('cv-1', ALNUM, 33)}\n`, secret: fakeKey('cv-1', ALNUM, 33), rule: 'coveralls-repo-token' },
      { text: dotenv('COVERALLS_REPO_TOKEN', fakeKey('cv-2', ALNUM, 32)), secret: fakeKey('cv-2', ALNUM, 32), rule: 'coveralls-repo-token' },
      {
        text: `coveralls: {\n  options: {\n    repoToken: '${fakeKey('cv-3', ALNUM, 37)}',\n  },\n},\n`,
        secret: fakeKey('cv-3', ALNUM, 37),
        rule: 'coveralls-repo-token',
      },
    ],
    negatives: [
      { text: 'repo_token: ${{ secrets.COVERALLS_REPO_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'COVERALLS_REPO_TOKEN=<your-repo-token>\n', why: 'placeholder' },
      { text: 'coveralls_repo_token = ENV["COVERALLS_REPO_TOKEN"]\n', why: 'env reference' },
    ],
  },
  {
    provider: 'codacy',
    liveHost: 'codacy.com',
    positives: [
      { text: dotenv('CODACY_API_TOKEN', fakeKey('cd-1', ALNUM, 20)), secret: fakeKey('cd-1', ALNUM, 20), rule: 'codacy-api-token' },
      { text: curlHeader('https://app.codacy.com/api/v3/user', 'api-token', fakeKey('cd-2', ALNUM, 20)), secret: fakeKey('cd-2', ALNUM, 20), rule: 'codacy-api-token' },
      { text: jsConst('codacyApiToken', fakeKey('cd-3', ALNUM, 24)), secret: fakeKey('cd-3', ALNUM, 24), rule: 'codacy-api-token' },
    ],
    negatives: [
      { text: 'CODACY_API_TOKEN=<account-api-token>\n', why: 'placeholder' },
      { text: 'export CODACY_API_TOKEN=%API_Token%\n', why: 'template from the Codacy docs' },
      { text: 'api_token = os.environ["CODACY_API_TOKEN"]\n', why: 'env reference' },
    ],
  },
  {
    provider: 'codacy-project',
    positives: [
      { text: dotenv('CODACY_PROJECT_TOKEN', fakeKey('cj-1', ALNUM, 20)), secret: fakeKey('cj-1', ALNUM, 20), rule: 'codacy-project-token' },
      {
        text: curlHeader('https://app.codacy.com/api/v3/organizations/gh/acme/repositories/app', 'project-token', fakeKey('cj-2', ALNUM, 20)),
        secret: fakeKey('cj-2', ALNUM, 20),
        rule: 'codacy-project-token',
      },
      { text: yamlEntry('codacy_project_token', fakeKey('cj-3', ALNUM, 32)), secret: fakeKey('cj-3', ALNUM, 32), rule: 'codacy-project-token' },
    ],
    negatives: [
      { text: 'project-token: ${{ secrets.CODACY_PROJECT_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'CODACY_PROJECT_TOKEN=<project-api-token>\n', why: 'placeholder' },
      { text: 'bash <(curl -Ls https://coverage.codacy.com/get.sh) report --project-token "$CODACY_PROJECT_TOKEN"\n', why: 'variable reference' },
    ],
  },
  {
    provider: 'sonarqube',
    positives: [
      { text: dotenv('SONAR_TOKEN', `squ_${hex('sq-1', 40)}`), secret: `squ_${hex('sq-1', 40)}`, rule: 'sonarqube-user-token' },
      { text: `sonar.host.url=https://sonar.acme.internal\nsonar.token=sqp_${hex('sq-2', 40)}\n`, secret: `sqp_${hex('sq-2', 40)}`, rule: 'sonarqube-project-analysis-token' },
      { text: `mvn verify sonar:sonar -Dsonar.token=sqa_${hex('sq-3', 40)}\n`, secret: `sqa_${hex('sq-3', 40)}`, rule: 'sonarqube-global-analysis-token' },
    ],
    negatives: [
      { text: 'SONAR_TOKEN=squ_<your-token>\n', why: 'placeholder' },
      { text: `SONAR_TOKEN=squ_${hex('sq-n1', 24)}\n`, why: 'truncated' },
      { text: 'sonar.token=${env.SONAR_TOKEN}\n', why: 'property reference' },
    ],
  },
  {
    provider: 'sonarcloud',
    liveHost: 'sonarcloud.io',
    positives: [
      { text: dotenv('SONAR_TOKEN', hex('sc-1', 40)), secret: hex('sc-1', 40), rule: 'sonarcloud-token' },
      { text: `sonar.organization=acme\nsonar.login=${hex('sc-2', 40)}\n`, secret: hex('sc-2', 40), rule: 'sonarcloud-token' },
      { text: `./gradlew sonar -Dsonar.host.url=https://sonarcloud.io -Dsonar.token=${hex('sc-3', 40)}\n`, secret: hex('sc-3', 40), rule: 'sonarcloud-token' },
    ],
    negatives: [
      { text: `sonar.scm.revision=${hex('sc-n1', 40)}\n`, why: 'a commit SHA' },
      { text: 'SONAR_TOKEN: ${{ secrets.SONAR_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'sonar.login=admin\nsonar.password=admin\n', why: 'default credentials in docs' },
    ],
  },
  {
    provider: 'snyk',
    liveHost: 'snyk.io',
    positives: [
      { text: dotenv('SNYK_TOKEN', uuid('sn-1')), secret: uuid('sn-1'), rule: 'snyk-api-token' },
      { text: `snyk auth ${uuid('sn-2')}\nsnyk test --all-projects\n`, secret: uuid('sn-2'), rule: 'snyk-api-token' },
      { text: `snyk config set api=${uuid('sn-3')}\n`, secret: uuid('sn-3'), rule: 'snyk-api-token' },
    ],
    negatives: [
      { text: `snyk test --org=${uuid('sn-n1')}\n`, why: 'an organization ID' },
      { text: 'SNYK_TOKEN: ${{ secrets.SNYK_TOKEN }}\n', why: 'Actions secret reference' },
      { text: 'SNYK_TOKEN=<your-snyk-token>\n', why: 'placeholder' },
    ],
  },
  {
    provider: 'octopus-deploy',
    positives: [
      { text: dotenv('OCTOPUS_API_KEY', `API-${fakeKey('oc-1', UPPER_ALNUM, 27)}`), secret: `API-${fakeKey('oc-1', UPPER_ALNUM, 27)}`, rule: 'octopus-deploy-api-key' },
      {
        text: `octo push --package app.1.0.0.zip --server https://acme.octopus.app --apiKey API-${fakeKey('oc-2', UPPER_ALNUM, 26)}\n`,
        secret: `API-${fakeKey('oc-2', UPPER_ALNUM, 26)}`,
        rule: 'octopus-deploy-api-key',
      },
      {
        text: curlHeader('https://octopus.acme.internal/api/spaces', 'X-Octopus-ApiKey', `API-${fakeKey('oc-3', UPPER_ALNUM, 28)}`),
        secret: `API-${fakeKey('oc-3', UPPER_ALNUM, 28)}`,
        rule: 'octopus-deploy-api-key',
      },
    ],
    negatives: [
      { text: 'OCTOPUS_API_KEY=API-XXXXXXXXXXXXXXXXXXXXXXXXXXX\n', why: 'placeholder' },
      { text: 'octopus login --server https://acme.octopus.app --api-key API-GUEST\n', why: 'the guest key name' },
      { text: `# Octopus: see API-${fakeKey('oc-n1', UPPER_ALNUM, 10)} in the runbook\n`, why: 'too short' },
    ],
  },
  {
    provider: 'infracost',
    liveHost: 'infracost.io',
    positives: [
      { text: dotenv('INFRACOST_API_KEY', `ico-${fakeKey('ic-1', ALNUM, 32)}`), secret: `ico-${fakeKey('ic-1', ALNUM, 32)}`, rule: 'infracost-api-key' },
      { text: `infracost configure set api_key ico-${fakeKey('ic-2', ALNUM, 32)}\n`, secret: `ico-${fakeKey('ic-2', ALNUM, 32)}`, rule: 'infracost-api-key' },
      { text: yamlEntry('INFRACOST_API_KEY', `ico-${fakeKey('ic-3', ALNUM, 32)}`), secret: `ico-${fakeKey('ic-3', ALNUM, 32)}`, rule: 'infracost-api-key' },
    ],
    negatives: [
      { text: 'api_key = "ico-xxxxx"\n', why: 'placeholder from integration docs' },
      { text: 'INFRACOST_API_KEY: ${{ secrets.INFRACOST_API_KEY }}\n', why: 'Actions secret reference' },
      { text: `.ico-${fakeKey('ic-n1', LOWER_ALNUM, 12)} { background: url(favicon.ico); }\n`, why: 'CSS class' },
    ],
  },
  {
    provider: 'youtrack',
    positives: [
      { text: dotenv('YOUTRACK_TOKEN', perm('yt-1', 'jane.doe', 'CI sync')), secret: perm('yt-1', 'jane.doe', 'CI sync'), rule: 'youtrack-permanent-token' },
      { text: curlBearer('https://acme.youtrack.cloud/api/users/me', perm('yt-2', 'root', 'REST API')), secret: perm('yt-2', 'root', 'REST API'), rule: 'youtrack-permanent-token' },
      { text: jsonEntry('youtrackToken', perm('yt-3', 'build-bot', 'Release notes')), secret: perm('yt-3', 'build-bot', 'Release notes'), rule: 'youtrack-permanent-token' },
    ],
    negatives: [
      { text: 'YOUTRACK_TOKEN=perm:xxxxxxxx\n', why: 'placeholder' },
      { text: 'permissions: ["perm:read", "perm:write"]\n', why: 'permission names' },
      { text: `YOUTRACK_TOKEN=perm:${b64('jane.doe')}.${b64('CI')}\n`, why: 'truncated (no secret part)' },
    ],
  },
];

