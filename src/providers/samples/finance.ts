import type { ProviderSamples } from './types.js';

export const financeSamples: ProviderSamples[] = [];
