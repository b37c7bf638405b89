import type { ProviderSamples } from './types.js';

export const businessAppSamples: ProviderSamples[] = [];
