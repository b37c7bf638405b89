import type { ProviderSamples } from './types.js';

export const devopsSamples: ProviderSamples[] = [];
