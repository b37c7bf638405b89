import type { ProviderSamples } from './types.js';

export const chatSamples: ProviderSamples[] = [];
