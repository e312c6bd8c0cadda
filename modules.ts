/**
 * The one list of course modules. Dev, build, export, the course home and every test loop over it.
 * Adding a module = a deck at `slides/<id>.md`, its quizzes in `quizzes/<id>/`, and one entry here.
 * Adding a language to a module = its deck and quiz folder (see `deckFile`, `quizFolder`) and its code in `languages`.
 */
export interface LearningObjective {
  /** Referenced by `objective:` in quiz questions; each objective needs two or more scored questions. */
  id: string
  text: string
}

export interface CourseModule {
  /** Folder-safe id: the deck is `slides/<id>.md`, quizzes live in `quizzes/<id>/`, the site path is `/<id>/`. */
  id: string
  title: string
  /** Estimated minutes for a self-paced learner. */
  minutes: number
  summary: string
  objectives: LearningObjective[]
  /** The scored module quiz, `<id>/<file>`; its pass mark lives in the quiz file. For the final assessment, its rules file. */
  quiz: string
  /**
   * `assessment`: the final assessment, which draws its questions from every module's banks
   * (quizzes/final/rules.yaml) instead of having a quiz of its own. No LMS package (scripts/package.ts).
   * @default 'module'
   */
  kind?: 'module' | 'assessment'
  /**
   * Languages the module exists in (BCP 47 codes), English first. Each has a deck and quiz folder at
   * `deckFile` and `quizFolder`, and the interface strings in `i18n/<lang>.ts`; a content test checks all three.
   */
  languages: string[]
  /**
   * The module's title, summary and objectives in other languages, by language code. Needed for every
   * language in `languages`; a module not yet translated may still give its title and summary, for the
   * course home in that language (it then says the module is in English).
   */
  translations?: Record<string, ModuleTexts>
}

export interface ModuleTexts {
  title: string
  summary: string
  /** By objective id; required for each of the module's objectives when the module has a deck in this language. */
  objectives?: Record<string, string>
}

/** The module's title, summary and objectives in `lang`, in English where there is no translation. */
export function moduleTexts(mod: CourseModule, lang = 'en'): { title: string, summary: string, objectives: LearningObjective[], lang: string } {
  const t = mod.translations?.[lang]
  if (!t || lang === 'en')
    return { title: mod.title, summary: mod.summary, objectives: mod.objectives, lang: 'en' }
  return { title: t.title, summary: t.summary, objectives: mod.objectives.map(o => ({ id: o.id, text: t.objectives?.[o.id] ?? o.text })), lang }
}

/** One language edition of a module: the original (`lang` 'en') or a translation. */
export interface ModuleEdition {
  mod: CourseModule
  lang: string
  /** Unique name for folders and files: the module id, with the language after it for a translation (`safety-hi`). */
  key: string
}

/** Every language edition of the given modules, each module's original first. */
export function editionsOf(mods: CourseModule[]): ModuleEdition[] {
  return mods.flatMap(mod => mod.languages.map(lang => ({ mod, lang, key: lang === 'en' ? mod.id : `${mod.id}-${lang}` })))
}

/** Site path of a module's edition, from the site root: `safety/`, `hi/safety/`. */
export function modulePath(mod: CourseModule, lang = 'en'): string {
  return lang === 'en' ? `${mod.id}/` : `${lang}/${mod.id}/`
}

/** English is the original: `slides/<id>.md`. A translation: `slides/<lang>/<id>.md`. */
export function deckFile(mod: CourseModule, lang = 'en'): string {
  return lang === 'en' ? `slides/${mod.id}.md` : `slides/${lang}/${mod.id}.md`
}

/** English is the original: `quizzes/<id>/`. A translation: `quizzes/<lang>/<id>/`, same file names and ids. */
export function quizFolder(mod: CourseModule, lang = 'en'): string {
  return lang === 'en' ? `quizzes/${mod.id}` : `quizzes/${lang}/${mod.id}`
}

