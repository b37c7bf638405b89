import type { ProviderSamples } from './types.js';

export const cloudGlobalSamples: ProviderSamples[] = [];
