import { foldKazakh } from "../knowledge/text.js";

/**
 * Retrieval's own trilingual vocabulary: what the sources talk about (agreements, plants,
 * medicines, jobs, diagnosis…) as concepts with their English, Russian and Kazakh words, so a
 * question in one language meets a sentence in another on the concept, and an English question
 * meets its synonyms ("deal" ~ agreement, "meds" ~ medicines, "mou" ~ memorandum). Names and
 * loanwords need no entry: they meet by their sound skeleton (skeleton.ts).
 *
 * One line per concept: `id | English | Russian | Kazakh`, words separated by commas, a phrase's
 * words by spaces, `*` ending a word that matches any word beginning so (Kazakh and Russian
 * endings: зауыт* ~ зауыттардың). `id<family` puts a concept in a family whose members stand in
 * for each other at part credit (a memorandum is a kind of agreement). Words are matched after
 * `normalize` (lower case, ё → е, hyphens → spaces).
 */
const CONCEPTS = `
accord~0.7 | deal, deals, arrangement*, accord, accords | сделк*, договоренност* | уағдаласт*
agreement<accord | agreement*, pact*, treaty, agree, agrees, agreed, agreeing | соглашени*, договор* | келісті, келісіп, келісу, келісуі, келіскен, келіседі, келісім, келісімі*, келісімн*, келісімг*, келісімд*, келісімде*, келісімге, келісімдер*
memorandum<accord | memorandum*, mou, mous, memo, memos | меморандум* | меморандум*
understanding | understanding | взаимопониман* | түсіністік*
partnership<accord | partner*, cooperat*, collaborat*, joint*, jointly, alliance*, working with, work with, works with, worked with | партнер*, сотруднич*, взаимодейств*, совместн*, работает, работают, работать, работал* | серіктес*, әріптес*, ынтымақтаст*, бірлес*, бірге, жұмыс істей*
contract<accord | contract*, contractual | контракт*, контрактн*, договор поставки, договоры поставки, долгосрочн* договор* | келісімшарт*
resolution | resolution*, decree*, ordinance*, decision*, decide*, adopt* | постановлени*, указ*, решени*, решил*, принят*, принял* | қаулы*, шешім*, шешті, қабылда*
sign | sign, signs, signed, signing, signature*, inked, concluded, conclude | подпис*, заключ* | қол қой*, қол қою*, қол қойыл*, қолтаңба*, жасалды, жасасты
approve | approv*, endors*, cleared, backs, backed, greenlight*, go ahead, signed off, sign off, signs off | одобр*, утверд*, согласова* | мақұлд*, бекіт*, келісілді
government | government*, govt, gov, cabinet*, authorit* | правительств*, кабмин*, власт* | үкімет*
position~0.25 | position*, post, posts, role, roles, title, titles, job, occupation, office, official, officials | должност*, пост, роль, роли, чиновник*, должностн* лиц* | лауазым*, қызметі, қызметте*, шенеунік*, лауазымды тұлға*
ministry | ministry, ministries | министерств*, минздрав*, ведомств* | министрлі*
minister<position | minister, ministers | министр, министра, министру, министром, министре | министр, министрі, министрдің, министрге, министрмен, министрінің
prime minister<position | prime minister*, premier*, pm | премьер* | премьер*
president<position | president*, head of state | президент*, глава государства, главы государства, глав государства | президент*, мемлекет басшы*
deputy<position | deputy, vice | заместител*, вице | орынбасар*
chair<position | chair*, chaired, chairing, chairman, chairmanship, chaired by, headed by, under first, under deputy, under prime, under minister, under the chairmanship | председат*, председательств* | төраға*, төрағалық*
head<position | head, heads, headed, ceo, chief*, director*, leader*, lead, leads, led, boss*, manag*, run, runs, executive* | глава, глав, главу, главой, главе, руковод*, директор*, гендиректор*, начальник*, управля*, возглав* | басшы*, жетекші*, директор*, басқар*
press service | press service*, press office*, press secretar*, spokes* | пресс служб*, пресс секретар*, пресс центр* | баспасөз қызмет*, баспасөз хатшы*
headquarters | headquarter*, hq | штаб* | штаб*
meeting | meeting*, meet, meets, met, talks, talk, negotiat*, discuss*, session* | встреч*, переговор*, обсуд*, обсужд*, заседани*, совещани* | кездесу*, кездес*, келіссөз*, талқыла*, отырыс*, мәжіліс*
ventilator | ventilator*, breathing machine* | ивл, аппарат* ивл, вентиляц* | өжж, желдету аппарат*
burial site | burial site*, burial ground*, animal cemeter* | скотомогильник* | мал қорым*, қорым*
slaughterhouse | slaughterhouse*, abattoir*, slaughter point* | убойн* пункт*, бойн* | сою пункт*, мал сою*
test system | test system*, test kit*, reagent kit* | тест систем*, набор* реагент* | тест жүйе*
speed | quickly, quick, fast, faster, how long, minute*, speed* | быстро, быстр*, минут*, скорост* | жылдам*, минут*
indicator | indicator*, parameter*, marker* | показател*, параметр* | көрсеткіш*
result | result*, outcome* | результат* | нәтиже*
analyser | analyser*, analyzer*, analysers, analyzers | анализатор* | анализатор*
offer | offer*, propos*, suggest* | предлож* | ұсын*
replace | replac*, substitut*, switch* | замен*, замещ* | ауыстыр*, алмастыр*
attend | attend*, took part, take part, takes part, participat*, present at, were present | участв*, присутств* | қатыс*
visit | visit*, went, go to, gone to, travel*, trip* | посет*, визит*, побывал*, ездил*, съездил*, поездк*, был в, была в | барды, барған*, барып, сапар*, келді, арала*
progress | progress*, how far, percent complete, per cent complete, ready, readiness, done | готов*, выполнен*, степен* готовност* | дайын*, дайындығ*, орындал*
stage | stage*, phase*, step*, round* | стади*, этап*, очеред*, фаз* | кезең*, кезег*, саты*, фаза*
start | start*, launch*, open, opens, opened, opening, commission*, begin*, began, begun, operational, operating, ready, start work*, begin operat* | запуст*, запуск*, начн*, начал*, начат*, заработа*, начнет работу, начнут работу, начать работу, начала работу, откро*, откры*, ввод*, введ* | іске қос*, іске қосыл*, баста*, басталады, басталмақ, ашыл*, жұмысын баста*
build | build*, built, construct*, erect*, put up, set up, establish*, complet* | стро*, постро*, возвед*, создад*, создан*, заверш* | салу*, салын*, салады, салмақ, құрылыс*, тұрғыз*, құр*, аяқтал*
expand<grow | expan*, extend*, enlarg*, widen* | расшир* | кеңей*, кеңейт*
grow | grow*, grew, increas*, rise, rises, rose, risen, raise*, boost*, doubl* | рост*, выро*, выра*, увелич*, нарастить, нарастит*, удво* | өсу*, өсті, өсіп, өседі, өскен, өсім*, арт*, ұлғай*, еселен*
recent | recent, recently, lately, of late | последнее время, последние годы, последние несколько лет, недавн* | соңғы кезде, соңғы уақытта, соңғы жылдары, жақында
operations | operations, presence, footprint | деятельност*, присутстви* | қызметін, қызметтерін
percent | percent*, per cent, % | процент* | пайыз*
share | share, shares, proportion* | доля, долю, доли, долей | үлес*
whoorg | world health organization, world health organisation | всемирн* организаци* здравоохранени*, воз | дүниежүзілік денсаулық сақтау ұйым*, ддсұ
site~0.9 | site, sites, premises, location* | площадк*, объект* | алаң*, нысан*
plant<site | plant, plants, factory, factories, facility, facilities, mill*, enterprise* | завод*, фабрик*, предприяти*, фармзавод* | зауыт*, фабрика*, кәсіпорын*
complex<site | complex, complexes, campus* | комплекс* | кешен*
production | produc*, manufactur*, make, makes, making, made, output*, turn out, yield* | производ*, выпуск*, изготов*, выпуска*, делать, делают, делает, сделает, сделают | өндір*, шығар*, шығарыл*, жасап шығар*
local | local*, domestic*, homegrown, home grown | локал*, отечествен*, местн*, внутренн* | отандық*, жергілікті*, оқшаула*
national | national*, nationwide | национальн*, общенациональн* | ұлттық*
medicine | medicine*, medication*, med, meds, drug*, pharmaceuticals, remed*, preparation*, generic*, pill*, tablet* | лекарств*, препарат*, медикамент*, дженерик* | дәрі*, препарат*, дәрмек*
treatment | treatment*, treat, treats, therap*, cure* | лечени*, лечит*, терапи* | емде*, ем, емдеу*
medical | medical, medically, clinic*, biomedical | медицин*, клиническ*, клиник* | медицина*, медициналық*, клиникалық*
pharmaceutical | pharma*, pharmaceutic* | фарм*, фармацевт* | фарм*, фармацевт*
biotech | biotechnolog*, biopharm*, biolog*, biotech | биотехнолог*, биофарм*, биолог* | биотехнолог*, биофарм*, биолог*
health | health*, healthcare, wellbeing | здоров*, здравоохранени* | денсаулық*
science | scien* | наук*, научн* | ғылым*, ғылыми*
education | educat*, academ* | образовани*, учебн* | білім*
university | universit*, college*, uni, unis, med uni, med school*, medical school*, med college* | университет*, вуз*, колледж* | университет*, колледж*, жоғары оқу орн*
document | article*, text, texts, source, sources, news, story, stories, document* | статья, статье, статьи, статью, стате*, текст*, источник*, документ*, новост* | мақала*, мәтін*, дереккөз*, құжат*, жаңалық*
research | research*, study, studies, r d | исследовани*, исследова*, изыскани* | зерттеу*, зертте*
innovation | innovat* | инновац*, инновацион* | инновац*, инновациял*
technology | technolog*, tech, high tech, hightech | технолог*, высокотехнолог* | технолог*, жоғары технолог*
green | green, greener | зелен* | жасыл*
environment | environment*, ecolog*, climate, nature | экологи*, окружающ* сред*, природ* | экология*, экологиял*, қоршаған орта*
sustainable | sustainab*, sustainably | устойчив* | тұрақты*, орнықты*
resilience | resilien*, robust*, stabilit* | устойчив*, стабильн* | тұрақтылық*, төзімді*, орнықты*
development | develop*, progress | развити*, развива*, разработ* | даму*, дамыт*, әзірле*
diversification | diversif* | диверсифик*, диверсификац* | әртараптандыр*, әртараптан*
economy | econom* | экономи* | экономика*, экономикал*
business | business*, commercial*, entrepreneur* | бизнес*, предприниматель*, коммерч* | бизнес*, кәсіпкер*
diagnosis | diagnos*, diagnost*, detection, detect* | диагност*, выявлени* | диагност*, анықта*
early | early | ранн*, рано | ерте
screening | screen*, checkup*, check up* | скрининг* | скрининг*
training | train*, upskill*, teaching | подготовк*, обучени*, обуча*, повышени квалификации | даярла*, оқыт*, дайында*, оқу*
specialist | specialist*, professional*, expert*, personnel, doctors | специалист*, кадр*, врач* | маман*, дәрігер*
infrastructure | infrastruct* | инфраструктур* | инфрақұрылым*
prevention | prevent*, prophyla* | профилакти*, предотвращ*, предупрежд* | алдын алу*, алдын ал*, профилактика*
disease | disease*, illness*, ill, disorder* | заболевани*, болезн*, недуг* | ауру*, сырқат*, науқас*
noncommunicable | non communicable, noncommunicable, ncd, ncds, chronic | неинфекцион*, хроническ* | жұқпалы емес, бейинфекция*, инфекциялық емес, созылмалы*
pave the way | pave the way, paves the way, paving the way, paved the way, opens the way, open the way | открывает путь, открывает дорогу, откроет путь, прокладывает путь, проложит путь | жол аш*
youth | youth*, young, young people, young person*, teen*, adolescen*, students | молодеж*, молод*, молодые люди, молодых людей, подрост*, юнош* | жастар*, жас, жас адамдар*, жасөспірім*
program | program*, programme* | программ* | бағдарлама*
industrialisation | industrialis*, industrializ* | индустриализац* | индустрияландыру*, индустрияланд*
map | map, maps, roadmap*, road map* | карт*, дорожн* карт* | карта*, жол карта*
instruct | instruct*, ordered, tasked, charged, told to, asked to | поруч*, поручен* | тапсыр*
prepare | prepar*, draft, drafts, drafting, draw up | подготов*, разработа*, разработк* | әзірле*, дайында*
support | support, supports, supported, supporting | поддерж* | қолдау*, қолдай*, қолдады
comprehensive | comprehensive, integrated | комплексн* | кешенді*
plan | blueprint | план, плана, планом, плане, планы, планов | жоспар, жоспары, жоспарын, жоспарды, жоспарға
measure | measure, measures | мера, меры, мер, мерам, мерами, мерах | шара, шаралар*, шараны, шарасы
behaviour | behavio* | поведени* | мінез*
data | data, dataset* | данны*, данных | дерек*, мәлімет*
realworld | real world, rwd, rwe | реальн* | нақты өмір*, нақты*
evidence | evidence* | доказательн*, доказательств* | дәлел*
analytics | analy* | аналити*, анализ* | талда*, аналити*
decision | decision*, decide* | решени*, реша* | шешім*
policy | policy, policies | политик* | саясат*
practice | practice*, practical* | практик* | тәжірибе*, практика*
method | method*, approach*, technique* | метод*, методик*, подход* | әдіс*, тәсіл*
protection | protect*, conservation, safeguard* | защит*, охран* | қорға*
integrate | integrat* | интегр* | интеграц*, біріктір*
opportunity | opportunit*, chance*, possib*, enabl*, allow* | возможност*, позволя*, позволит* | мүмкіндік*, мүмкін*
potential | potential* | потенциал* | әлеует*
capacity | capacit*, capabilit* | мощност*, потенциал* | қуат*, әлеует*
transfer | transfer* | трансфер*, передач* | трансфер*, беру*
cancer | cancer*, oncolog*, tumo*, carcinom* | рак, рака, раку, раком, онколог*, опухол*, новообразовани* | қатерлі ісік*, ісік*, онколог*
diabetes | diabet* | диабет* | диабет*
patient | patient* | пациент*, больн* | пациент*, науқас*, ауыратын*
product | product, products, goods | продукт*, продукци*, товар* | өнім, өнімі, өнімдер*, өнімін, өнімді, тауар*
register | regist*, enrolled | зарегистрир*, регистр*, учёт*, учет* | тіркел*, тірке*, есепте*
presence | presence, attended, in attendance, participation, witnessed | присутстви*, участи*, при участии | қатысуымен, қатысу*, қатысты
heart | heart, cardi* | сердеч*, сердц*, кардио* | жүрек*
kidney | kidney*, renal | почек, почеч*, почк* | бүйрек*
antiviral | antivir*, virus*, viral | противовирус*, антивирус*, вирус* | вирусқа қарсы, вирус*
pain | pain*, analges* | обезболива*, боль*, боле* | ауырсын*, ауыруды бас*
inflammation | inflam* | воспал*, противовоспал* | қабын*
antimicrobial | antimicrob*, antibacter*, antibiot* | антимикроб*, противомикроб*, антибиот*, антибактер* | микробқа қарсы, антибиот*
anemia | anemi*, anaemi* | анеми* | анеми*
cold | cold, colds, flu | простуд* | суық тию*, тұмау*
tuberculosis | tubercul*, tb | туберкул* | туберкул*
social | social*, socially significant | социальн*, социально значим* | әлеуметтік*
significant | significant, important, big deal, importance, vital, key, essential, strategic* | значим*, важн*, ключев*, стратегическ* | маңызды*, маңызы, маңыз*, стратегиялық*
people | people, ppl, person*, population, citizen*, resident* | люд*, человек, населени*, граждан*, жител* | адам*, халық*, тұрғын*, азамат*
jobs | job, jobs, employ*, workplace*, work places, worker*, staff*, hire, hires, hiring, vacanc* | рабоч* мест*, рабочее мест*, сотрудник*, работник*, трудоустр*, занятост*, ваканс*, персонал* | жұмыс орн*, жұмыс орын*, қызметкер*, жұмысшы*, жұмыс істей*
mask | mask, masks, face mask*, respirator* | маск*, респиратор* | маска*, бетперде*
syringe | syringe* | шприц* | шприц*
glove | glove* | перчат* | қолғап*
bandage | bandage*, dressing*, gauze | бинт*, перевяз*, марл* | бинт*, дәке*
protective | protective suit*, protective clothing, suit, suits, overall*, ppe, protective equipment | костюм*, защитн* | костюм*, қорғаныш*
test | test, tests, testing, express test*, test kit*, rapid test* | тест*, экспресс тест* | тест*, экспресс тест*
vaccine | vaccin*, jab*, immunis*, immuniz*, dose, doses | вакцин*, привив*, иммуниз*, доз* | вакцина*, екпе*, егу*, доза*
ambulance | ambulance*, emergency vehicle*, vehicle*, car, cars | скор* помощ*, автомобил*, машин* | жедел жәрдем*, көлік*, автокөлік*
equipment | equipment, device*, apparatus*, instrument*, machine* | оборудовани*, аппарат*, прибор*, издели* | жабдық*, құрылғы*, аппарат*, бұйым*
furniture | furniture | мебел* | жиһаз*
hospital | hospital*, clinic*, dispensar*, polyclinic* | больниц*, госпитал*, стационар*, диспансер*, поликлиник* | аурухана*, госпиталь*, диспансер*, емхана*
bed | bed, beds | коек, койк*, мест в стационар* | төсек*, кереует*
stock | stock*, reserve*, warehouse*, stockpile* | запас*, резерв*, склад* | қор*, қойма*
purchase | purchas*, buy, buys, bought, buying, procur*, acquir* | закуп*, закупил*, приобр*, купил*, заказ* | сатып ал*, сатып алын*, тапсырыс*
deliver | deliver*, ship, shipped, shipment*, sent, send, dispatch* | достав*, отгруз*, отправ*, направ*, передал*, передан* | жеткіз*, жіберіл*, жіберді, жіберед*, жөнелт*
daily | a day, per day, daily, each day, every day | в сутки, в день, ежедневн*, за сутки | күніне, тәулігіне, күн сайын
annual | a year, per year, annual*, yearly, each year | в год, ежегодн*, за год | жылына, жыл сайын
monthly | a month, per month, monthly | в месяц, ежемесячн* | айына, ай сайын
founded | founded, foundation | основан*, основано | құрылған, негізі қаланған
close | close, closes, closed, closing, closure*, shut*, bankrupt*, go under | закры*, разор* | жабыл*, жабу*, банкрот*
delegation | delegation* | делегаци* | делегация*
akim<position | akim*, governor*, mayor* | аким*, губернатор*, мэр* | әкім, әкімі*, әкімнің, әкімдері*
covid | covid*, coronavirus*, pandemic*, sars cov 2 | covid*, коронавирус*, пандеми*, ковид* | коронавирус*, пандемия*, ковид*
protocol | protocol*, guideline* | протокол*, клиническ* протокол* | хаттама*
sell | sell, sells, selling, sold, sale, sales, for sale, outlet*, buyer*, customer* | прода*, реализ*, сбыт*, покупател* | сату*, сатылад*, сатады, тұтынушы*
company | compan*, firm*, manufacturer*, producer*, corporat*, giant*, group* | компани*, фирм*, производител*, корпорац*, групп*, гигант* | компания*, фирма*, өндіруші*, алпауыт*
money~0.4 | money, cash, funds | деньг*, средств* | ақша*
investment<money | invest*, capital, funding, fund, funds, financ*, put in, put into, puts in, putting in | инвест*, вложени*, влож*, вклад*, финансир* | инвестиц*, салым*, қаржы*, инвестиция сал*, инвестициялар сал*, қаржы сал*, ақша сал*
budget<money | budget*, allocat*, allot*, set aside, sets aside, earmark*, spend, spends, spending, spent, expenditure* | бюджет*, выдел*, расход*, затрат*, потрат* | бюджет*, бөлін*, бөлді, бөлген*, шығын*, жұмса*
value<money | worth, value*, cost*, price*, valued | стоимост*, стоит, стоят, стоил, стоила, стоило, стоили, стоить, цена, цены, цену, ценой | құн*, баға*
tenge | tenge, kzt | тенге | теңге*
dollar | dollar*, usd | доллар* | доллар*
billion | billion*, bn, bln | млрд, миллиард* | млрд, миллиард*
million | million*, mln, mn | млн, миллион* | млн, миллион*
total | total*, overall, combined, altogether, sum | общ*, всего, итог*, суммарн*, совокупн* | жалпы*, барлығы*, жиынтық*, сомасы*
region | region*, oblast*, province* | област*, регион* | облыс*, өңір*
city | city, cities, town* | город*, городск* | қала*
zone | zone*, sez | зон*, сэз | аймақ*, аэа
special | special | особ*, специальн* | арнайы*
foreign | foreign*, overseas, abroad, far abroad, international* | иностран*, зарубеж*, международн* | шетел*, халықаралық*
global | global*, world, worldwide | глобальн*, миров* | әлемдік*, жаһандық*
center | centre*, center*, hub* | центр*, хаб* | орталы*, хаб*
standard | standard* | стандарт* | стандарт*
comply | comply, complies, compliant, compliance, conform*, meet, meets, meeting the | соответств*, отвечающ* | сай, сәйкес*
quality | quality | качеств* | сапа*, сапалы*
security | secur*, safety, safe, safer | безопасн* | қауіпсіз*
supply | supply, supplies, supplier*, distribut* | поставк*, поставок, поставщ*, снабжени*, дистрибут*, обеспечени* | жеткізу*, жеткізуш*, дистрибьют*, қамтамасыз*
chain | chain, chains | цепоч*, цеп* | тізбег*, тізбек*
access | access*, afford*, availab* | доступ* | қолжетімді*, қолжетімділ*
export | export* | экспорт* | экспорт*
import | import, imports, imported, importing, reliance | импорт* | импорт*
market | market* | рын* | нарық*
sector | sector*, industr* | сектор*, отрасл*, промышленност* | сектор*, сала, саласы, саласын, саласына, салада, саладағы, салаға, саласында, өнеркәсіп*
portfolio | portfolio*, range, lineup, line up | портфел*, линейк*, ассортимент* | портфел*
type | type, types, item*, inn, inns | вид, виды, видов, видам, видах, тип*, наименовани* | түр*, атау*
agency | agenc* | агентств* | агенттік*
administration | administration*, akimat* | администрац*, акимат* | әкімдік*, әкімшілі*
distributor | distributor* | дистрибьютор*, дистрибутор* | дистрибьютор*
state | state, public | государствен* | мемлекет*
council | council* | совет* | кеңес*
country~1 | country, countries, nation, nations | стран*, государств* | ел, елі, елде, елге, елдің, елімізде, еліміз*, мемлекет*
kazakhstan<country | kazakhstan*, kazakh, kz, rk | казахстан*, казах*, рк | қазақстан*, қазақ*, қр
british | british, britain, uk, english | британ*, англ*, великобритан* | британ*, ағылшын*, ұлыбритан*
swedish | swed* | швед* | швед*
egyptian | egypt* | египет*, египт* | мысыр*, египет*
polish | polish, poland | польск*, польш* | поляк*, польша*
turkish | turkish, turkey, turkiye | турец*, турци* | түрік*, түркия*
chinese | china, chinese | кита* | қытай*
say | say, says, said, saying, told, announc*, report, reports, reported, reporting, highlight*, noted, note, notes, stated, statement*, emphasi*, stress*, comment*, quote*, according, remark*, pointed out, added, praised, words | сказал*, заяв*, отмет*, подчеркн*, по словам, говор*, сообщ*, оценил*, высказ*, объяв*, объявл*, слова, цитат* | айт*, деді, атап өт*, пікірі*, мәлімде*, хабарла*, баса айт*, жариял*, сөзі, сөздері, сөзін, сөзінше
create | creat*, generat*, bring | созда*, создаст*, созд* | ашады, ашу*, ашпақ, ашқан, құру*, туғыз*
area | area, areas, direction*, focus*, field, fields, sphere*, track*, priorit*, specializ*, specialis*, concentrat* | направлени*, сфер*, приоритет*, специализир*, специализац*, упор* | бағыт*, басым*, мамандан*
january | january, jan | январ* | қаңтар*
february | february, feb | феврал* | ақпан*
march | march, mar | март* | наурыз*
april | april, apr | апрел* | сәуір*
may | may | май, мая, мае | мамыр*
june | june, jun | июн* | маусым*
july | july, jul | июл* | шілде*
august | august, aug | август* | тамыз*
september | september, sep, sept | сентябр* | қыркүйек*
october | october, oct | октябр* | қазан, қазанда
november | november, nov | ноябр* | қараша*
december | december, dec | декабр* | желтоқсан*
first | first, 1st, initial, initially | перв*, начальн* | бірінші*, алғашқы*, алғаш
second | second, 2nd | втор* | екінші*
third | third, 3rd | трет* | үшінші*
two | two, 2, twice, double | два, две, двух, двум, двумя, дважды, вдвое | екі
three | three, 3 | три, трех, трем, тремя | үш
four | four, 4 | четыре, четырех, четырем, четырьмя | төрт
five | five, 5 | пять, пяти, пятью | бес
six | six, 6 | шесть, шести, шестью | алты
seven | seven, 7 | семь, семи | жеті
eight | eight, 8 | восемь, восьми | сегіз
nine | nine, 9 | девять, девяти | тоғыз
ten | ten, 10 | десять, десяти | он
new | new, newly | нов* | жаңа*
now | now, today, currently, nowadays, presently, at present, rn | сейчас, щас, ща, счас, сегодня, ныне, нынешн*, в настоящее время, на сегодня | қазір, қазіргі, бүгін, бүгінде
project | project*, scheme* | проект* | жоба*
goal | goal, goals, target, targets, targeted, aim, aims, aimed, objective* | цель, цели, целью, целей, целев*, ориентир* | мақсат*
vaccine | vaccin*, jab, jabs, shot, shots | вакцин*, прививк* | вакцин*, екпе*
dose | dose, doses, dosage* | доз, доза, дозы, дозу, дозой, дозах, дозам | доза*
deliver | deliver*, reach*, reached, gone out, went out, ship*, dispatch*, sent out, circulation, put into circulation, released into circulation | достав*, отгруж*, поступ*, направлен*, оборот, оборота, обороте | жеткіз*, жөнелт*, айналымға
batch | batch*, lot, lots, consignment* | парти* | партия*, топтама*
line | line, lines, filling line*, production line* | лини* | желі*
fill | fill*, bottl*, packag* | розлив*, разлив*, фасов*, упаков* | құю*, құя*, құйыл*, қаптау*
cluster | cluster*, pharmacluster* | кластер*, фармкластер* | кластер*, фармкластер*
month | month, months, monthly, a month, per month | месяц*, ежемесячн* | ай, айына, айлық
annual | annual*, a year, per year, yearly, each year | в год, ежегодн*, годов* | жылына, жылдық*
trial | test*, trial*, pilot* | пробн*, испыта*, тестов* | сынақ*, сынама*
postpone | postpon*, delay*, moved, shifted, pushed back, rescheduled | перенес*, перенос*, отлож*, сдвину* | шегер*, кейінге қалд*, ауыстыр*
suspend | suspend*, halt*, frozen, freez*, paused, stopped, abandon* | приостанов*, заморож*, останов*, прекращ* | тоқтат*, тоқтатыл*, қатырыл*
cancel | cancel*, scrapp*, terminat*, dropped | отмен*, расторг*, отказ* | болдырма*, бұзыл*, бас тарт*
disinfectant | disinfect*, sanitiz*, antiseptic* | дезинфек*, антисепт* | дезинфек*, антисепт*
bottle | bottle*, vial*, flask* | флакон*, бутыл* | бөтелке*, флакон*
syringe | syringe*, pen, pens, injector* | шприц*, ручк* | шприц*
glove | glove* | перчат* | қолғап*
equipment | equipment, device*, apparatus | оборудовани*, издели*, аппарат*, приборы | жабдық*, құрал*, аппарат*
insulin | insulin* | инсулин* | инсулин*
substance | substance*, api, apis, active ingredient* | субстанци* | субстанци*
institute | institut* | институт*, нии | институт*, ғылыми зерттеу институт*
salary | salar*, wage*, pay, paid, earn* | зарплат*, заработн*, оклад* | жалақы*, айлық*
south | south, southern | юг, юга, юге, южн* | оңтүстік*
north | north, northern | север* | солтүстік*
east | east, eastern | восток*, восточн* | шығыс*
west | west, western | запад* | батыс*
organisation | organisation*, organization*, institution*, member*, participant* | организаци*, учреждени*, участник* | ұйым*, мекеме*, қатысушы*
unite | unite*, unites, uniting, bring together, brings together, comprise*, consist* | объедин*, объеденя*, состоит, входят, вошли, вошл* | біріктір*, құрамына
accreditation | accredit*, certif*, label* | аккредит*, сертифик* | аккредит*, сертификат*
status | status | статус* | мәртебе*
tonne | tonne*, ton, tons | тонн* | тонна*
statistics | statistic*, bureau | статисти*, бюро | статистика*, бюро
decline | decline*, declin*, fell, fall*, drop*, decreas*, shrank, shrunk, cut, cuts, cutting, lower*, reduc* | сниз*, упал*, падени*, сократ*, сокращ*, уменьш* | төмендеп, төмендеді, төмендеу*, азай*, қысқар*
leading | leading, leader*, topped, tops, most, most of all | лидир*, лидер*, больше всего | көш бастап, көшбасшы*, ең көп
supplier | supplier*, supplies, supplied | поставщик*, поставил*, поставля* | жеткізуші*, жеткізді, жеткізіп
russia | russia, russian | росси*, рф | ресей*
volume | volume*, worth of | объем*, объём* | көлем*
form | take shape, took shape, taking shape, formation, formed, forming | формир*, сформир*, складыва*, сложил* | қалыптас*, құрылды, құрылған
fmd | fmd, foot and mouth, foot-and-mouth, hoof and mouth | ящур* | аусыл*
livestock | cattle, livestock, ruminant*, pig*, swine, sheep, animal*, veterinar*, vet, farm animals | скот*, свин*, овец, овц*, животн*, ветеринар*, вет | мал*, шошқа*, қой*, жануар*, ветеринар*
half year | first half, half year, half a year, six months, h1 | полугоди*, полгода, январь июнь, январе июне | жартыжылдық*, жарты жыл*, алты ай*
rule | rule, rules, regulation*, regulat*, procedure*, order* | правил*, регулир*, регламент*, порядок, порядк*, приказ* | ереже*, реттеу*, тәртіб*, бұйрық*
in force | into force, in force, take effect, takes effect, took effect, come into effect, effective | в силу, вступ* в силу, вступил*, вступают, действуют с | күшіне ен*, күшіне енді, қолданысқа енгіз*
how often | how often, often, frequency, once every, every six months, per year | как часто, раз в, частот* | қаншалықты жиі, жиілі*, рет
limit | limit*, cap, caps, capped, ceiling*, maximum, at most, not exceed*, no more than | лимит*, предел*, потол*, максимум*, не более, не должн* превыша* | шекті*, лимит*, аспау*, аспауы*
action | action*, measure* | действи* | іс қимыл*, әрекет*
average | average*, avg, on average, mean | средн*, в среднем | орташа*, орта есеппен
long term | long-term, long term, multi-year, multiyear | долгосрочн*, многолетн* | ұзақ мерзімді*
detect | found, find, finds, detect*, identif*, uncover*, reveal*, discover* | выявл*, обнаруж* | анықта*, анықтал*
labelling | labelling, labeling, labelled, labeled, marking, marked, traceab*, track and trace | маркировк*, маркирова*, маркирован*, прослеживаем* | таңбала*, таңбалан*, қадағала*
code | code, codes, coded | код, кода, коды, кодов, кодам, кодами | код, кодтар*, кодты
scanner | scanner*, tomograph*, pet, pet ct, pet/ct, ct scanner* | пэт, пэт кт, томограф*, сканер* | пэт, томограф*, сканер*
nuclear | nuclear, radionuclide*, isotope*, cyclotron* | ядерн*, радионуклид*, изотоп*, циклотрон* | ядролық*, радионуклид*, изотоп*, циклотрон*
radiopharmaceutical | radiopharmaceutical*, radiopharmacy, radioactive drug* | радиофармпрепарат*, радиофармацевт* | радиофармпрепарат*, радиофармацевт*
radiotherapy | radiotherapy, radiation therapy, radiation treatment | лучев* терапи*, радиотерапи* | сәулелік терапия*, сәулелік ем*
mortality | mortality, death rate*, deaths, died, die | смертност*, умер*, летальност* | өлім*, өлім жітім*
warehouse | warehouse*, wholesale*, depot* | склад*, оптов* | қойма*, көтерме*
pharmacy | pharmacy, pharmacies, drugstore*, chemist* | аптек* | дәріхана*
pack | pack, packs, package*, packaging, unit, units | упаковк*, упаковок, штук* | қаптама*, орам*, дана*
free | free, free of charge, gobmp, guaranteed volume | бесплатн*, гобмп, гарантированн* объем* | тегін*, тмккк*
check | check*, inspect*, audit*, verif* | провер*, инспекц*, аудит* | тексер*, тексеріс*
mandatory | mandatory, compulsory, obligatory | обязательн* | міндетті*
examination | examination*, scan, scans, exam, exams, diagnostic procedure* | обследовани*, исследовани* | тексеру*, зерттеу*
`;

