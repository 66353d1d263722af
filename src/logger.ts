import pino, { type Logger } from 'pino';

/**
 * The application log: JSON lines, no personal data. We never log variables, bodies or upstream paths (they carry NHS
 * numbers); redaction is the second line of defence for fields that should never appear anyway.
 */
export function createLogger(options: { level?: string; destination?: pino.DestinationStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      base: { service: 'nhs-graph' },
      redact: {
        paths: ['authorization', '*.authorization', 'headers.authorization', 'token', '*.token', 'apikey', '*.apikey', 'variables', '*.variables', 'nhsNumber', '*.nhsNumber'],
        censor: '[redacted]',
      },
    },
    options.destination,
  );
}
