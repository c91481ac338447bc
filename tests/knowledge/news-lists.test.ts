import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../../knowledge/load.js";
import { published } from "../helpers/published.js";

/**
 * A sentence listing several companies, of which the article knows only one, speaks of all of
 * them: the figure in the sentence after it is none of theirs alone (it was AstraZeneca's).
 */
const base = loadKnowledge();

describe("a figure after a list of companies is no one company's", () => {
  it.each([
    [
      "kk",
      "# Фармкомпаниялармен келіссөздер\n\nАСТАНА, 14 маусым 2032. ҚАЗАҚПАРАТ – «Қазір келісім-шарттық өндіріс бойынша 13 инвестициялық жоба жөнінде жеті ірі фармкомпаниямен келіссөздер жүріп жатыр. Олар – Roche, Novo Nordisk, AstraZeneca, Sandoz, Takeda және Pfizer. Инвестиция көлемі 17 млрд теңгеден асады», – деді министр.\n",
    ],
    [
      "ru",
      "# Переговоры с фармкомпаниями\n\nАСТАНА, 14 июня 2032. КАЗИНФОРМ – Министерство ведёт переговоры по 11 проектам с крупными компаниями. Среди них Bayer, Sanofi, AstraZeneca, Novartis и Teva. Объём инвестиций превысит 21 млрд тенге.\n",
    ],
    [
      "en",
      "# Ministry in talks with drug makers\n\nASTANA, June 14, 2032 (Kazinform) – The ministry is negotiating nine projects with large companies. They are Bayer, Sanofi, AstraZeneca, Novartis and Teva. The investment will exceed KZT 19bn.\n",
    ],
  ])("%s", (_lang, body) => {
    const got = published(base, body);
    expect(got.filter((g) => g.startsWith("AstraZeneca ") && / investment/.test(g))).toEqual([]);
  });
});

describe("a figure's own word opening a bullet ('Инвестиции – $30 млн') is no company", () => {
  it.each([
    [
      "ru",
      "# Два проекта приостановлены\n\nАЛМАТЫ, 15 марта 2032 (LS) – Два проекта поставлены на паузу.\n\n- Алматы. В городе планировали выпуск препаратов с турецкой компанией Ozsoy Kimya. Инвестиции – $30 млн, завод собирались открыть в СЭЗ «Алатау».\n",
      "Ozsoy Kimya",
    ],
    [
      "en",
      "# Two projects on hold\n\nALMATY, March 15, 2032 (LS) – Two projects have been put on hold.\n\n- Almaty. The city planned a plant with the Turkish company Ozsoy Kimya. Investment – $30M, the plant was to open in the Alatau SEZ.\n",
      "Ozsoy Kimya",
    ],
    [
      "kk",
      "# Екі жоба тоқтады\n\nАЛМАТЫ, 15 наурыз 2032 – Екі жоба тоқтатылды.\n\n- Алматы. Қалада түрік Ozsoy Kimya компаниясымен зауыт салу жоспарланған. Инвестиция – 30 млн доллар, зауыт «Алатау» АЭА-да ашылуы тиіс еді.\n",
      "Ozsoy Kimya",
    ],
  ])("%s", (_lang, body, company) => {
    const got = published(base, body);
    expect(got.some((g) => /^(Инвестиции|Investment|Инвестиция) /.test(g))).toBe(false);
    expect(got).toContain(`${company} investmentUsd 30`);
  });
});

describe("the authority that reports a stop ('the city akimat', «регионального акимата») is no scope of the city or region", () => {
  it.each([
    "«На сегодня проект приостановлен в связи с землетрясением», – ответили в акимате города.",
    "По данным регионального акимата, инвестор приостановил рассмотрение вопроса, и проект приостановлен на неопределённый срок.",
    "«Проект заморожен», – сообщили в администрации города.",
  ])("%s", (sentence) => {
    const body = `# Проект приостановлен\n\nАЛМАТЫ, 15 марта 2032 (LS) – Турецкая компания Ozsoy Kimya планировала построить фармацевтический завод в Алматы. Инвестиции – $30 млн. ${sentence}\n`;
    expect(published(base, body)).toContain("Ozsoy Kimya stage suspended");
  });
});
