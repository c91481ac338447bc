import pino, { type DestinationStream, type Logger } from "pino";

export type { Logger };

/** Replaces every occurrence of the secrets in a string. */
function scrub(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) out = out.split(s).join("[redacted]");
  return out;
}

/**
 * Structured JSON logs that never contain the bot token or webhook secret: known fields are
 * redacted by path, and error messages/stacks and message strings (where a token could hide
 * inside a URL) are scrubbed.
 */
export function createLogger(
  options: { level: string; secrets?: (string | undefined)[] },
  destination: DestinationStream = pino.destination(2),
): Logger {
  const secrets = (options.secrets ?? []).filter((s): s is string => !!s && s.length >= 6);
  const clean = (text: string) => (secrets.length ? scrub(text, secrets) : text);
  return pino(
    {
      level: options.level,
      redact: {
        paths: ["token", "botToken", "*.token", "*.botToken", "secret", "*.secret"],
        censor: "[redacted]",
      },
      serializers: {
        err: (err: Error) => {
          const s = pino.stdSerializers.err(err);
          return { ...s, message: clean(s.message), stack: clean(s.stack) };
        },
      },
      hooks: {
        logMethod(args, method) {
          method.apply(
            this,
            args.map((a) => (typeof a === "string" ? clean(a) : a)) as Parameters<typeof method>,
          );
        },
      },
    },
    destination,
  );
}
