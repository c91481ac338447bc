/**
 * A pre-built empty PGlite data folder (gzip tarball) that a first start unpacks instead of running
 * initdb. initdb inside PGlite needs about 0.8 GiB for a few seconds (a second, in-memory PGlite
 * bootstraps the catalogs, then its folder is copied over); unpacking this tarball takes about
 * half of that, which is what lets a first start fit a 512 MiB container.
 *
 * A data folder on disk is unpacked here, before PGlite opens it (PGlite's own loadDataDir costs
 * about 100 MiB more); an in-memory database (tests) is given the tarball as loadDataDir.
 *
 * The tarball only fits the PGlite it was made with: `dbTemplate()` returns it only when the
 * installed version matches, otherwise PGlite creates the database itself as before.
 * After upgrading PGlite, rebuild it: `node --import tsx store/template.ts`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, relative, resolve } from "node:path";
import { gunzipSync } from "node:zlib";

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

const text = (b: Buffer, at: number, len: number) => b.toString("latin1", at, at + len).replace(/\0.*$/s, "");

/**
 * Unpacks the template into `target` (which must not exist, or be empty) and returns true; false
 * when there is no fitting template. It is unpacked next to the target and renamed into place,
 * so an interrupted first start leaves no half-made database behind.
 */
export function unpackTemplate(target: string): boolean {
  const path = dbTemplate();
  if (!path) return false;
  if (existsSync(target)) {
    if (readdirSync(target).length > 0) return false;
    rmSync(target, { recursive: true });
  }
  const tar = gunzipSync(readFileSync(path));
  const staging = `${target}.unpacking`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true, mode: 0o700 });
  const root = resolve(staging);
  for (let at = 0; at + 512 <= tar.length; ) {
    const name = text(tar, at + 345, 155)
      ? `${text(tar, at + 345, 155)}/${text(tar, at, 100)}`
      : text(tar, at, 100);
    if (name === "") break; // the two zero blocks that end the archive
    const size = Number.parseInt(text(tar, at + 124, 12).trim() || "0", 8);
    const mode = Number.parseInt(text(tar, at + 100, 8).trim() || "600", 8);
    const type = text(tar, at + 156, 1) || "0";
    const file = resolve(root, `.${name.startsWith("/") ? "" : "/"}${name}`);
    if (relative(root, file).startsWith(".."))
      throw new Error(`database template: entry outside the folder: ${name}`);
    if (type === "5") mkdirSync(file, { recursive: true, mode });
    else if (type === "0") {
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, tar.subarray(at + 512, at + 512 + size), { mode });
    } else throw new Error(`database template: unexpected entry type "${type}" for ${name}`);
    at += 512 + Math.ceil(size / 512) * 512;
  }
  renameSync(staging, target);
  return true;
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