/**
 * Question frames: what kind of answer a question asks for. `ask` words mark the question and are
 * no content of their own ("why", "when"); `mark` words, years, months or numbers in a sentence
 * show it can give that kind of answer. Frames reorder and filter passages; they never make a
 * question relevant by themselves.
 */
const FRAMES = `
purpose | why, point, purpose, purposes, goal, goals, aim, aims, reason, reasons, objective*, benefit*, matter, matters, help, helps, what for, for what, achieve, accomplish, supposed to, meant to, intended to, gist, essence, get out of, gets out of, gain from, gains from, gain, gains, in it for, will change, outcome*, impact*, big deal, important, importance, significance, so special | изменится, изменятся, зачем, почему, цель, цели, целью, смысл*, для чего, польз*, выгод*, дает, даст, дадут, суть, сути, добиться, достичь, важ*, значени* | неге, неліктен, не үшін, мақсат*, пайда*, керек, мәні, мәнісі, береді, бермек, өзгереді, маңызд*, маңызы*
purpose marks | aim*, goal*, purpose*, objective*, support*, ensur*, strengthen*, enhanc*, pave*, expected to, meant to, help*, in order to, so that, boost*, increas*, improv*, reinforc*, instruction, drive | цел*, направлен*, позвол*, помож*, укреп*, обеспеч*, поддерж*, чтобы, повыс* | мақсат*, бағытталған, жол аш*, нығайт*, қамтамасыз*, арттыр*, үшін, аясында
aim marks | aim, aims, aimed, goal, goals, purpose*, objective*, in order to | цель, цели, целью, целей, нацелен*, направлен* на | мақсат*, бағытталған
time | when, came first, come first, happened first, first or, earlier, earliest, latest, most recent, what year, which year, what date, which date, by when, how long, how soon, timeline, timeframe, deadline | когда, раньше, позже, в каком году, какого года, какого числа, к какому сроку, срок, сроки, сроков | қашан, алдымен, бұрын, қай жылы, қай жылдары, қай кезде, қай уақытта, мерзім*
time marks | no date, date, dates, deadline*, timeline*, timeframe*, schedul* | срок, сроки, сроков, срока, дата, даты, дату, датой | мерзім*
quantity | how much, how many, how big, how large, how far, amount, number of | сколько, скока, скок, насколько, на сколько, во сколько | қанша, қаншаға, неше, қаншалықты
topic | say anything, says anything, said anything, say something, says something, mention anything, anything on, anything about, something about, is there | есть ли, что нибудь, что то | бірдеңе бар
origin | origin, originally, nationality, headquartered, based, from where | откуда, родом, чья, чей, чье, чьей | қай елдің, қай елден, қай мемлекеттің, қайдан
origin marks | british, swed*, egypt*, polish, turkish, chinese, american, german, french, indian, russian, korean, japanese | британ*, швед*, египет*, египт*, польск*, турец*, китайск*, американск*, немецк*, француз*, индийск*, российск*, корейск*, японск* | британ*, швед*, мысыр*, поляк*, түрік*, қытай*, америка*, неміс*, француз*, үнді*, ресей*, корей*, жапон*
`;

