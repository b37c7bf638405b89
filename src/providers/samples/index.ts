/** All labelled samples, one file per record group. */
import { aiInferenceSamples } from './ai-inference.js';
import { aiPlatformSamples } from './ai-platforms.js';
import { anthropicSamples } from './anthropic.js';
import { awsSamples } from './aws.js';
import { cloudSamples } from './cloud.js';
import { githubSamples } from './github.js';
import { gitlabSamples } from './gitlab.js';
import { googleSamples } from './google.js';
import { messagingSamples } from './messaging.js';
import { openaiSamples } from './openai.js';
import { packageRegistrySamples } from './package-registries.js';
import { paymentSamples } from './payments.js';
import { saasSamples } from './saas.js';
import { slackSamples } from './slack.js';
import { aiModelSamples } from './ai-models.js';
import { aiToolingSamples } from './ai-tooling.js';
import { aiChinaSamples } from './ai-china.js';
import { cloudAzureSamples } from './cloud-azure.js';
import { cloudGlobalSamples } from './cloud-global.js';
import { hostingSamples } from './hosting.js';
import { devopsSamples } from './devops.js';
import { databaseSamples } from './databases.js';
import { sourceControlSamples } from './source-control.js';
import { chatSamples } from './chat.js';
import { emailSmsSamples } from './email-sms.js';
import { observabilitySamples } from './observability.js';
import { financeSamples } from './finance.js';
import { businessAppSamples } from './business-apps.js';
import { identitySocialSamples } from './identity-social.js';
import type { ProviderSamples } from './types.js';

export const allSamples: ProviderSamples[] = [
  ...openaiSamples,
  ...anthropicSamples,
  ...googleSamples,
  ...aiPlatformSamples,
  ...aiInferenceSamples,
  ...githubSamples,
  ...gitlabSamples,
  ...packageRegistrySamples,
  ...awsSamples,
  ...slackSamples,
  ...paymentSamples,
  ...messagingSamples,
  ...saasSamples,
  ...cloudSamples,
  ...aiModelSamples,
  ...aiToolingSamples,
  ...aiChinaSamples,
  ...cloudAzureSamples,
  ...cloudGlobalSamples,
  ...hostingSamples,
  ...devopsSamples,
  ...databaseSamples,
  ...sourceControlSamples,
  ...chatSamples,
  ...emailSmsSamples,
  ...observabilitySamples,
  ...financeSamples,
  ...businessAppSamples,
  ...identitySocialSamples,
];
