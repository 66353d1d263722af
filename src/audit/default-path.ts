import { fileURLToPath } from 'node:url';

/**
 * The audit trail's file when AUDIT_LOG_PATH is not set: `var/audit/audit.jsonl` under the package root (wherever the
 * process was started from), a folder git ignores, so running the graph from a checkout never adds patient data to its
 * tracked files. Deployments set AUDIT_LOG_PATH to their own persistent, backed-up location.
 */
export const DEFAULT_AUDIT_LOG_PATH = fileURLToPath(new URL('../../var/audit/audit.jsonl', import.meta.url));