/**
 * Abbreviations that stand for a term of several concepts: a sentence holds one only when it
 * holds the whole term ("real-world clinical practice" is no Real-World Evidence).
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map([
  ["rwd", "real world data"],
  ["rwe", "real world evidence"],
]);

/** A statement called an error: "incorrectly", "erroneous", «ошибочно», «неверно», «қате». */
export const CORRECTION =
  /(?<!\p{L})(incorrect\p{L}*|erroneous\p{L}*|mistaken\p{L}*|in error|wrongly|misreport\p{L}*|ошибочн\p{L}*|ошибк\p{L}*|неверн\p{L}*|қате|қателік\p{L}*)(?!\p{L})/iu;

export type FrameName = "purpose" | "time" | "quantity" | "origin" | "topic";

const VOICED: Record<string, string> = { қ: "ғ", к: "г", п: "б" };

interface Pattern {
  words: { text: string; prefix: boolean }[];
  key: string;
}

function parseTable(table: string, keyOf: (id: string) => string): Pattern[] {
  const out: Pattern[] = [];
  for (const line of table.split("\n")) {
    if (!line.trim()) continue;
    const [head, ...langs] = line.split("|").map((x) => x.trim());
    const key = keyOf(head as string);
    for (const phrase of langs.join(",").split(",")) {
      const words = phrase
        .trim()
        .split(/\s+/)
        .filter(Boolean)
        .map((w) => ({ text: w.replace(/\*$/, ""), prefix: w.endsWith("*") }));
      if (words.length === 0) continue;
      out.push({ words, key });
      // Kazakh voices a final қ, к, п before a vowel ending: денсаулық → денсаулығы.
      const last = words.at(-1) as { text: string; prefix: boolean };
      const voiced = VOICED[last.text.at(-1) as string];
      if (voiced)
        out.push({
          words: [...words.slice(0, -1), { text: last.text.slice(0, -1) + voiced, prefix: true }],
          key,
        });
    }
  }
  return out;
}

