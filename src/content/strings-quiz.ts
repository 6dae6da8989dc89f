/** The English interface strings of `<back-pain-quiz>`. */
import type { CommonStringKey, ElementStrings } from './types.js';

export const quizStrings: Omit<ElementStrings<'quiz'>, CommonStringKey> = {
  quizHeading: 'Why does my back hurt after push-ups?',
  quizIntro:
    'A short self-check for people aged 16 and over. It asks about warning signs first, then where and when it hurts. It is not a diagnosis and does not replace a doctor or physiotherapist.',
  quizProgress: 'Question {current} of {total}',
  quizNext: 'Next',
  quizBack: 'Back',
  quizSeeResult: 'See result',
  quizPickOne: 'Choose one answer to go on.',
  quizPickAtLeastOne: 'Choose at least one answer, or "None of these", to go on.',
  quizResultHeading: 'Your result',
  quizEmergencyTitle: 'Get emergency help now',
  quizEmergencyCallLocal:
    "Call your local emergency number now, or go to an emergency department. Don't drive yourself.",
  quizEmergencyCallNumber: "Call {number} now, or go to an emergency department. Don't drive yourself.",
  quizUrgentTitle: 'See a doctor today or tomorrow',
  quizUrgentCallLocal: "If you can't get an appointment, call your local urgent medical advice line.",
  quizUrgentCallNumber: "If you can't get an appointment, call {number} for urgent medical advice.",
  quizSoonTitle: 'Book an appointment with a doctor or physiotherapist',
  quizSelfCareTitle: 'What may be going on',
  quizWho: 'Who to see',
  quizWhen: 'How soon',
  quizMeanwhile: 'Until then',
  quizTell: 'What to tell them',
  quizCauses: 'Things that may be adding to it',
  quizWhatToTry: 'What to try',
  quizCuesToCheck: 'Form cues to check',
  quizEasierVariations: 'Easier variations to try',
  quizSummaryHeading: 'Your answers, to show a doctor or physiotherapist',
  quizSummaryDate: 'Date: {date}',
  quizNotAdvice:
    'This self-check gives general information, not medical advice or a diagnosis. If you are worried, or the pain is bad or does not go away, see a doctor or physiotherapist.',
  quizRestart: 'Start again',
  quizPrint: 'Print',
};
