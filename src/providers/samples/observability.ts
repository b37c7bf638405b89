import type { ProviderSamples } from './types.js';

export const observabilitySamples: ProviderSamples[] = [];
