// The element classes as Astro islands with typed props. Astro's JSX types declare no
// `ElementAttributesProperty`, so TypeScript takes a class component's props from its
// constructor's first parameter, which a custom element does not have:
// `<VariationRiskCard client:load variation="knee" />` with the bare class fails
// `astro check`. The same class, declared as a function of its props, passes. The cast
// changes types only: Astro's Lit renderer receives the class itself.
import {
  BackPainQuiz as BackPainQuizElement,
  PushupFormChecklist as PushupFormChecklistElement,
  VariationRiskCard as VariationRiskCardElement,
} from 'pushup-widgets';
import type { BackPainQuizProps, PushupFormChecklistProps, VariationRiskCardProps } from 'pushup-widgets/custom-elements-jsx';

/** An island's props: the element's settings, without the `on…` handlers (functions do not cross to the browser). */
type Island<Props> = (props: Omit<Props, `on${string}`>) => unknown;

export const PushupFormChecklist = PushupFormChecklistElement as unknown as Island<PushupFormChecklistProps>;
export const BackPainQuiz = BackPainQuizElement as unknown as Island<BackPainQuizProps>;
export const VariationRiskCard = VariationRiskCardElement as unknown as Island<VariationRiskCardProps>;
