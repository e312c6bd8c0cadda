declare module 'virtual:course-quizzes' {
  import type { LoadedQuiz } from '../quizzes/engine/schema'

  export const quizzes: LoadedQuiz[]
}
