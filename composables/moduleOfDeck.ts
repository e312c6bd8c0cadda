/**
 * Which module the current deck is: decks carry their module's title, or in a translation the module's
 * title in that language (scripts/content.ts keeps them equal).
 */
import type { CourseModule } from '../modules'
import { configs } from '@slidev/client'
import { modules } from '../modules'

export function moduleOfDeck(): CourseModule | undefined {
  return modules.find(m => m.title === configs.title || Object.values(m.translations ?? {}).some(t => t.title === configs.title))
}
