/**
 * Helplines for the "Get help" panel and the helplines slide of the safety module.
 * Only services confirmed in `../shared/facts/accountability-safety.md` (section B5, F97 to F100).
 * Everything here is time-sensitive: each entry says when it was last checked (`asOf`) and links the
 * page it came from (`source`). Re-check numbers and hours before every release.
 * Nothing about the learner's choice of country is stored: the panel keeps it in memory only.
 */

import { countryTextsHi, helplineTextsHi } from './helplines-hi.ts'

export type CountryCode = 'in' | 'uk' | 'us' | 'eu' | 'other'

export interface Helpline {
  /** Stable key, also used by the tests. */
  id: string
  name: string
  /** What it helps with, in plain words. */
  helpsWith: string
  /** As written to be dialled; omitted when the service has no phone line in our sources. */
  phone?: string
  /** The service's own page, when our sources give one. */
  url?: string
  /** Opening hours, only when the fact sheet confirms them. */
  hours?: string
  /** Where this entry was checked. */
  source: string
  /** When it was checked (the fact sheet's research date). */
  asOf: string
}

export interface Country {
  code: CountryCode
  label: string
  /** A line shown above the list, e.g. what to do in an emergency. */
  note: string
  helplines: Helpline[]
}

const checked = 'mid-2026'

/** Hash-based takedown works from any country (F100). */
const hashTools: Helpline[] = [
  {
    id: 'stopncii',
    name: 'StopNCII.org',
    helpsWith: 'Adults (images taken at 18 or over): blocks copies on partner platforms; the image stays on your device.',
    url: 'https://stopncii.org',
    source: 'https://stopncii.org/gyik',
    asOf: checked,
  },
  {
    id: 'take-it-down',
    name: 'Take It Down (NCMEC)',
    helpsWith: 'Images taken when the person was under 18, even if they are an adult now; can be used anonymously.',
    url: 'https://takeitdown.ncmec.org',
    source: 'https://www.wtap.com/prnewswire/2023/02/27/ncmec-launches-new-service-that-can-help-you-take-it-down/',
    asOf: checked,
  },
]