/** Concept key of a line's head ("memorandum<accord" → "c:memorandum"), its family's, and a family's credit. */
function conceptKeys(head: string): { key: string; family?: string; credit?: number } {
  const [name, rest] = head.split(/(?=[<~])/);
  const key = `c:${(name as string).trim().replace(/\s+/g, "_")}`;
  if (rest?.startsWith("<")) return { key, family: `c:${rest.slice(1).trim()}` };
  if (rest?.startsWith("~")) return { key, credit: Number(rest.slice(1)) };
  return { key };
}

const HEADS = CONCEPTS.split("\n")
  .filter((l) => l.trim())
  .map((l) => conceptKeys((l.split("|")[0] as string).trim()));

/** The family of each concept that has one (memorandum → accord). */
export const FAMILY: ReadonlyMap<string, string> = new Map(
  HEADS.flatMap((k) => (k.family ? [[k.key, k.family] as [string, string]] : [])),
);

/**
 * The credit a family's member gets for another member (a memorandum asked, an agreement
 * found: 0.7; a CEO asked, a minister found: 0.5). The family's own words ("deal", "position")
 * stand for any member at full credit.
 */
export const FAMILY_CREDIT: ReadonlyMap<string, number> = new Map(
  HEADS.flatMap((k) => (k.credit !== undefined ? [[k.key, k.credit] as [string, number]] : [])),
);

