/**
 * Registers `<variation-risk-card>`. Importing this file is the only side effect;
 * a tag already defined (the bundle loaded twice) is left as it is.
 */
import { VariationRiskCard } from './elements/variation-risk-card/variation-risk-card.js';

export { VariationRiskCard };
export type { VariationSelectDetail } from './shared/events.js';

VariationRiskCard.define('variation-risk-card');

declare global {
  interface HTMLElementTagNameMap {
    'variation-risk-card': VariationRiskCard;
  }
}
