/**
 * Vocabulary for the synthetic benchmark cards: news words per language,
 * most frequent first (the generator draws them with a Zipf-like skew, so
 * the first words of each list are the "common words" searches use).
 */

export const LANGS = ["en", "fa", "de", "es"] as const;
export type BenchLang = (typeof LANGS)[number];

/** Share of cards written in each language. */
export const LANG_WEIGHTS: Record<BenchLang, number> = { en: 0.5, fa: 0.25, de: 0.15, es: 0.1 };

export const WORDS: Record<BenchLang, readonly string[]> = {
  en: `government president minister prisoners protesters report million percent police economy inflation
    election court law arrests amnesty sanctions oil prices state media officials activists rights women
    parliament unemployment energy electricity housing rent taxes budget debt pensions health hospital
    vaccine education school teachers migration border crime statistics billion year years month study
    survey party opposition climate emissions drought water farming exports imports industry wages poverty
    children families ruling constitution spokesperson statement claim newspaper citizens cities region
    security military corruption contract company tourism transport internet data iran tehran judiciary
    execution death penalty released pardoned lawyers human international united nations record highest
    lowest doubled tripled fell rose increase decrease average total number agency ministry council bank
    currency refugees journalists censorship strike workers factory students university doctors nurses
    earthquake flood pollution air wheat imports cars gasoline subsidies`.split(/\s+/),
  fa: `ایران دولت زندانی معترضان گزارش میلیون درصد پلیس اقتصاد تورم انتخابات دادگاه قانون بازداشت عفو تحریم
    نفت قیمت رسانه مقامات فعالان حقوق زنان مجلس بیکاری انرژی برق مسکن اجاره مالیات بودجه بدهی سلامت
    بیمارستان واکسن آموزش مدرسه معلمان مهاجرت مرز جرم آمار میلیارد سال ماه پژوهش نظرسنجی حزب مخالفان
    اقلیم خشکسالی آب کشاورزی صادرات واردات صنعت دستمزد فقر کودکان خانواده حکم سخنگو بیانیه ادعا روزنامه
    شهروندان شهرها استان امنیت ارتش فساد قرارداد شرکت اینترنت تهران قوه قضاییه اعدام آزادی وکلا بشر
    سازمان ملل رکورد افزایش کاهش میانگین وزارت بانک ریال دلار پناهجویان خبرنگاران سانسور اعتصاب کارگران
    دانشجویان دانشگاه پزشکان پرستاران زلزله سیل آلودگی هوا گندم خودرو بنزین یارانه`.split(/\s+/),
  de: `Regierung Kanzler Minister Gefangene Demonstranten Bericht Millionen Prozent Polizei Wirtschaft Inflation
    Wahl Gericht Gesetz Festnahmen Amnestie Sanktionen Preise Medien Behörden Aktivisten Rechte Frauen Bundestag
    Arbeitslosigkeit Energie Strom Wohnungen Mieten Steuern Haushalt Schulden Rente Gesundheit Krankenhaus
    Impfung Bildung Schule Lehrer Migration Grenze Kriminalität Statistik Milliarden Jahr Jahren Monat Studie
    Umfrage Partei Opposition Klima Emissionen Dürre Wasser Landwirtschaft Export Import Industrie Löhne Armut
    Kinder Familien Urteil Verfassung Sprecher Aussage Behauptung Zeitung Bürger Städte Länder Sicherheit
    Bundeswehr Korruption Vertrag Unternehmen Internet Verkehr Bahn Kohle Windkraft Mindestlohn Europa`.split(/\s+/),
  es: `gobierno presidente ministro presos manifestantes informe millones porcentaje policía economía inflación
    elecciones tribunal ley detenciones amnistía sanciones petróleo precios medios funcionarios activistas
    derechos mujeres congreso desempleo energía electricidad vivienda alquiler impuestos presupuesto deuda
    pensiones salud hospital vacuna educación escuela maestros migración frontera delitos estadística año años
    mes estudio encuesta partido oposición clima emisiones sequía agua agricultura exportaciones importaciones
    industria salarios pobreza niños familias sentencia constitución portavoz declaración afirmación periódico
    ciudadanos ciudades región seguridad ejército corrupción contrato empresa turismo transporte internet datos`.split(
    /\s+/,
  ),
};

/** Who made the claims, per language. */
export const CLAIMANTS: Record<BenchLang, readonly string[]> = {
  en: [
    "State media",
    "The interior ministry",
    "The prime minister's office",
    "The opposition leader",
    "The central bank",
    "A government spokesperson",
    "The health ministry",
    "A member of parliament",
    "The mayor's office",
    "A viral social media post",
  ],
  fa: [
    "رسانه‌های دولتی",
    "وزارت کشور",
    "سخنگوی دولت",
    "قوه قضاییه",
    "رئیس مجلس",
    "خبرگزاری رسمی",
    "وزیر بهداشت",
    "یک نماینده مجلس",
    "شهرداری تهران",
    "یک پست پربازدید در شبکه‌های اجتماعی",
  ],
  de: [
    "Die Bundesregierung",
    "Das Finanzministerium",
    "Die Oppositionsführerin",
    "Ein Abgeordneter",
    "Die Bundesbank",
    "Ein Regierungssprecher",
    "Ein viraler Beitrag",
  ],
  es: [
    "El gobierno",
    "El Ministerio de Salud",
    "La oposición",
    "Un diputado",
    "El banco central",
    "Una portavoz del gobierno",
    "Una publicación viral",
  ],
};

export const PUBLISHERS = [
  "News Example",
  "Daily Example",
  "Radio Example",
  "Example Tribune",
  "Example Wire",
  "Example Gazette",
];
export const REVIEWERS = [
  { name: "claimcards demo desk", url: "https://cards.example.org/about" },
  { name: "Example Fact Check", url: "https://factcheck.example/about" },
  { name: "Persian Check Desk", url: "https://fa-check.example/" },
];
export const PEOPLE = [
  "Maryam Ahmadi",
  "Daniel Okafor",
  "Sara Rahimi",
  "Jonas Weber",
  "Lucía Fernández",
  "Omid Karimi",
  "Anna Schmidt",
  "Carlos Ruiz",
  "Leila Hosseini",
  "Tom Baker",
];
export const TAGS = [
  "iran",
  "amnesty",
  "protests",
  "economy",
  "health",
  "elections",
  "climate",
  "migration",
  "courts",
  "media",
  "energy",
  "security",
];
/** ASCII words for card ids and article slugs. */
export const SLUG_WORDS =
  `amnesty prisoners arrests protest inflation budget election court oil prices rent vaccine school
  border drought wages pension tax police report media ruling debt energy water wheat strike`.split(/\s+/);
