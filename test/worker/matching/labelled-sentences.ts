/**
 * The matcher's evaluation set: sentences as a news article would write
 * them, in English and Persian, each labelled with the published card whose
 * claim it repeats, or null. Written from the seed article's claims
 * (data/cards) and from the synthetic cards (synthetic-cards.ts).
 *
 * Kinds:
 * - exact:            the claim as published, maybe with its attribution;
 * - paraphrase:       the same claim in other words;
 * - number-words:     the same claim with its number written otherwise
 *                     ("twenty thousand", "۲۰٬۰۰۰", "٢٠٠٠٠", "85%", "3,400,000");
 * - negation:         the claim denied ("not 20,000", "تکذیب کرد") — not a repeat;
 * - near-miss-number: the same words about another number — not a repeat;
 * - near-miss-place:  the same words about another country or city — not a repeat;
 * - unrelated:        other sentences, many sharing the claims' vocabulary.
 *
 * Some sentences are here because the matcher is expected to get them wrong
 * (a number it cannot read, a country the claim does not name): the set
 * measures the matcher, it is not tuned to flatter it.
 */

export type SentenceKind =
  | "exact"
  | "paraphrase"
  | "number-words"
  | "negation"
  | "near-miss-number"
  | "near-miss-place"
  | "unrelated";

export interface LabelledSentence {
  text: string;
  lang: "en" | "fa";
  /** The card whose claim the sentence repeats, or null. */
  card: string | null;
  kind: SentenceKind;
}

// Seed cards (data/cards).
const ARRESTS = "protest-arrests-20000";
const DEATH = "death-penalty-100-prisoners";
const AMNESTY = "amnesty-tens-of-thousands";
const CONDITIONS = "pardon-conditions-regret-written-commitment";
const CUSTOM = "pre-anniversary-pardons-common-practice";
const EXCLUDES = "amnesty-excludes-dual-nationals-corruption-on-earth";
// Synthetic cards (synthetic-cards.ts).
const BRIDGE = "galata-bridge-reopens-after-14-months";
const MEASLES = "kenya-measles-vaccination-85-percent";
const TURNOUT = "nigeria-turnout-27-percent";
const JOBLESS = "spain-unemployment-11-6-percent";
const OIL = "iraq-oil-exports-3-4-million-barrels";
const QUAKE = "turkey-earthquake-50000-deaths";

type Row = [card: string | null, text: string];

const group = (kind: SentenceKind, lang: "en" | "fa", rows: Row[]): LabelledSentence[] =>
  rows.map(([card, text]) => ({ text, lang, card, kind }));

