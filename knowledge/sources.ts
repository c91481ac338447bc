import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { type Lang, type Source, SourceMeta } from "./schema.js";

export const SOURCES_DIR = new URL("./sources/", import.meta.url).pathname;

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** A document opens a front matter block (`---`) and never closes it. */
export class UnclosedFrontMatter extends Error {
  constructor() {
    super("the closing --- line of the front matter is missing");
  }
}

/**
 * Reads `key: value` front matter between `---` lines: keys lower-cased, surrounding quotes
 * removed, empty and `null` values left out; the body is every byte after the closing line. A
 * text without an opening `---` line is all body.
 */
export function readFrontMatter(text: string): { fields: Record<string, string>; body: string } {
  if (!/^---\r?\n/.test(text)) return { fields: {}, body: text };
  const match = FRONT_MATTER.exec(text);
  if (!match) throw new UnclosedFrontMatter();
  const fields: Record<string, string> = {};
  for (const line of (match[1] ?? "").split(/\r?\n/)) {
    const at = line.indexOf(":");
    if (at < 0) continue;
    const value = line
      .slice(at + 1)
      .trim()
      .replace(/^(["'])(.*)\1$/, "$2");
    if (value !== "" && value !== "null") fields[line.slice(0, at).trim().toLowerCase()] = value;
  }
  return { fields, body: text.slice(match[0].length) };
}

/** A source file of knowledge/sources: its front matter (id, title, date…) and its body, byte for byte. */
export function parseSourceFile(text: string, fileName: string): Source {
  const { fields, body } = readFrontMatter(text);
  if (!fields.id) throw new Error(`${fileName}: missing front matter (---\\nid: …\\ntitle: …\\n---)`);
  const meta = SourceMeta.safeParse({ date: null, ...fields });
  if (!meta.success) throw new Error(`${fileName}: bad front matter: ${meta.error.issues[0]?.message}`);
  return { ...meta.data, body };
}

export function serializeSource(source: Source): string {
  const lines = [`id: ${source.id}`, `title: ${source.title}`];
  if (source.title_ru) lines.push(`title_ru: ${source.title_ru}`);
  if (source.title_kk) lines.push(`title_kk: ${source.title_kk}`);
  lines.push(`date: ${source.date ?? "null"}`);
  if (source.original) lines.push(`original: ${source.original}`);
  return `---\n${lines.join("\n")}\n---\n${source.body}`;
}

/** A source's title in the reader's language, when the front matter translates it. */
export function sourceTitle(source: SourceMeta, lang: Lang): string {
  return (lang === "ru" ? source.title_ru : lang === "kk" ? source.title_kk : undefined) ?? source.title;
}

export function loadSources(dir: string = SOURCES_DIR): Source[] {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".md") || f.endsWith(".txt"))
    .sort();
  const sources = files.map((f) => parseSourceFile(readFileSync(join(dir, f), "utf8"), f));
  const seen = new Set<string>();
  for (const s of sources) {
    if (seen.has(s.id)) throw new Error(`duplicate source id "${s.id}" in ${dir}`);
    seen.add(s.id);
  }
  return sources;
}

/** A stable fingerprint of the sources (ids and bodies), for index manifests and knowledge versions. */
export function sourcesHash(sources: readonly Source[]): string {
  const h = createHash("sha256");
  for (const s of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    h.update(s.id).update("\0").update(s.title).update("\0").update(s.body).update("\0");
  }
  return h.digest("hex").slice(0, 16);
}
