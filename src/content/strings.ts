/** The English interface strings of every element: buttons, headings, progress. */
import type { LocaleStrings } from './types.js';

export const strings: LocaleStrings = {
  sourcesHeading: 'Sources',
  invalidContent: 'The content given to this widget is not valid, so it shows its built-in content.',

  checklistHeading: 'Push-up form checklist',
  checklistProgress: '{checked} of {total} checked',
  checklistComplete: 'Every cue checked. Nice, careful work.',
  checklistReset: 'Clear all ticks',
  checklistWhy: 'Why it matters',
  checklistMistake: 'Mistake it prevents:',
  checklistForVariation: 'Cues for the {variation}',

  quizHeading: 'Why does my back hurt after push-ups?',
  quizIntro:
    'A short self-check: a few questions about where and when it hurts. It is not a diagnosis and does not replace a doctor or physiotherapist.',
  quizStart: 'Start',
  quizProgress: 'Question {current} of {total}',
  quizNext: 'Next',
  quizBack: 'Back',
  quizSeeResult: 'See result',
  quizPickOne: 'Choose one answer to go on.',
  quizPickAtLeastOne: 'Choose at least one answer, or "None of these", to go on.',
  quizResultHeading: 'Your result',
  quizEmergencyTitle: 'Get emergency help now',
  quizEmergencyCallLocal: 'Call your local emergency number now, or go to an emergency department.',
  quizEmergencyCallNumber: 'Call {number} now, or go to an emergency department.',
  quizSeeDoctorTitle: 'Talk to a doctor',
  quizSelfCareTitle: 'What may be going on',
  quizLikelyCauses: 'Likely causes, most likely first',
  quizWhatToTry: 'What to try',
  quizCuesToCheck: 'Form cues to check',
  quizEasierVariations: 'Easier variations to try',
  quizNotAdvice:
    'This self-check gives general information, not medical advice or a diagnosis. If you are worried, or the pain is bad or does not go away, see a doctor or physiotherapist.',
  quizRestart: 'Start again',
  quizPrint: 'Print',

  cardBackRisk: 'Back risk',
  cardShoulderRisk: 'Shoulder risk',
  cardRiskLow: 'Low',
  cardRiskModerate: 'Moderate',
  cardRiskHigh: 'High',
  cardMuscles: 'Muscles worked',
  cardSuits: 'Suits',
  cardSkipIf: 'Skip it if',
  cardKeyCues: 'Key cues',
  cardEasier: 'Easier: {name}',
  cardHarder: 'Harder: {name}',
  cardUnknown: 'There is no push-up variation called "{id}". Known variations: {known}.',
  cardMissing: 'Choose a push-up variation to show. Known variations: {known}.',
};
