import type { ProviderSamples } from './types.js';

export const emailSmsSamples: ProviderSamples[] = [];
