import type { ProviderSamples } from './types.js';

export const sourceControlSamples: ProviderSamples[] = [];
