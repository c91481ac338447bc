import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/**
 * Structured JSON logs that never contain the bot token or webhook secret. Redaction is by value:
 * every finished log line is scrubbed of each secret (as written and URL-encoded, as in
 * `/bot123%3AAbc…/`), so a token deep inside a nested error's cause, an `errors[]` entry or any
 * field is caught, not only known paths. Known fields are also redacted by path.
 */
export function createLogger(
  options: { level: string; secrets?: (string | undefined)[] },
  destination: DestinationStream = pino.destination(2),
): Logger {
  const secrets = [
    ...new Set(
      (options.secrets ?? [])
        .filter((s): s is string => !!s && s.length >= 6)
        // A bot token's secret half (after "123456:") is a secret on its own.
        .flatMap((s) => [s, /^\d+:(.{6,})$/.exec(s)?.[1]])
        .filter((s): s is string => !!s)
        .flatMap((s) => [s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)]),
    ),
  ].sort((a, b) => b.length - a.length);
  return pino(
    {
      level: options.level,
      redact: {
        paths: ["token", "botToken", "*.token", "*.botToken", "secret", "*.secret"],
        censor: "[redacted]",
      },
      // Nested causes and AggregateError's errors are kept (the cause of a network error is
      // where its URL, and so the token, usually is), then scrubbed with the rest of the line.
      serializers: { err: pino.stdSerializers.errWithCause },
      hooks: secrets.length
        ? {
            streamWrite(line) {
              let out = line;
              for (const s of secrets) out = out.split(s).join("[redacted]");
              return out;
            },
          }
        : {},
    },
    destination,
  );
}
