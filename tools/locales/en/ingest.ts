/** The ingest report (English): what a new document added, changed and left out. */
export const ingest = {
  header: (title: string, date: string | null, n: number) =>
    `${n === 1 ? "1 claim" : `${n} claims`} from “${title}”${date ? ` (${date})` : " (undated)"}:`,
  none: (title: string) => `No figure, site or partner could be attached to a project in “${title}”.`,
  dryRun: "Dry run: nothing was stored.",
  columns: {
    subject: "subject",
    attribute: "attribute",
    change: "old → new",
    qualifier: "qualifier",
    quote: "quote",
  },
  attribute: {
    investmentKzt: "investment (KZT)",
    investmentUsd: "investment (USD)",
    jobs: "jobs",
    medicines: "medicines",
    sociallySignificant: "socially significant",
    site: "site",
    partner: "partner",
    company: "company",
    stage: "stage",
  },
  stage: { talks: "talks or intention only", planned: "planned", signed: "agreement signed" },
  change: {
    added: "new",
    changed: "changed",
    same: "unchanged",
    disputed: "disputed: a source of the same date says otherwise",
    held: "held for review: far out of line with the current value",
  },
  newOrganisations: (names: string) => `New organisations: ${names}.`,
  leftOutHeader: "Not extracted (kept as retrieval passages):",
  leftOut: {
    noSubject: "no project named in the sentence or its paragraph",
    severalSubjects: "several companies named: not attributed",
    noUnit: "no unit the bot tracks",
    notInvestment: "money that is not said to be an investment",
  },
  approve: "Approve",
  reject: "Reject",
  heldPrompt: "Held figures are not used until an administrator approves them:",
  reviewed: (what: string, approved: boolean) =>
    approved
      ? `Approved: ${what}. The knowledge was republished.`
      : `Rejected: ${what}. It stays on record, unused.`,
  reviewUnknown: "That claim is no longer waiting for review.",
  reviewRefused: "Only the bot's administrators can review figures.",
};
