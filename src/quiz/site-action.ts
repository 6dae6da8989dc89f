/**
 * Where a site's own call to action may follow a result ("Book an assessment"): a safety
 * rule of the self-check, kept beside the engine so the triage audit checks it on every
 * path, as it checks the results themselves.
 */
import type { Urgency } from '../content/types.js';
import type { QuizOutcome } from './engine.js';

/** The quiz's two slots for a site's action: after a referral, or after the self-care advice. */
export type SiteActionSlot = 'referral-action' | 'self-care-action';

/**
 * The slot a result shows the site's action in, if any: a self-care result its
 * `self-care-action`; a referral its `referral-action` when its urgency is among `levels`
 * (the site's `action-levels`). An emergency result none, whatever `levels` holds: it
 * shows only the call to emergency services.
 */
export function siteActionFor(outcome: Pick<QuizOutcome, 'triage' | 'urgency'>, levels: readonly Urgency[]): SiteActionSlot | undefined {
  if (outcome.triage === 'emergency' || outcome.urgency === 'emergency') return undefined;
  if (outcome.triage === 'self-care') return 'self-care-action';
  return outcome.urgency && levels.includes(outcome.urgency) ? 'referral-action' : undefined;
}
