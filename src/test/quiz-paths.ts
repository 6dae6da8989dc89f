/** Paths through the self-check that several test files walk, as answer ids by question id. */

/** "None of these" to every red flag, and 16 or over: the way to where, when and how it hurts. */
export const calmFlags: Readonly<Record<string, string[]>> = {
  'emergency-symptoms': ['none'],
  'chest-symptoms': ['none'],
  'urgent-symptoms': ['none'],
  'health-history': ['none'],
  age: ['16-or-over'],
  'see-someone-soon': ['none'],
};
