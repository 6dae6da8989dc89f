/**
 * The safety lock on content patches: a translation, a site's `registerContent()` or an
 * element's `content` may reword a red flag, but never weaken one. Compared with the
 * content it is merged over, a patch may not remove a red-flag question or a flagged
 * answer, lower a flag's triage or its referral's urgency, clear `endsQuiz` on an
 * emergency flag, or point a flag at an outcome of another triage (a self-care one).
 * Such a patch is rejected whole. Pure and DOM-free; called on validated content.
 */
import type { Content, Outcome, Triage, Urgency } from '../types.js';

const triageRank: Record<Triage, number> = { 'self-care': 0, 'see-doctor': 1, emergency: 2 };
const urgencyRank: Record<Urgency, number> = { soon: 0, urgent: 1, emergency: 2 };

function urgencyOf(outcomes: readonly Outcome[], id: string): Urgency | undefined {
  return outcomes.find((outcome) => outcome.id === id)?.referral?.urgency;
}

/**
 * Every way `patched` weakens a red flag of `before`, each naming the field; an empty
 * list means the patch is safe.
 */
export function weakenedRedFlags(before: Content, patched: Content): string[] {
  const errors: string[] = [];
  for (const question of before.questions) {
    const flagged = question.answers.filter((answer) => answer.redFlag);
    if (flagged.length === 0) continue;
    const index = patched.questions.findIndex((each) => each.id === question.id);
    const path = `content.questions[${index}]`;
    if (index < 0) {
      errors.push(`content.questions: the red-flag question "${question.id}" may not be removed`);
      continue;
    }
    const answers = patched.questions[index].answers;
    for (const answer of flagged) {
      const was = answer.redFlag!;
      const answerIndex = answers.findIndex((each) => each.id === answer.id);
      const now = answers[answerIndex]?.redFlag;
      const flagPath = `${path}.answers[${answerIndex}].redFlag`;
      if (!now) {
        errors.push(`${path}.answers: the red-flag answer "${answer.id}" may not be removed or unflagged`);
        continue;
      }
      if (triageRank[now.triage] < triageRank[was.triage]) {
        errors.push(`${flagPath}.triage may not be lowered from "${was.triage}" to "${now.triage}"`);
      }
      if (was.triage === 'emergency' && !now.endsQuiz) {
        errors.push(`${flagPath}.endsQuiz must stay true on an emergency flag`);
      }
      const target = patched.outcomes.find((outcome) => outcome.id === now.outcome);
      if (target?.triage === 'self-care') {
        errors.push(`${flagPath}.outcome may not point a red flag at the self-care outcome "${now.outcome}"`);
      }
      const wasUrgency = urgencyOf(before.outcomes, was.outcome);
      const nowUrgency = urgencyOf(patched.outcomes, now.outcome);
      if (wasUrgency && (!nowUrgency || urgencyRank[nowUrgency] < urgencyRank[wasUrgency])) {
        errors.push(`${flagPath}.outcome may not lower the referral's urgency from "${wasUrgency}" to "${nowUrgency ?? 'none'}"`);
      }
    }
  }
  return errors;
}