export const modules: CourseModule[] = [
  {
    id: 'leak-story',
    title: 'Reading a leak story',
    minutes: 15,
    summary: 'A case study: two articles about an "MMSLeaks" event, what can be checked, where they contradict each other, and what documented incidents show instead.',
    objectives: [
      { id: 'claims', text: 'Tell the claims in a leak story that can be checked from those that cannot be checked as written.' },
      { id: 'verify', text: 'Check a claim against primary sources: the author, named organisations, laws, regulator notices and figures.' },
      { id: 'contradictions', text: 'Spot contradictions between two reports of the same event.' },
      { id: 'real-incidents', text: 'Describe what documented messaging-data incidents involved and the public record they left.' },
    ],
    quiz: 'leak-story/final',
    languages: ['en'],
    translations: {
      hi: {
        title: 'लीक की ख़बर को कैसे पढ़ें',
        summary: 'एक केस स्टडी: "MMSLeaks" नाम की एक घटना पर छपे दो लेख, उनमें क्या जाँचा जा सकता है, वे कहाँ एक-दूसरे की बात काटते हैं, और दर्ज घटनाएँ असल में क्या दिखाती हैं। (यह मॉड्यूल अभी अंग्रेज़ी में है)',
      },
    },
  },
  {
    id: 'architecture',
    title: 'Carrier messaging architecture',
    minutes: 35,
    summary: 'How SMS, MMS and RCS move through carriers: the SMSC and MMSC, the MM1 to MM11 reference points, the MMS delivery flow step by step, where copies and metadata sit, and what transport security and end-to-end encryption protect.',
    objectives: [
      { id: 'sms-path', text: 'Trace an SMS through the SMSC, the HLR and SS7/MAP (or the IMS), and name the metadata a carrier records about it.' },
      { id: 'mms-elements', text: 'Name the elements of an MMS network, what each MM reference point connects, and the transport of MM1, MM3, MM4 and MM7.' },
      { id: 'mms-flow', text: 'Put the steps of MMS delivery in order, from M-Send.req to the delivery report and expiry.' },
      { id: 'retention', text: 'Say where copies of a message and its metadata are kept, and what is and is not known about how long.' },
      { id: 'encryption', text: 'Explain what transport security (TLS) protects, what end-to-end encryption adds (RCS with MLS, the Signal protocol, forward secrecy), and what it leaves visible.' },
      { id: 'attack-surface', text: 'Point at each place in the flow where a copy can leak and tie it to a documented incident.' },
    ],
    quiz: 'architecture/final',
    languages: ['en'],
    translations: {
      hi: {
        title: 'टेलीकॉम नेटवर्क में मैसेजिंग का ढाँचा',
        summary: 'SMS, MMS और RCS टेलीकॉम कंपनियों (carriers) के नेटवर्क से कैसे गुज़रते हैं: SMSC और MMSC, MM1 से MM11 तक के reference points, MMS पहुँचने का पूरा क्रम क़दम-दर-क़दम, मैसेज की कॉपियाँ और मेटाडेटा कहाँ रहते हैं, और transport security व end-to-end encryption किस चीज़ को सुरक्षित रखते हैं। (यह मॉड्यूल अभी अंग्रेज़ी में है)',
      },
    },
  },
  {
    id: 'accountability',
    title: 'Vendor accountability',
    minutes: 35,
    summary: 'Who answers for messaging data as it passes from carrier to aggregator, cloud and sub-processor: roles under GDPR and India\'s DPDP Act, breach clocks in the EU, the US and India, real enforcement, and the contract terms and vendor reviews that prevent an open bucket.',
    objectives: [
      { id: 'roles', text: 'For a given leak, say who is controller, processor, sub-processor or joint controller, and what each one owes.' },
      { id: 'clocks', text: 'Say which breach-notification clocks start, when, and whom they require telling in the EU, the US and India.' },
      { id: 'enforcement', text: 'Give documented cases where a regulator held a carrier or a processor to account for a vendor breach, with amounts and dates.' },
      { id: 'cloud', text: 'Explain the cloud shared responsibility model and the usual ways storage ends up exposed.' },
      { id: 'contracts', text: 'Name the contract terms a processor agreement needs: instructions, sub-processors, breach notice, audits, deletion on exit.' },
      { id: 'vendor-review', text: 'Plan a vendor review that would catch a leak early, and say what SOC 2 Type II and ISO/IEC 27001 do and do not prove.' },
    ],
    quiz: 'accountability/final',
    languages: ['en'],
    translations: {
      hi: {
        title: 'वेंडर की जवाबदेही',
        summary: 'मैसेजिंग डेटा जब carrier से aggregator, क्लाउड और sub-processor तक पहुँचता है, तो उसका जवाब कौन देता है: GDPR और भारत के DPDP Act के तहत भूमिकाएँ, EU, अमेरिका और भारत में डेटा उल्लंघन (breach) की सूचना देने की समय-सीमाएँ, असल में हुई कार्रवाइयाँ, और वे अनुबंध की शर्तें व वेंडर की जाँचें जो किसी storage bucket को खुला छूटने से रोकती हैं। (यह मॉड्यूल अभी अंग्रेज़ी में है)',
      },
    },
  },
  {
    id: 'safety',
    title: 'Personal safety: intimate image leaks',
    minutes: 35,
    summary: 'How intimate images get taken or shared without consent, how to lower the risk without blame, and exactly what to do, which laws apply and whom to call if it happens to you or a friend.',
    objectives: [
      { id: 'pathways', text: 'Describe the documented ways intimate images are taken or shared without consent, and why the person who shares them is responsible.' },
      { id: 'reduce-risk', text: 'Choose practical steps that lower the risk (phone security, repairs, consent) without blaming anyone.' },
      { id: 'respond', text: 'Respond to sextortion or a leak: do not pay, stop contact, keep evidence and report.' },
      { id: 'takedown-law', text: 'Explain how hash-based takedown works and what the law says in India, the UK, the US and the EU.' },
      { id: 'support', text: 'Find help by country, support a friend without blame, and explain why spotting fakes by eye is not a defence.' },
    ],
    quiz: 'safety/final',
    languages: ['en', 'hi'],
    translations: {
      hi: {
        title: 'व्यक्तिगत सुरक्षा: निजी तस्वीरों का बिना सहमति के फैलना',
        summary: 'निजी तस्वीरें बिना सहमति के कैसे ली या साझा की जाती हैं, किसी को दोष दिए बिना जोखिम कैसे कम करें, और अगर ऐसा आपके या किसी दोस्त के साथ हो जाए तो ठीक-ठीक क्या करें, कौन-से क़ानून लागू होते हैं और किससे संपर्क करें।',
        objectives: {
          'pathways': 'दर्ज मामलों में सामने आए उन तरीकों के बारे में बताएँ जिनसे निजी तस्वीरें बिना सहमति के ली या साझा की जाती हैं, और समझाएँ कि ज़िम्मेदारी उसी व्यक्ति की है जो उन्हें साझा करता है।',
          'reduce-risk': 'ऐसे व्यावहारिक क़दम चुनें जो किसी को दोष दिए बिना जोखिम कम करें (फ़ोन की सुरक्षा, फ़ोन रिपेयर करवाना, सहमति)।',
          'respond': 'सेक्सटॉर्शन (निजी तस्वीरों के नाम पर धमकी देकर पैसे या और तस्वीरें माँगना) या तस्वीरें लीक होने पर सही क़दम उठाएँ: पैसे न दें, संपर्क बंद करें, सबूत सँभालकर रखें और रिपोर्ट करें।',
          'takedown-law': 'समझाएँ कि हैश (तस्वीर का डिजिटल फिंगरप्रिंट) के ज़रिए हटवाना कैसे काम करता है, और भारत, यूके, अमेरिका और यूरोपीय संघ (EU) में क़ानून क्या कहता है।',
          'support': 'अपने देश के हिसाब से मदद ढूँढें, बिना दोष दिए किसी दोस्त का साथ दें, और समझाएँ कि नकली (fake) तस्वीरों को सिर्फ़ आँखों से देखकर पहचान लेने पर भरोसा करना बचाव क्यों नहीं है।',
        },
      },
    },
  },
  {
    id: 'final',
    kind: 'assessment',
    title: 'Final assessment',
    minutes: 30,
    summary: 'Questions drawn from all four modules, one for each learning objective, with a pass mark of 80% and three attempts. Take it at any time, even before the modules, to test out.',
    objectives: [
      { id: 'all', text: 'Show that you meet the learning objectives of all four modules, and find the section to revisit for any you miss.' },
    ],
    quiz: 'final/rules',
    languages: ['en'],
    translations: {
      hi: {
        title: 'अंतिम मूल्यांकन',
        summary: 'चारों मॉड्यूल से चुने गए प्रश्न, हर सीखने के लक्ष्य के लिए एक; पास होने के लिए 80% चाहिए और तीन प्रयास मिलते हैं। इसे कभी भी दे सकते हैं, मॉड्यूल पढ़ने से पहले भी: विषय पहले से आता हो, तो सीधे इसमें पास होकर देख लें। (यह मूल्यांकन अभी अंग्रेज़ी में है)',
      },
    },
  },
]

/** The modules a learner studies, without the final assessment: what the final draws from and the LMS packages. */
export const learningModules: CourseModule[] = modules.filter(m => m.kind !== 'assessment')

/** The final assessment (the last entry of `modules`). */
export const finalAssessment: CourseModule = modules.find(m => m.kind === 'assessment')!

export function findModule(id: string): CourseModule | undefined {
  return modules.find(m => m.id === id)
}
