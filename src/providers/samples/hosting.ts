import type { ProviderSamples } from './types.js';

export const hostingSamples: ProviderSamples[] = [];