export const countries: Country[] = [
  {
    code: 'in',
    label: 'India',
    note: 'In immediate danger: call 112.',
    helplines: [
      {
        id: 'in-1930',
        name: 'National cyber-crime helpline',
        helpsWith: 'Help with reporting a cyber crime; priority for money fraud. Opening hours could not be confirmed.',
        phone: '1930',
        source: 'https://www.thehindu.com/sci-tech/technology/how-to-file-a-cyber-crime-complaint-online/article68568356.ece',
        asOf: checked,
      },
      {
        id: 'in-ncrp',
        name: 'National Cyber Crime Reporting Portal',
        helpsWith: 'Report online crime against women or children, including anonymously, and track a complaint.',
        url: 'https://cybercrime.gov.in',
        source: 'https://www.business-standard.com/article/current-affairs/in-pics-here-s-all-you-need-to-know-about-reporting-a-cybercrime-in-india-120071300525_1.html',
        asOf: checked,
      },
      {
        id: 'in-181',
        name: 'Women\'s helpline',
        helpsWith: 'Support for women; One Stop Centres help with complaints, legal aid and counselling.',
        phone: '181',
        source: 'http://endnowfoundation.org/report-a-cyber-crime',
        asOf: checked,
      },
      {
        id: 'in-112',
        name: 'Police emergency',
        helpsWith: 'Immediate danger.',
        phone: '112',
        source: 'http://endnowfoundation.org/report-a-cyber-crime',
        asOf: checked,
      },
      ...hashTools,
    ],
  },
  {
    code: 'uk',
    label: 'UK',
    note: 'In immediate danger: call 999. Police non-emergency: 101.',
    helplines: [
      {
        id: 'uk-rph',
        name: 'Revenge Porn Helpline',
        helpsWith: 'Adults (18 and over) facing intimate image abuse: advice, reporting and takedown.',
        phone: '0345 6000 459',
        url: 'https://revengepornhelpline.org.uk',
        hours: '10:00 to 16:00, Monday to Friday, not bank holidays',
        source: 'https://revengepornhelpline.org.uk/faq/',
        asOf: checked,
      },
      {
        id: 'uk-report-remove',
        name: 'Report Remove (Childline and the Internet Watch Foundation)',
        helpsWith: 'Young people under 18 in the UK: report a nude image of yourself so it can be removed.',
        source: 'https://youthworkunit.com/news/nca-issues-urgent-warning-about-sextortion-and-what-to-do/',
        asOf: checked,
      },
      {
        id: 'uk-police',
        name: 'Police',
        helpsWith: 'Report a crime: 101 (non-emergency) or 999 (immediate danger).',
        phone: '101',
        source: 'https://youthworkunit.com/news/nca-issues-urgent-warning-about-sextortion-and-what-to-do/',
        asOf: checked,
      },
      ...hashTools,
    ],
  },
  {
    code: 'us',
    label: 'US',
    note: 'In crisis: call or text 988. In immediate danger: call your local emergency number.',
    helplines: [
      {
        id: 'us-ccri',
        name: 'CCRI Image Abuse Helpline',
        helpsWith: 'Image-based sexual abuse, including sextortion and fakes.',
        phone: '844-878-2274',
        url: 'https://cybercivilrights.org',
        hours: '24/7 (as described by the DOJ Office for Victims of Crime)',
        source: 'https://ovc.ojp.gov/funding/awards/15povc-23-gk-01579-nonf',
        asOf: checked,
      },
      {
        id: 'us-cybertipline',
        name: 'NCMEC CyberTipline',
        helpsWith: 'Report sexual exploitation of anyone under 18, including sextortion.',
        phone: '1-800-843-5678',
        url: 'https://report.cybertip.org',
        source: 'https://rainn.org/2025/06/24/what-should-you-do-if-you-or-your-child-has-been-victimized',
        asOf: checked,
      },
      {
        id: 'us-fbi',
        name: 'FBI tips',
        helpsWith: 'Report sextortion and other crimes to the FBI.',
        phone: '1-800-CALL-FBI',
        url: 'https://tips.fbi.gov',
        source: 'https://www.shorelineareanews.com/2024/01/fbi-warns-about-financially-motivated.html',
        asOf: checked,
      },
      {
        id: 'us-988',
        name: '988 Suicide and Crisis Lifeline',
        helpsWith: 'Emotional crisis: call or text 988.',
        phone: '988',
        source: 'https://rainn.org/2025/06/24/what-should-you-do-if-you-or-your-child-has-been-victimized',
        asOf: checked,
      },
      ...hashTools,
    ],
  },
  {
    code: 'eu',
    label: 'EU',
    note: 'In danger: call your local emergency number. Our research found no EU-wide helpline for image abuse; the tools below work from every EU country.',
    helplines: [...hashTools],
  },
  {
    code: 'other',
    label: 'Other',
    note: 'In danger: call your local emergency number and contact local police. These tools work from any country.',
    helplines: [...hashTools],
  },
]

/** The panel's words in other languages; numbers, addresses, names, sources and dates stay the ones above. */
const translations: Record<string, { countries: Record<CountryCode, { label: string, note: string }>, helplines: Record<string, { helpsWith: string, hours?: string }> }> = {
  hi: { countries: countryTextsHi, helplines: helplineTextsHi },
}

/** The countries and their helplines in `lang`, in the same order (India first), English where there is no translation. */
export function countriesIn(lang: string): Country[] {
  const t = translations[lang]
  if (!t)
    return countries
  return countries.map(c => ({
    ...c,
    ...t.countries[c.code],
    helplines: c.helplines.map(h => ({ ...h, helpsWith: t.helplines[h.id]?.helpsWith ?? h.helpsWith, ...(h.hours ? { hours: t.helplines[h.id]?.hours ?? h.hours } : {}) })),
  }))
}

export function findCountry(code: CountryCode, lang = 'en'): Country {
  const list = countriesIn(lang)
  return list.find(c => c.code === code) ?? list[list.length - 1]!
}