const CONCEPT_PATTERNS = parseTable(CONCEPTS, (head) => conceptKeys(head).key);
const FRAME_PATTERNS = parseTable(
  FRAMES,
  (head) => `f:${head.replace(/\s+marks$/, "")}${head.endsWith("marks") ? "" : "?"}`,
);

/**
 * Finds patterns in a token sequence. A token of the sequence matches a pattern word when it is
 * that word, or begins with it when the word is a prefix; phrases match consecutive tokens.
 */
class PatternMatcher {
  private readonly exact = new Map<string, Pattern[]>();
  private readonly prefixes = new Map<string, Pattern[]>();
  private readonly cache = new Map<string, Pattern[]>();

  constructor(patterns: readonly Pattern[]) {
    for (const pattern of patterns) {
      const p = { ...pattern, words: pattern.words.map((w) => ({ ...w, text: foldKazakh(w.text) })) };
      const first = p.words[0] as { text: string; prefix: boolean };
      const map = first.prefix ? this.prefixes : this.exact;
      map.set(first.text, [...(map.get(first.text) ?? []), p]);
    }
  }

  /** Patterns whose first word the token can be (cached: the corpus repeats its words). */
  private starting(token: string): Pattern[] {
    let found = this.cache.get(token);
    if (found) return found;
    found = [...(this.exact.get(token) ?? [])];
    for (let n = 1; n <= token.length; n++) found.push(...(this.prefixes.get(token.slice(0, n)) ?? []));
    if (this.cache.size > 100_000) this.cache.clear();
    this.cache.set(token, found);
    return found;
  }

