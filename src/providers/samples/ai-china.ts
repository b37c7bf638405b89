import type { ProviderSamples } from './types.js';

export const aiChinaSamples: ProviderSamples[] = [];
