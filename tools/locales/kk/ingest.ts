import type { Messages } from "../en/index.js";

export const ingest: Messages["ingest"] = {
  header: (title, date, n) =>
    `«${title}»${date ? ` (${date})` : " (күні жоқ)"} дереккөзінен алынған тұжырымдар: ${n}.`,
  none: (title) => `«${title}» ішінде жобаға жатқызуға болатын сан, алаң немесе серіктес табылмады.`,
  dryRun: "Сынақ іске қосу: ештеңе сақталмады.",
  columns: {
    subject: "субъект",
    attribute: "көрсеткіш",
    change: "бұрын → қазір",
    qualifier: "ескерту",
    quote: "дәйексөз",
  },
  attribute: {
    investmentKzt: "инвестиция (теңге)",
    investmentUsd: "инвестиция (доллар)",
    jobs: "жұмыс орны",
    medicines: "дәрілер",
    sociallySignificant: "әлеуметтік маңызы бар",
    site: "алаң",
    partner: "серіктес",
    company: "компания",
    stage: "кезең",
  },
  stage: { talks: "тек келіссөз немесе ниет", planned: "жоспарланған", signed: "келісім жасалды" },
  change: {
    added: "жаңа",
    changed: "өзгерді",
    same: "өзгеріссіз",
    disputed: "даулы: сол күнгі дереккөз басқаша айтады",
    held: "тексеруде: қазіргі мәннен қатты алшақ",
  },
  newOrganisations: (names) => `Жаңа ұйымдар: ${names}.`,
  leftOutHeader: "Алынбады (мәтіннен іздеуге қолжетімді):",
  leftOut: {
    noSubject: "сөйлемде де, абзацта да жоба аталмаған",
    severalSubjects: "бірнеше компания аталған: ешқайсысына жатқызылмады",
    noUnit: "бот қадағаламайтын бірлік",
    notInvestment: "инвестиция деп аталмаған сома",
  },
  approve: "Растау",
  reject: "Қабылдамау",
  heldPrompt: "Тексерудегі сандар әкімші растағанша қолданылмайды:",
  reviewed: (what, approved) =>
    approved
      ? `Расталды: ${what}. Білім қайта жарияланды.`
      : `Қабылданбады: ${what}. Жазба сақталады, бірақ қолданылмайды.`,
  reviewUnknown: "Бұл тұжырым енді тексеруді күтпейді.",
  reviewRefused: "Сандарды тек бот әкімшілері тексере алады.",
};
