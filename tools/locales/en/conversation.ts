/**
 * Conversation texts in English: how a follow-up is restated as a self-contained question (shown
 * to the user as "Understood as …", and answered by the engine), and the replies about sources.
 */
export const conversation = {
  /** Joins subject names: "AltINFARM and Nobel Almaty Pharmaceutical Factory". */
  list: (names: string[]) =>
    names.length < 2 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`,
  /** A question about one attribute of some subjects; `place` when every subject is a place. */
  ask: {
    jobs: (s: string, place: boolean) =>
      place ? `How many jobs will be created in ${s}?` : `How many jobs will ${s} create?`,
    investment: (s: string, place: boolean) =>
      place ? `How much investment goes to ${s}?` : `How much is ${s} investing?`,
    usd: (s: string, place: boolean) =>
      place ? `How much investment in US dollars goes to ${s}?` : `How much is ${s} investing in US dollars?`,
    kzt: (s: string, place: boolean) =>
      place ? `How much investment in tenge goes to ${s}?` : `How much is ${s} investing in tenge?`,
    medicines: (s: string, place: boolean) =>
      place ? `How many medicines will be produced in ${s}?` : `How many medicines will ${s} produce?`,
    social: (s: string) => `How many socially significant medicines will ${s} produce?`,
    partners: (s: string) => `Who are the partners of ${s}?`,
    products: (s: string) => `What will ${s} produce?`,
    location: (s: string) => `Where will ${s} build its plant?`,
    standard: (s: string) => `What standards will the plant of ${s} meet?`,
    facility: (s: string, place: boolean) =>
      place ? `What is being built in ${s}?` : `What will ${s} build?`,
    companies: (s: string) => `Which companies have projects in ${s}?`,
    date: (s: string) => `When was the agreement of ${s} signed?`,
    changes: (s: string) => `What changed for ${s}?`,
    role: (s: string) => `Who is ${s}?`,
    said: (s: string) => `What did ${s} say?`,
  },
  /** "is he the health minister?" restated. */
  roleIs: (s: string, role: string) => `Is ${s} the ${role}?`,
  /** Names of attributes inside operation questions. */
  noun: {
    jobs: "jobs",
    investment: "investment",
    usd: "investment in US dollars",
    kzt: "investment in tenge",
    medicines: "medicines",
    social: "socially significant medicines",
  },
  sum: (noun: string, s: string) => `What is the total ${noun} of ${s}?`,
  total: (noun: string) => `What is the total ${noun} of all projects?`,
  statedShare: (noun: string) => `What share of the headline ${noun} do the per-company figures make up?`,
  share: (noun: string, s: string) => `What share of the total ${noun} does ${s} account for?`,
  signedWhere: (s: string) => `Where was ${s} signed?`,
  signedWhen: (s: string) => `When was ${s} signed?`,
  /** "who else builds there", "what's in the memorandum", "X is not in Y, right?" restated. */
  besides: (s: string, place: string) => `Which companies besides ${s} have projects in ${place}?`,
  contents: (s: string) => `What does ${s} provide for?`,
  whose: (n: string) => `Whose figure is ${n}?`,
  covers: (s: string, words: string) => `Does ${s} cover “${words}”?`,
  notIn: (s: string, place: string) => `Is it true that ${s} is not in ${place}?`,
  most: (noun: string) => `Which company has the most ${noun}?`,
  least: (noun: string) => `Which company has the fewest ${noun}?`,
  signedWho: (s: string) => `Who signed ${s}?`,
  compare: (noun: string, s: string) => `Compare the ${noun} of ${s}`,
  rank: (noun: string, s: string) => `Rank ${s} by ${noun}`,
  perJob: (s: string) =>
    s ? `What is the investment per job of ${s}?` : "What is the investment per job across all the projects?",
  perMedicine: (s: string) => `What is the investment per medicine of ${s}?`,
  rate: (s: string) =>
    s
      ? `What exchange rate does ${s}’s investment imply?`
      : "What exchange rate do the investment figures imply?",
  kinds: (s: string, words: string) => `How many kinds of ${words} do ${s}’s products list?`,
  strategic: (s: string) => `Is ${s} a strategic partner?`,
  makersBesides: (s: string, words: string) => `Besides ${s}, who else makes ${words}?`,
  /** The line above an answer that used the conversation's context. */
  understood: (question: string) => `Understood as: “${question}”`,
  whichFigure: (names: string) =>
    `Which figure of ${names} do you mean: jobs, investment or medicines? Reply with one word, e.g. “jobs”.`,
  sourcesOf: (question: string) => `Sources of the answer to “${question}”`,
  sourcesIntro: "My last answer rests on these sentences:",
  noSources: "My last answer cited no sources. Ask a question and I'll quote the sentences it rests on.",
  noContext:
    "I have no earlier answer to refer to here. Please ask the whole question, for example: How many jobs will AltINFARM create?",
  buttons: {
    jobs: "Jobs",
    investment: "Investment",
    medicines: "Medicines",
    location: "Site",
    perJob: "Per job",
    compare: (name: string) => `Compare with ${name}`,
  },
};
