/**
 * A pre-built empty PGlite data folder (gzip tarball) that a first start unpacks instead of running
 * initdb. initdb inside PGlite needs about 0.8 GiB for a few seconds (a second, in-memory PGlite
 * bootstraps the catalogs, then its folder is copied over); unpacking this tarball takes about
 * half of that, which is what lets a first start fit a 512 MiB container.
 *
 * The tarball only fits the PGlite it was made with: `dbTemplate()` returns it only when the
 * installed version matches, otherwise PGlite creates the database itself as before.
 * After upgrading PGlite, rebuild it: `node --import tsx store/template.ts`.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const HERE = new URL(".", import.meta.url).pathname;
export const TEMPLATE_PATH = join(HERE, "db-template.tar.gz");
const MANIFEST_PATH = join(HERE, "db-template.json");

/** The installed @electric-sql/pglite version. */
export function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const pkg = JSON.parse(readFileSync(join(dirname(entry), "..", "package.json"), "utf8")) as {
    version: string;
  };
  return pkg.version;
}

/** The PGlite version the committed tarball was made with, or null when there is none. */
export function templateVersion(): string | null {
  if (!existsSync(TEMPLATE_PATH) || !existsSync(MANIFEST_PATH)) return null;
  return (JSON.parse(readFileSync(MANIFEST_PATH, "utf8")) as { pglite?: string }).pglite ?? null;
}

/** Path of the tarball when it fits the installed PGlite, else null (create the database normally). */
export function dbTemplate(): string | null {
  return templateVersion() === pgliteVersion() ? TEMPLATE_PATH : null;
}

/** Builds the tarball (this costs what a first start used to: about 0.8 GiB, a few seconds). */
export async function buildTemplate(): Promise<void> {
  const { PGlite } = await import("@electric-sql/pglite");
  const lite = new PGlite();
  await lite.waitReady;
  const dump = await lite.dumpDataDir("gzip");
  await lite.close();
  writeFileSync(TEMPLATE_PATH, Buffer.from(await dump.arrayBuffer()));
  writeFileSync(MANIFEST_PATH, `${JSON.stringify({ pglite: pgliteVersion() }, null, 2)}\n`);
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  await buildTemplate();
  process.stdout.write(`wrote ${TEMPLATE_PATH} for PGlite ${pgliteVersion()}\n`);
}
