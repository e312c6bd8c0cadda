/**
 * Victim-blaming phrasings to avoid, copied (lower-cased) from the fact sheet
 * `../shared/facts/accountability-safety.md`, "Victim-blaming phrasings to avoid", items 1 to 8.
 * `tests/content/safety-language.test.ts` fails if any of them appears in the safety module outside
 * the places that explain why it is harmful.
 */
export const blamingPhrases: string[] = [
  // 1
  'why did you send it',
  'you shouldn\'t have taken those photos',
  // 2
  'her leaked mms',
  'leaked mms',
  'mms scandal',
  'leaked video of',
  // 3
  'revenge porn',
  // 4
  'you fell for a scam',
  'how could you be so naive',
  // 5
  'you should have locked your phone',
  'not given it to the repair shop',
  // 6
  'just ignore it',
  'it\'ll blow over',
  'nothing can be done once it\'s online',
  // 7
  'victim\'s nude photos',
  'explicit pictures of the girl',
  // 8
  'child pornography',
]

/**
 * Uses that are not blaming: the UK service's own name (the fact sheet says naming the service is fine).
 * Removed from the text before the check.
 */
export const allowedUses: string[] = [
  'revenge porn helpline',
]

/**
 * The same eight kinds of phrasing in Hindi, as Hindi media and advice write them (the Hindi edition is
 * checked against these and the English ones: it quotes English terms too). Lower-case has no effect on
 * Devanagari; both spellings of the nukta letters are listed where both are common.
 */
export const blamingPhrasesHi: string[] = [
  // 1
  'भेजी ही क्यों',
  'भेजा ही क्यों',
  'खींची ही क्यों',
  'खींचनी ही नहीं चाहिए थी',
  // 2
  'लीक एमएमएस',
  'एमएमएस लीक',
  'एमएमएस कांड',
  'एमएमएस स्कैंडल',
  'का लीक वीडियो',
  // 3
  'रिवेंज पोर्न',
  // 4
  'ठगी में फंस गए',
  'ठगी में फँस गए',
  'इतने भोले कैसे',
  'इतनी भोली कैसे',
  // 5
  'फोन लॉक करना चाहिए था',
  'फ़ोन लॉक करना चाहिए था',
  'रिपेयर शॉप को नहीं देना चाहिए था',
  // 6
  'बस नज़रअंदाज़ करो',
  'बस नजरअंदाज करो',
  'अपने आप ठीक हो जाएगा',
  'ऑनलाइन आने के बाद कुछ नहीं हो सकता',
  // 7
  'पीड़िता की नंगी तस्वीरें',
  'लड़की की अश्लील तस्वीरें',
  // 8
  'चाइल्ड पोर्नोग्राफी',
  'बाल पोर्नोग्राफी',
]
