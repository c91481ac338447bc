import type { Of, Renderers, Writer } from "./writer.js";

function notThere(f: Of<"notThere">, w: Writer): void {
  w.say(w.tx.notThere(w.name(f.subject), w.name(f.place)));
}

/** No project in a place: where the projects are instead, and who is in the region around it. */
function noProjects(f: Of<"noProjects">, w: Writer): void {
  w.say(w.tx.noProjects(w.name(f.place), w.list(f.elsewhere.map(w.placeName))));
  if (f.around) w.say(w.tx.inRegion(w.placeName(f.around.place), w.list(f.around.companies.map(w.name))));
}

/** Where a project is built: each site with its facility, or the one facility at its sites. */
function location(f: Of<"location">, w: Writer): void {
  const { tx } = w;
  // No site stated: said so, never "X's project is in ." (a facility alone names no place).
  if (!f.sites.length) {
    if (f.facility)
      w.say(tx.fact.facilityOnly(w.name(f.subject), w.said(f.facility)), w.marks(f.facility.citation));
    else w.say(tx.news.noSite(w.name(f.subject)));
    return;
  }
  const perSite = f.sites.every((s) => s.facility);
  const where = perSite
    ? w.list(
        f.sites.map((s) =>
          tx.builtAt(s.facility?.[w.ctx.lang] ?? s.facility?.en ?? "", w.placeName(s.place)),
        ),
      )
    : f.facility
      ? tx.builtAt(w.said(f.facility), w.list(f.sites.map((s) => w.placeName(s.place))))
      : null;
  // A project known from an article that names no facility: where it is, nothing invented.
  const places = w.list(f.sites.map((s) => w.placeName(s.place)));
  w.say(
    where ? tx.fact.location(w.name(f.subject), where) : tx.fact.sitesOnly(w.name(f.subject), places),
    w.marks(...f.sites.map((s) => s.citation)),
  );
}

function placeCount(f: Of<"placeCount">, w: Writer): void {
  const names = w.list(f.places.map((p) => w.placeName(p.place)));
  const marks = w.marks(...f.places.map((p) => p.citation));
  if (f.subject)
    w.say(w.tx.siteCount(w.name(f.subject), w.num(f.places.length), names, f.places.length), marks);
  else w.say(w.tx.placeCount(w.num(f.places.length), names), marks);
}

function noSite(f: Of<"noSite">, w: Writer): void {
  w.say(w.tx.news.noSite(w.name(f.subject)));
}

function noCity(f: Of<"noCity">, w: Writer): void {
  w.say(w.tx.noCity(w.name(f.subject)));
}

/** Where things are, or are not. */
export const places = {
  notThere,
  noProjects,
  location,
  noSite,
  noCity,
  placeCount,
} satisfies Partial<Renderers>;
