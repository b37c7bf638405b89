import type { ProviderSamples } from './types.js';

export const identitySocialSamples: ProviderSamples[] = [];