  /** Keys found at each position, and how many tokens each match spans (the longest per key). */
  match(words: readonly string[]): { key: string; start: number; end: number }[] {
    const tokens = words.map(foldKazakh);
    const out: { key: string; start: number; end: number }[] = [];
    for (let i = 0; i < tokens.length; i++) {
      for (const p of this.starting(tokens[i] as string)) {
        if (p.words.every((w, k) => wordMatches(w, tokens[i + k]))) {
          out.push({ key: p.key, start: i, end: i + p.words.length });
        }
      }
    }
    return out;
  }
}

function wordMatches(w: { text: string; prefix: boolean }, token: string | undefined): boolean {
  if (token === undefined) return false;
  return w.prefix ? token.startsWith(w.text) : token === w.text;
}

const concepts = new PatternMatcher(CONCEPT_PATTERNS);
const frames = new PatternMatcher(FRAME_PATTERNS);

export interface KeySpan {
  key: string;
  start: number;
  end: number;
}

/** Concept keys ("c:…") over a normalised token sequence. */
export function findConcepts(tokens: readonly string[]): KeySpan[] {
  return concepts.match(tokens);
}

/**
 * Frame keys over a normalised token sequence: "f:time?" for a word that asks for a time
 * ("when"), "f:time" for one that gives it (a month, a year); likewise purpose, quantity, origin.
 * `found` is findConcepts(tokens), when the caller has it already.
 */
export function findFrames(tokens: readonly string[], found = findConcepts(tokens)): KeySpan[] {
  const out = frames.match(tokens);
  const months = found.filter((span) => MONTHS.has(span.key));
  const dated = new Set(months.flatMap((m) => [m.start - 1, m.end]));
  for (const m of months) out.push({ key: "f:time", start: m.start, end: m.end });
  for (const [i, t] of tokens.entries()) {
    // A year, or a day beside its month ("January 26"), is a time; any other number a quantity.
    if (/^(1[89]|20)\d\d$/.test(t) || (dated.has(i) && /^\d{1,2}$/.test(t)))
      out.push({ key: "f:time", start: i, end: i + 1 });
    else if (/\d/.test(t)) out.push({ key: "f:quantity", start: i, end: i + 1 });
  }
  return out;
}

/** The concepts of the twelve months. */
export const MONTHS: ReadonlySet<string> = new Set(
  "january february march april may june july august september october november december"
    .split(" ")
    .map((m) => `c:${m}`),
);
