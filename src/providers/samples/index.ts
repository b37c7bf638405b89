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
];
