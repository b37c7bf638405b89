/** Public API of the secret health check, for the CLI (`runCheck`) and the Action (`checkSecrets`, `renderHealthMarkdown`). */
export { runCheck, parseCheckArgs, CHECK_USAGE, type CheckIo, type ParsedCheckArgs } from './command.js';
export { checkSecrets, checkTarget, exitCodeFor, type CheckSecretsOptions } from './check.js';
export { renderHealthMarkdown, renderHealthJson, renderHealthText, toHealthJson, type HealthJson, type HealthJsonResult } from './render.js';
export { parseTargetSpec, parseEndpoint, resolveTargets, resolveTarget, defaultSpecs, validateBaseUrl, type TargetSpec, type ResolveOptions } from './targets.js';
export type { HealthResult, HealthStatus, HealthTarget, Diagnosis, DiagnosisCode, CheckOptions, Severity } from './types.js';
