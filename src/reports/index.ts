/** Reports: text (terminal), JSON (stable contract), SARIF 2.1.0, GitHub annotations and job summary. */
export { shouldUseColor, palette, type ColorEnv, type Palette } from './color.js';
export { formatText, type TextOptions } from './text.js';
export { buildJsonReport, formatJson, type JsonFinding, type JsonReport } from './json.js';
export { buildSarif, formatSarif, SARIF_SCHEMA_URI, FINGERPRINT_KEY, type SarifLog, type SarifOptions } from './sarif.js';
export { buildAnnotations, annotationLevel, type Annotation, type AnnotationLevel, type AnnotationOptions, type AnnotationSet } from './annotations.js';
export { renderSummaryMarkdown, type SummaryInput } from './summary.js';
export { escapeMarkdown, blobUrl } from './markdown.js';
export { ALLOW_MARKER, hardcodedTitle } from './guidance.js';
