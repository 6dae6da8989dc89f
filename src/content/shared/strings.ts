/**
 * The English interface strings every element shows: the sources list, the notice, and the
 * invalid-content message.
 */
import type { CommonStringKey, LocaleStrings } from '../types.js';

export const commonStrings: Pick<LocaleStrings, CommonStringKey> = {
  sourcesHeading: 'Sources',
  sourceMarker: 'Source {number}: {title}',
  safetyNotice:
    'General information, not medical advice. Stop if it hurts, and see a doctor or physiotherapist if the pain carries on.',
  invalidContent: 'The content given to this widget is not valid, so it shows its built-in content.',
};
