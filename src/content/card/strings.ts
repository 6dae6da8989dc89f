/** The English interface strings of `<variation-risk-card>`. */
import type { CommonStringKey, ElementStrings } from '../types.js';

export const cardStrings: Omit<ElementStrings<'card'>, CommonStringKey> = {
  cardBackRisk: 'Back risk',
  cardShoulderRisk: 'Shoulder risk',
  cardOwnRating: 'Our rating:',
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
  cardNeighbours: 'Easier and harder versions',
  cardShowing: 'Now showing: {name}',
  cardFigurePause: 'Pause the animation',
  cardFigureTop: 'Top',
  cardFigureBottom: 'Bottom',
};