export const LABELLED_SENTENCES: LabelledSentence[] = [
  ...group("exact", "en", [
    [
      ARRESTS,
      "Human rights groups estimate that around 20,000 people have been arrested in connection with the protests so far.",
    ],
    [ARRESTS, "Around 20,000 people have been arrested in connection with the protests so far."],
    [DEATH, "The Norway-based Iran Human Rights Group estimates that around 100 prisoners may face the death penalty."],
    [DEATH, "Around 100 prisoners may face the death penalty, the group said."],
    [
      AMNESTY,
      `Iran's Supreme Leader Ayatollah Ali Khamenei issued an amnesty for "tens of thousands" of prisoners, including protesters arrested during the anti-government rallies.`,
    ],
    [
      CONDITIONS,
      "In order to be pardoned, the accused must express regret for their activities and give a written commitment not to repeat those activities.",
    ],
    [
      CUSTOM,
      "Khamenei's order to pardon some prisoners is a common procedure that usually occurs before the anniversary of the 1979 Islamic Revolution.",
    ],
    [
      EXCLUDES,
      `Reports also indicate that Khamenei's amnesty order does not include dual-national prisoners and those accused of "corruption on Earth."`,
    ],
    [
      EXCLUDES,
      `Khamenei's amnesty order does not include dual-national prisoners or those accused of "corruption on Earth."`,
    ],
    [BRIDGE, "Officials said the Galata Bridge in Istanbul will reopen to traffic in June after 14 months of repairs."],
    [MEASLES, "Kenya has vaccinated 85 percent of children under five against measles, the health ministry said."],
    [TURNOUT, "Turnout in Nigeria's presidential election was 27 percent, the lowest on record."],
    [JOBLESS, "Spain's unemployment rate fell to 11.6 percent in the second quarter, the statistics office said."],
    [OIL, "Iraq exported an average of 3.4 million barrels of oil a day in January, according to the oil ministry."],
    [QUAKE, "The February earthquake in Turkey killed more than 50,000 people."],
    [QUAKE, "According to the disaster agency, the February earthquake in Turkey killed more than 50,000 people."],
  ]),
  ...group("exact", "fa", [
    [ARRESTS, "تاکنون حدود ۲۰ هزار نفر در ارتباط با اعتراضات بازداشت شده‌اند."],
    [ARRESTS, "گروه‌های حقوق بشری برآورد می‌کنند که تاکنون حدود ۲۰٬۰۰۰ نفر در ارتباط با اعتراضات بازداشت شده‌اند."],
    [DEATH, "حدود ۱۰۰ زندانی ممکن است با مجازات اعدام روبه‌رو شوند."],
    [DEATH, "گروه حقوق بشر ایران مستقر در نروژ برآورد می‌کند که حدود 100 زندانی ممکن است با مجازات اعدام روبه‌رو شوند."],
    [
      AMNESTY,
      "آیت‌الله علی خامنه‌ای، رهبر جمهوری اسلامی، فرمان عفو «ده‌ها هزار» زندانی، از جمله معترضانی را که در جریان تجمعات ضدحکومتی بازداشت شده‌اند، صادر کرده است.",
    ],
    [
      CONDITIONS,
      "متهمان برای برخورداری از عفو باید از فعالیت‌های خود ابراز ندامت کنند و تعهد کتبی بدهند که آن فعالیت‌ها را تکرار نخواهند کرد.",
    ],
    [
      CUSTOM,
      "فرمان خامنه‌ای برای عفو برخی زندانیان رویه‌ای معمول است که معمولاً پیش از سالگرد انقلاب اسلامی ۱۳۵۷ صادر می‌شود.",
    ],
    [EXCLUDES, "به گزارش رسانه‌ها، فرمان عفو خامنه‌ای شامل زندانیان دوتابعیتی و متهمان به «افساد فی‌الارض» نمی‌شود."],
    [BRIDGE, "پل گالاتا در استانبول پس از ۱۴ ماه تعمیر، در ماه ژوئن به روی ترافیک بازگشایی می‌شود."],
    [MEASLES, "به گفته وزارت بهداشت، کنیا ۸۵ درصد کودکان زیر پنج سال را در برابر سرخک واکسینه کرده است."],
    [TURNOUT, "میزان مشارکت در انتخابات ریاست‌جمهوری نیجریه ۲۷ درصد بود که پایین‌ترین رقم ثبت‌شده است."],
    [JOBLESS, "نرخ بیکاری اسپانیا در سه‌ماهه دوم به 11.6 درصد کاهش یافت."],
    [OIL, "عراق در ماه ژانویه به‌طور میانگین روزانه ۳٫۴ میلیون بشکه نفت صادر کرد."],
    [QUAKE, "زلزله ماه فوریه در ترکیه جان بیش از 50 هزار نفر را گرفت."],
  ]),

  ...group("paraphrase", "en", [
    [ARRESTS, "Some 20,000 demonstrators have been detained since the unrest began, rights groups say."],
    [ARRESTS, "Security forces have jailed roughly 20,000 protesters over the course of the demonstrations."],
    [DEATH, "As many as 100 detainees could be sentenced to death, according to Iran Human Rights."],
    [DEATH, "About 100 inmates are at risk of execution, the Oslo-based group warned."],
    [
      AMNESTY,
      "Khamenei pardoned tens of thousands of prisoners, among them people detained in the anti-government protests.",
    ],
    [
      AMNESTY,
      "Iran's supreme leader granted clemency to tens of thousands of inmates, including demonstrators held during the rallies against the government.",
    ],
    [
      AMNESTY,
      "Ayatollah Ali Khamenei has ordered an amnesty covering tens of thousands of prisoners, protesters among them.",
    ],
    [
      CONDITIONS,
      "To receive a pardon, prisoners have to show remorse for their activities and pledge in writing never to do it again.",
    ],
    [
      CONDITIONS,
      "Those seeking clemency must voice regret for their activities and sign a written promise not to repeat them, the judiciary said.",
    ],
    [CUSTOM, "Pardoning prisoners ahead of the anniversary of the 1979 revolution is a routine practice for Khamenei."],
    [
      CUSTOM,
      "The supreme leader customarily pardons some prisoners before each anniversary of the Islamic Revolution of 1979.",
    ],
    [
      EXCLUDES,
      `The amnesty reportedly excludes prisoners with dual nationality and people accused of "corruption on earth".`,
    ],
    [
      EXCLUDES,
      "Khamenei's pardon does not extend to dual-national detainees or to those accused of corruption on earth.",
    ],
    [
      EXCLUDES,
      "Dual nationals and those facing the charge of corruption on earth are not covered by Khamenei's amnesty, reports say.",
    ],
    [BRIDGE, "After 14 months of repair work, Istanbul's Galata Bridge is due to reopen to traffic in June."],
    [BRIDGE, "Traffic will return to the Galata Bridge in June, 14 months after repairs began."],
    [MEASLES, "Some 85% of under-fives in Kenya are now vaccinated against measles."],
    [MEASLES, "Kenya's measles vaccination campaign has reached 85 percent of children younger than five."],
    [TURNOUT, "Only 27 percent of Nigerian voters cast a ballot in the presidential election, a record low."],
    [TURNOUT, "Nigeria's presidential vote drew a turnout of just 27 percent, the lowest ever recorded."],
    [JOBLESS, "Joblessness in Spain dropped to 11.6 percent in the April-to-June quarter."],
    [JOBLESS, "In the second quarter, the Spanish jobless rate declined to 11.6%."],
    [OIL, "Iraq's oil exports averaged 3.4 million barrels per day in January."],
    [OIL, "Iraqi crude exports averaged 3.4 million barrels a day last January."],
    [QUAKE, "More than 50,000 people died in Turkey's February earthquake."],
    [QUAKE, "The death toll from February's earthquake in Turkey has passed 50,000."],
  ]),
  ...group("paraphrase", "fa", [
    [ARRESTS, "به گفته فعالان حقوق بشر، تا امروز نزدیک به ۲۰ هزار معترض دستگیر شده‌اند."],
    [ARRESTS, "شمار بازداشت‌شدگان اعتراضات به حدود ۲۰٬۰۰۰ نفر رسیده است."],
    [DEATH, "سازمان حقوق بشر ایران می‌گوید حدود ۱۰۰ زندانی در خطر اجرای حکم اعدام قرار دارند."],
    [AMNESTY, "رهبر جمهوری اسلامی ده‌ها هزار زندانی، از جمله شماری از معترضان بازداشت‌شده، را عفو کرد."],
    [AMNESTY, "خامنه‌ای با عفو ده‌ها هزار زندانی موافقت کرد که معترضان بازداشت‌شده در تجمعات اخیر را هم در بر می‌گیرد."],
    [
      CONDITIONS,
      "به گفته معاون قوه قضاییه، شرط عفو متهمان ابراز پشیمانی و سپردن تعهد کتبی برای تکرار نکردن فعالیت‌هایشان است.",
    ],
    [CUSTOM, "رهبر ایران هر سال پیش از سالگرد انقلاب اسلامی معمولاً شماری از زندانیان را عفو می‌کند."],
    [EXCLUDES, "گزارش‌ها حاکی است که عفو رهبری شامل زندانیان دارای تابعیت دوگانه و متهمان به افساد فی‌الارض نخواهد شد."],
    [BRIDGE, "پل گالاتا در استانبول که ۱۴ ماه برای تعمیر بسته بود، در ژوئن بازگشایی خواهد شد."],
    [MEASLES, "وزارت بهداشت کنیا اعلام کرد ۸۵ درصد کودکان کمتر از پنج سال واکسن سرخک دریافت کرده‌اند."],
    [
      TURNOUT,
      "تنها ۲۷ درصد واجدان شرایط در انتخابات ریاست‌جمهوری نیجریه رأی دادند؛ کمترین میزان مشارکت در تاریخ این کشور.",
    ],
    [JOBLESS, "بیکاری در اسپانیا در فصل دوم سال به ۱۱٫۶ درصد رسید."],
    [OIL, "صادرات نفت عراق در ژانویه به طور متوسط به ۳٫۴ میلیون بشکه در روز رسید."],
    [QUAKE, "زمین‌لرزه فوریه ترکیه بیش از ۵۰٬۰۰۰ کشته برجای گذاشت."],
  ]),

  ...group("number-words", "en", [
    [ARRESTS, "Around twenty thousand people have been arrested in connection with the protests so far."],
    [ARRESTS, "Roughly 20 thousand people have been arrested over the protests, rights groups estimate."],
    [ARRESTS, "An estimated 20000 people have been detained in connection with the protests."],
    [ARRESTS, "Twenty thousand people have been arrested in connection with the protests so far, rights groups say."],
    [DEATH, "One hundred prisoners may face the death penalty, the group estimates."],
    [DEATH, "About a hundred prisoners could face the death penalty."],
    [BRIDGE, "The Galata Bridge in Istanbul will reopen to traffic in June after fourteen months of repairs."],
    [MEASLES, "Kenya has vaccinated 85% of children under five against measles."],
    [MEASLES, "Eighty-five percent of children under five in Kenya have been vaccinated against measles."],
    [TURNOUT, "Turnout in Nigeria's presidential election was 27%, the lowest on record."],
    [
      TURNOUT,
      "Just twenty-seven percent of voters turned out for Nigeria's presidential election, the lowest on record.",
    ],
    [JOBLESS, "Spain's unemployment rate fell to 11.6% in the second quarter."],
    [OIL, "Iraq exported an average of 3,400,000 barrels of oil a day in January."],
    [OIL, "Iraq's oil exports averaged 3.4m barrels a day in January."],
    [QUAKE, "The February earthquake in Turkey killed more than fifty thousand people."],
    [QUAKE, "More than 50 thousand people were killed in Turkey's February earthquake."],
  ]),
  ...group("number-words", "fa", [
    [ARRESTS, "تاکنون حدود بیست هزار نفر در ارتباط با اعتراضات بازداشت شده‌اند."],
    [ARRESTS, "گروه‌های حقوق بشری می‌گویند ٢٠٠٠٠ نفر در جریان اعتراضات دستگیر شده‌اند."],
    [ARRESTS, "شمار بازداشت‌شدگان اعتراضات تاکنون به 20,000 نفر رسیده است."],
    [DEATH, "حدود صد زندانی ممکن است با مجازات اعدام روبه‌رو شوند."],
    [DEATH, "حدود ١٠٠ زندانی در خطر مجازات اعدام هستند."],
    [CUSTOM, "عفو برخی زندانیان به فرمان خامنه‌ای رویه‌ای معمول پیش از سالگرد انقلاب ۵۷ است."],
    [BRIDGE, "پل گالاتا در استانبول پس از چهارده ماه تعمیر، در ژوئن به روی ترافیک باز می‌شود."],
    [MEASLES, "کنیا ۸۵٪ کودکان زیر پنج سال را در برابر سرخک واکسینه کرده است."],
    [MEASLES, "کنیا هشتاد و پنج درصد کودکان زیر پنج سال را علیه سرخک واکسینه کرده است."],
    [TURNOUT, "میزان مشارکت در انتخابات ریاست‌جمهوری نیجریه 27 درصد بود که کمترین رقم ثبت‌شده است."],
    [JOBLESS, "نرخ بیکاری اسپانیا در سه‌ماهه دوم به ۱۱.۶ درصد رسید."],
    [JOBLESS, "نرخ بیکاری در اسپانیا در سه ماهه دوم سال به ۱۱٫۶٪ کاهش یافت."],
    [OIL, "عراق در ژانویه روزانه به طور میانگین ۳٬۴۰۰٬۰۰۰ بشکه نفت صادر کرد."],
    [OIL, "عراق در ماه ژانویه به‌طور میانگین روزانه 3.4 میلیون بشکه نفت صادر کرد."],
    [QUAKE, "زلزله ماه فوریه در ترکیه جان بیش از پنجاه هزار نفر را گرفت."],
    [QUAKE, "زلزله فوریه در ترکیه جان بیش از ۵۰٬۰۰۰ نفر را گرفت."],
  ]),

  ...group("negation", "en", [
    [null, "It is not true that 20,000 people have been arrested in connection with the protests."],
    [null, "Officials denied that around 20,000 people had been arrested during the protests."],
    [
      null,
      "Not 20,000 but about 2,000 people have been arrested in connection with the protests, the judiciary claimed.",
    ],
    [null, "The claim that 20,000 protesters were detained is false, the interior ministry said."],
    [null, "No prisoners face the death penalty, the judiciary insisted."],
    [null, "The group said it was false that 100 prisoners may face the death penalty."],
    [null, "There is no evidence that 100 prisoners may face the death penalty, the judiciary said."],
    [null, "Khamenei has not issued any amnesty for tens of thousands of prisoners, a state official said."],
    [null, "The supreme leader never pardoned the protesters arrested during the anti-government rallies."],
    [null, "Prisoners do not need to express regret or give a written commitment in order to be pardoned."],
    [null, "The judiciary denied that Khamenei's pardons usually come before the anniversary of the 1979 revolution."],
    [null, "Contrary to reports, Khamenei's amnesty order does include dual-national prisoners."],
    [null, "The Galata Bridge will not reopen to traffic in June, despite 14 months of repairs."],
    [null, "Kenya has not vaccinated 85 percent of children under five against measles, the WHO said."],
    [null, "Turnout in Nigeria's presidential election was not 27 percent, the commission clarified."],
    [null, "Spain's unemployment rate did not fall to 11.6 percent in the second quarter."],
    [null, "Iraq never exported 3.4 million barrels of oil a day in January, analysts said."],
    [null, "Officials denied that the February earthquake in Turkey killed more than 50,000 people."],
  ]),
  ...group("negation", "fa", [
    [null, "این ادعا که تاکنون ۲۰ هزار نفر در اعتراضات بازداشت شده‌اند درست نیست."],
    [null, "مقامات قضایی بازداشت ۲۰٬۰۰۰ نفر در جریان اعتراضات را تکذیب کردند."],
    [null, "قوه قضاییه می‌گوید هیچ زندانی‌ای با مجازات اعدام روبه‌رو نیست."],
    [null, "گزارش‌ها درباره احتمال اعدام ۱۰۰ زندانی نادرست است."],
    [null, "خامنه‌ای هیچ فرمانی برای عفو ده‌ها هزار زندانی صادر نکرده است."],
    [null, "برای عفو، لازم نیست متهمان ابراز ندامت کنند یا تعهد کتبی بدهند."],
    [null, "عفو زندانیان پیش از سالگرد انقلاب ۱۳۵۷ هرگز رویه‌ای معمول نبوده است."],
    [null, "برخلاف برخی گزارش‌ها، فرمان عفو خامنه‌ای زندانیان دوتابعیتی و متهمان به افساد فی‌الارض را هم در بر می‌گیرد."],
    [null, "سازمان مدیریت بحران ترکیه کشته شدن بیش از ۵۰ هزار نفر در زلزله فوریه را تکذیب کرد."],
    [null, "کنیا هنوز ۸۵ درصد کودکان زیر پنج سال را در برابر سرخک واکسینه نکرده است."],
    [null, "میزان مشارکت در انتخابات ریاست‌جمهوری نیجریه ۲۷ درصد نبود."],
    [null, "عراق در ژانویه روزانه ۳٫۴ میلیون بشکه نفت صادر نکرد."],
    [null, "نرخ بیکاری اسپانیا در سه‌ماهه دوم به ۱۱٫۶ درصد کاهش نیافت."],
    [null, "پل گالاتا در استانبول برخلاف وعده‌ها در ژوئن بازگشایی نخواهد شد."],
  ]),

  ...group("near-miss-number", "en", [
    [null, "Around 2,000 people have been arrested in connection with the protests so far."],
    [
      null,
      "Human rights groups estimate that around 200,000 people have been arrested in connection with the protests.",
    ],
    [null, "Police said some 1,200 protesters had been detained over the weekend."],
    [null, "Around 10 prisoners may face the death penalty, the group said."],
    [null, "The group estimates that about 1,000 prisoners may face the death penalty."],
    [null, "Ayatollah Ali Khamenei has issued an amnesty for about 2,000 prisoners, including some protesters."],
    [null, "The Galata Bridge in Istanbul will reopen to traffic in June after 4 months of repairs."],
    [null, "Officials said the Galata Bridge would reopen in June after 24 months of repairs."],
    [null, "Kenya has vaccinated 58 percent of children under five against measles."],
    [null, "Only 65 percent of Kenyan children under five have been vaccinated against measles."],
    [null, "Turnout in Nigeria's presidential election was 35 percent, up from the last vote."],
    [null, "Nigeria's electoral commission put turnout in the presidential election at 72 percent."],
    [null, "Spain's unemployment rate fell to 12.6 percent in the second quarter."],
    [null, "Spain's unemployment rate rose to 13.1 percent in the first quarter."],
    [null, "Iraq exported an average of 4.3 million barrels of oil a day in January."],
    [null, "Iraq's oil exports averaged 2.9 million barrels a day in January."],
    [null, "The February earthquake in Turkey killed more than 5,000 people, officials said in the first days."],
    [null, "The earthquake in Turkey left more than 150,000 people homeless."],
  ]),
  ...group("near-miss-number", "fa", [
    [null, "تاکنون حدود ۲ هزار نفر در ارتباط با اعتراضات بازداشت شده‌اند."],
    [null, "گروه‌های حقوق بشری می‌گویند حدود ۲۰۰٬۰۰۰ نفر در جریان اعتراضات بازداشت شده‌اند."],
    [null, "حدود ۱۰ زندانی ممکن است با مجازات اعدام روبه‌رو شوند."],
    [null, "به گفته این گروه، حدود 1000 زندانی در خطر مجازات اعدام قرار دارند."],
    [null, "آیت‌الله خامنه‌ای فرمان عفو حدود ۲ هزار زندانی را صادر کرد."],
    [null, "پل گالاتا در استانبول پس از ۴ ماه تعمیر، در ماه ژوئن بازگشایی می‌شود."],
    [null, "کنیا ۵۸ درصد کودکان زیر پنج سال را در برابر سرخک واکسینه کرده است."],
    [null, "میزان مشارکت در انتخابات ریاست‌جمهوری نیجریه ۳۵ درصد بود."],
    [null, "نرخ بیکاری اسپانیا در سه‌ماهه دوم به ۱۲٫۶ درصد کاهش یافت."],
    [null, "عراق در ماه ژانویه روزانه به طور میانگین ۴٫۳ میلیون بشکه نفت صادر کرد."],
    [null, "زلزله ماه فوریه در ترکیه جان بیش از ۵ هزار نفر را گرفت."],
    [null, "زلزله فوریه در ترکیه بیش از ۱۵۰ هزار نفر را بی‌خانمان کرد."],
  ]),

  ...group("near-miss-place", "en", [
    [null, "The main bridge in Ankara will reopen to traffic in June after 14 months of repairs."],
    [null, "Belgrade's Gazela Bridge will reopen to traffic in June after 14 months of repairs."],
    [null, "Uganda has vaccinated 85 percent of children under five against measles."],
    [null, "Tanzania says it has vaccinated 85 percent of children under five against measles."],
    [null, "Turnout in Ghana's presidential election was 27 percent, the lowest on record."],
    [null, "Only 27 percent of voters took part in Egypt's presidential election."],
    [null, "Turnout in Kenya's presidential election was 27 percent."],
    [null, "Portugal's unemployment rate fell to 11.6 percent in the second quarter."],
    [null, "Greece's unemployment rate fell to 11.6 percent in the second quarter."],
    [null, "Kuwait exported an average of 3.4 million barrels of oil a day in January."],
    [null, "Iran exported an average of 3.4 million barrels of oil a day in January, tanker trackers said."],
    [null, "The February earthquake in Syria killed more than 50,000 people."],
    [null, "The earthquake in Morocco killed more than 50,000 people, early reports claimed."],
    [null, "Around 20,000 people have been arrested in Belarus in connection with the protests so far."],
    [null, "In Saudi Arabia, around 100 prisoners may face the death penalty, rights groups say."],
    [
      null,
      "Turkmenistan's president issued an amnesty for tens of thousands of prisoners, including protesters arrested during anti-government rallies.",
    ],
  ]),
  ...group("near-miss-place", "fa", [
    [null, "پل اصلی آنکارا پس از ۱۴ ماه تعمیر، در ماه ژوئن به روی ترافیک بازگشایی می‌شود."],
    [null, "پلی در ازمیر پس از ۱۴ ماه تعمیر در ژوئن بازگشایی می‌شود."],
    [null, "اوگاندا ۸۵ درصد کودکان زیر پنج سال را در برابر سرخک واکسینه کرده است."],
    [null, "تانزانیا می‌گوید ۸۵ درصد کودکان زیر پنج سال را علیه سرخک واکسینه کرده است."],
    [null, "میزان مشارکت در انتخابات ریاست‌جمهوری غنا ۲۷ درصد بود که پایین‌ترین رقم ثبت‌شده است."],
    [null, "مشارکت در انتخابات ریاست‌جمهوری مصر تنها ۲۷ درصد بود."],
    [null, "نرخ بیکاری پرتغال در سه‌ماهه دوم به ۱۱٫۶ درصد کاهش یافت."],
    [null, "نرخ بیکاری یونان در سه‌ماهه دوم به 11.6 درصد رسید."],
    [null, "کویت در ماه ژانویه به‌طور میانگین روزانه ۳٫۴ میلیون بشکه نفت صادر کرد."],
    [null, "ایران در ژانویه روزانه ۳٫۴ میلیون بشکه نفت صادر کرد."],
    [null, "زلزله ماه فوریه در سوریه جان بیش از ۵۰ هزار نفر را گرفت."],
    [null, "زلزله مراکش جان بیش از ۵۰ هزار نفر را گرفت."],
    [null, "در بلاروس تاکنون حدود ۲۰ هزار نفر در ارتباط با اعتراضات بازداشت شده‌اند."],
  ]),

  ...group("unrelated", "en", [
    [
      null,
      "Saeed Dehghan, the lawyer of several political activists, called the statements of the judiciary authorities an attempt to impose a false narrative.",
    ],
    [null, "A group of Iranian users on Twitter reacted to the news with the hashtag #NeverForget."],
    [null, "The young woman died in September while in custody for allegedly violating the country's head-scarf law."],
    [
      null,
      "This year the order has been issued as the government faces one of the biggest threats to the Islamic leadership since the revolution.",
    ],
    [null, "The weather in Tehran was cold and grey on Friday."],
    [null, "The central bank raised interest rates by half a percentage point on Thursday."],
    [null, "Istanbul's mayor opened a new metro line on the Asian side of the city."],
    [null, "Kenya's marathon runners won three medals at the world championships."],
    [null, "Nigeria's president travelled to London for a medical check-up."],
    [null, "Spain beat Italy two goals to one in the semi-final."],
    [null, "Oil prices rose 2 percent after OPEC announced new output cuts."],
    [null, "Rescue teams in Turkey pulled a child alive from the rubble after 10 days."],
    [null, "Evin prison in Tehran is known for holding political prisoners."],
    [null, "Protesters gathered outside the parliament building in the capital on Sunday."],
    [null, "Lawyers for the detained activists said they had not been allowed to see their clients."],
    [null, "The anniversary of the revolution is marked every year with rallies across the country."],
    [null, "The ministry of health launched a campaign against polio in the north of the country."],
    [null, "Voters in Nigeria will also elect state governors next month."],
  ]),
  ...group("unrelated", "fa", [
    [null, "هوای تهران روز جمعه سرد و ابری بود."],
    [null, "بانک مرکزی روز پنجشنبه نرخ بهره را افزایش داد."],
    [null, "شهردار استانبول یک خط جدید مترو را در بخش آسیایی شهر افتتاح کرد."],
    [null, "گروهی از کاربران ایرانی در توییتر با هشتگ #یادمون_نمیره به این خبر واکنش نشان دادند."],
    [null, "سعید دهقان، وکیل چند فعال سیاسی، اظهارات مقامات قضایی را تلاشی برای تحمیل روایتی دروغین خواند."],
    [null, "تیم ملی فوتبال اسپانیا در نیمه‌نهایی ایتالیا را شکست داد."],
    [null, "قیمت نفت پس از اعلام کاهش تولید اوپک دو درصد افزایش یافت."],
    [null, "امدادگران در ترکیه کودکی را پس از ده روز زنده از زیر آوار بیرون کشیدند."],
    [null, "معترضان روز یکشنبه مقابل ساختمان مجلس تجمع کردند."],
    [null, "وکلای فعالان بازداشت‌شده می‌گویند اجازه ملاقات با موکلان خود را نداشته‌اند."],
    [null, "سالگرد انقلاب هر سال با راهپیمایی در سراسر کشور برگزار می‌شود."],
    [null, "وزارت بهداشت کنیا کارزاری برای ریشه‌کنی فلج اطفال آغاز کرده است."],
    [null, "رأی‌دهندگان نیجریه ماه آینده فرماندار ایالت‌ها را نیز انتخاب خواهند کرد."],
    [null, "زن جوان در شهریور در بازداشت پلیس امنیت اخلاقی جان باخت."],
  ]),
];
