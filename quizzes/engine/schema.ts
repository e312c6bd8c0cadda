/**
 * The quiz file schema: the single source of truth for quiz content and its types.
 * Every type used by the engine and the components is inferred from here.
 * Plain TypeScript, no Vue or Slidev imports, so Node tools and tests can use it.
 */
import { z } from 'zod'

/** Lower-case ids such as `mm1-relay`: stable keys for progress, never derived from option text. */
export const Id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'use lower-case letters, digits and dashes, e.g. "sms-store"')

const Text = z.string().trim().min(1, 'must not be empty')

/** Where a fact comes from. A URL is optional only for offline documents such as a printed standard. */
export const Source = z.strictObject({
  title: Text,
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Year and month this source was last checked for a time-sensitive fact, "YYYY-MM" (see docs/authoring.md). */
  checked: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a year and month, "YYYY-MM", e.g. "2026-12"').optional(),
})

const Sources = z.array(Source).min(1, 'every question needs at least one source')

/** Fields every question has. */
const base = {
  id: Id,
  prompt: Text,
  /** Points for a fully correct answer. @default 1 */
  points: z.number().positive().max(10).default(1),
  /** Shown after "Check" and in the instructor edition: the why behind the answer. */
  explanation: Text,
  sources: Sources,
  /** Id of the module learning objective (in modules.ts) this question assesses. */
  objective: Id.optional(),
}

/** A choice option; `feedback` says why choosing it is right or wrong. */
export const Option = z.strictObject({
  id: Id,
  text: Text,
  feedback: Text,
})

const choiceBase = {
  ...base,
  options: z.array(Option).min(2, 'needs at least two options'),
  /** Show options in a per-learner seeded order. @default true */
  shuffle: z.boolean().default(true),
}

export const SingleQuestion = z.strictObject({
  ...choiceBase,
  type: z.literal('single'),
  /** The id of the one correct option. */
  answer: Id,
})

export const MultipleQuestion = z.strictObject({
  ...choiceBase,
  type: z.literal('multiple'),
  /** The ids of every correct option (select all that apply). */
  answer: z.array(Id).min(1, 'needs at least one correct option'),
})

export const TrueFalseQuestion = z.strictObject({
  ...base,
  type: z.literal('true-false'),
  answer: z.boolean(),
  /** Why answering "true" or "false" is right or wrong. */
  feedback: z.strictObject({ true: Text, false: Text }),
})

export const OrderingQuestion = z.strictObject({
  ...base,
  type: z.literal('ordering'),
  /** The items in their correct order; learners see them in a seeded shuffled order. */
  items: z.array(z.strictObject({ id: Id, text: Text })).min(3, 'needs at least three items'),
})

export const MatchingQuestion = z.strictObject({
  ...base,
  type: z.literal('matching'),
  /** Each prompt and the text it matches. The matches of all pairs (plus `distractors`) are the choices. */
  pairs: z.array(z.strictObject({ id: Id, prompt: Text, match: Text })).min(2, 'needs at least two pairs'),
  /** Extra choices that match no prompt. */
  distractors: z.array(z.strictObject({ id: Id, text: Text })).default([]),
})

/** Question types that can stand alone or inside a scenario. */
export const SimpleQuestion = z.discriminatedUnion('type', [
  SingleQuestion,
  MultipleQuestion,
  TrueFalseQuestion,
  OrderingQuestion,
  MatchingQuestion,
])

export const ScenarioQuestion = z.strictObject({
  id: Id,
  type: z.literal('scenario'),
  /** A short case everyone reads first. */
  prompt: Text,
  /** Title shown above the case. */
  title: Text.optional(),
  /** Id of the module learning objective (in modules.ts) the whole case assesses. */
  objective: Id.optional(),
  questions: z.array(SimpleQuestion).min(1, 'needs at least one question about the case'),
})

export const Question = z.discriminatedUnion('type', [
  SingleQuestion,
  MultipleQuestion,
  TrueFalseQuestion,
  OrderingQuestion,
  MatchingQuestion,
  ScenarioQuestion,
])

export const Quiz = z.strictObject({
  title: Text,
  /**
   * `check`: formative, retry allowed, not scored. `scored`: a module quiz with a pass mark.
   * `bank`: extra questions for the final assessment only (no slide of the module shows them).
   */
  kind: z.enum(['check', 'scored', 'bank']),
  /** Percentage needed to pass a scored quiz. */
  passMark: z.number().min(1).max(100).optional(),
  questions: z.array(Question).min(1, 'needs at least one question'),
})

/**
 * The final assessment's rules (`quizzes/final/rules.yaml`): how many questions to draw per learning
 * objective from the module banks (each module's scored quiz and its `bank` quizzes), the pass mark and
 * how many attempts a learner gets. Data, not code, so a trainer can change them.
 */
export const FinalRules = z.strictObject({
  title: Text,
  /** Questions drawn for every learning objective of every module. */
  perObjective: z.number().int().min(1).max(5),
  /** Percentage needed to pass. */
  passMark: z.number().min(1).max(100),
  /** Attempts a learner may start; each one is a new draw. */
  attempts: z.number().int().min(1).max(10),
  /**
   * For each objective, `<module>/<objective>`, the section of the module to revisit when a learner
   * misses it: its heading and slide number (a content test checks the slide has that heading).
   */
  revisit: z.record(z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'use "<module>/<objective>", e.g. "safety/respond"'), z.strictObject({
    section: Text,
    slide: z.number().int().min(1),
  })),
})

export type FinalRules = z.infer<typeof FinalRules>
export type Source = z.infer<typeof Source>
export type Option = z.infer<typeof Option>
export type SingleQuestion = z.infer<typeof SingleQuestion>
export type MultipleQuestion = z.infer<typeof MultipleQuestion>
export type TrueFalseQuestion = z.infer<typeof TrueFalseQuestion>
export type OrderingQuestion = z.infer<typeof OrderingQuestion>
export type MatchingQuestion = z.infer<typeof MatchingQuestion>
export type SimpleQuestion = z.infer<typeof SimpleQuestion>
export type ScenarioQuestion = z.infer<typeof ScenarioQuestion>
export type Question = z.infer<typeof Question>
export type QuizData = z.infer<typeof Quiz>
/** A validated quiz with its id (`<module>/<file name>`), e.g. `leak-story/final`. */
export type LoadedQuiz = QuizData & { id: string, module: string }
