import type { ProviderSamples } from './types.js';

export const cloudAzureSamples: ProviderSamples[] = [];
