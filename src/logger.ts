import pino, { type Logger } from 'pino';

const JWT = /eyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g;
const BEARER = /\bBearer\s+\S+/gi;
const NHS_NUMBER = /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g;

/** A log string with anything that looks like a token or an NHS number blanked out. */
export function scrub(text: string): string {
  return text.replace(JWT, '[token]').replace(BEARER, 'Bearer [token]').replace(NHS_NUMBER, '[nhs-number]');
}

function scrubValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return scrub(value);
  // An NHS number can arrive as a number too.
  if (typeof value === 'number' || typeof value === 'bigint') return /^\d{10}$/.test(String(value)) ? '[nhs-number]' : value;
  if (value === null || typeof value !== 'object') return value;
  if (depth > 4) {
    // Deeper than we walk: kept as scrubbed text rather than passed through unread.
    try {
      return scrub(JSON.stringify(value));
    } catch {
      return '[unserialisable]';
    }
  }
  if (Array.isArray(value)) return value.map((v) => scrubValue(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scrubValue(v, depth + 1)]));
}

/**
 * The application log: JSON lines, no personal data. We never log variables, bodies or upstream paths (they carry NHS
 * numbers); redaction of known fields and scrubbing of every logged string (tokens, NHS-number-shaped digits) are the
 * second line of defence for what should never appear anyway. Audit records go elsewhere (src/audit/sink.ts).
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'nhs-graph' },
      redact: {
        paths: [
          'authorization',
          '*.authorization',
          'headers.authorization',
          'token',
          '*.token',
          'apikey',
          '*.apikey',
          'variables',
          '*.variables',
          'nhsNumber',
          '*.nhsNumber',
          'name',
          'birthDate',
          'address',
        ],
        censor: '[redacted]',
      },
      formatters: { log: (object) => scrubValue(object, 0) as Record<string, unknown> },
      hooks: {
        logMethod(args, method) {
          method.apply(this, args.map((a) => (typeof a === 'string' ? scrub(a) : a)) as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}
