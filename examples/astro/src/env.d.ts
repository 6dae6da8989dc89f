// The three tags' settings for `astro check`, from the package's manifest-derived props:
// a wrong type or a misspelt name on a plain tag is an error. The `on…` handlers are left
// out, as a server-rendered tag cannot take a function; listen in a <script> instead.
import type { BackPainQuizProps, PushupFormChecklistProps, VariationRiskCardProps } from 'pushup-widgets/custom-elements-jsx';

type Settings<Props> = Omit<Props, `on${string}`>;

declare global {
  namespace astroHTML.JSX {
    interface IntrinsicElements {
      'pushup-form-checklist': HTMLAttributes & Settings<PushupFormChecklistProps>;
      'back-pain-quiz': HTMLAttributes & Settings<BackPainQuizProps>;
      'variation-risk-card': HTMLAttributes & Settings<VariationRiskCardProps>;
    }
  }
}
