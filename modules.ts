/**
 * The one list of course modules. Dev, build, export, the course home and every test loop over it.
 * Adding a module = a deck at `slides/<id>.md`, its quizzes in `quizzes/<id>/`, and one entry here.
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
  /** The scored module quiz, `<id>/<file>`; its pass mark lives in the quiz file. */
  quiz: string
}

export const modules: CourseModule[] = [
  {
    id: 'leak-story',
    title: 'Reading a leak story',
    minutes: 15,
    summary: 'A case study: two articles about an "MMSLeaks" event, what can be checked, where they contradict each other, and what documented incidents show instead.',
    objectives: [
      { id: 'claims', text: 'Separate the checkable claims in a leak story from the uncheckable ones.' },
      { id: 'verify', text: 'Check a claim against primary sources: named organisations, authors, laws and figures.' },
      { id: 'contradictions', text: 'Spot contradictions between two reports of the same event.' },
      { id: 'real-incidents', text: 'Describe what documented messaging-data incidents actually involved.' },
    ],
    quiz: 'leak-story/final',
  },
]

export function findModule(id: string): CourseModule | undefined {
  return modules.find(m => m.id === id)
}
