/** Finding phone numbers in course text (scripts/phones.ts): what counts as a number, and what does not. */
import { describe, expect, it } from 'vitest'
import { dialKey, phoneNumbersIn } from '../../scripts/phones.ts'

describe('phoneNumbersIn', () => {
  it('finds grouped numbers, US letter numbers and bold short codes as written', () => {
    expect(phoneNumbersIn('Revenge Porn Helpline **0345 6000 459** (10:00 to 16:00)')).toEqual(['0345 6000 459'])
    expect(phoneNumbersIn('CCRI 844-878-2274; NCMEC 1-800-843-5678; FBI 1-800-CALL-FBI')).toEqual(['844-878-2274', '1-800-843-5678', '1-800-CALL-FBI'])
    expect(phoneNumbersIn('helpline **1930**; women\'s helpline **181**; emergency **112**')).toEqual(['1930', '181', '112'])
  })

  it('ignores dates, figures, times, years and short numbers that are not in bold', () => {
    for (const text of ['1 May to 31 Oct 2022', '79,404 people', 'from 14 and 25 Apr 2024', 'weekdays 10:00 to 16:00', 'in 2018 2019 2020 2021 2022', 'call 1930 today', `viewBox='0 0 16 16'`, '**72 hours**'])
      expect(phoneNumbersIn(text), text).toEqual([])
  })
})

describe('dialKey', () => {
  it('keeps only what is dialled, so spacing and dashes do not matter', () => {
    expect(dialKey('0345 6000 459')).toBe(dialKey('03456000459'))
    expect(dialKey('1-800-call-fbi')).toBe('1800CALLFBI')
  })
})
