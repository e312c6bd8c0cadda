/** Which module the current deck is: decks carry their module's title (a content test keeps them equal). */
import type { CourseModule } from '../modules'
import { configs } from '@slidev/client'
import { modules } from '../modules'

export function moduleOfDeck(): CourseModule | undefined {
  return modules.find(m => m.title === configs.title)
}
