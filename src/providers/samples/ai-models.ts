import type { ProviderSamples } from './types.js';

export const aiModelSamples: ProviderSamples[] = [];
