import type { ProviderSamples } from './types.js';

export const aiToolingSamples: ProviderSamples[] = [];
