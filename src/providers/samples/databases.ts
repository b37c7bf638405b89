import type { ProviderSamples } from './types.js';

export const databaseSamples: ProviderSamples[] = [];
