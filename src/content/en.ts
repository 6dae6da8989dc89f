/** The whole built-in English content: the core, plus the quiz's questions and outcomes. */
import { enCore } from './en-core.js';
import { outcomes, questions } from './quiz/questions.js';
import type { Content } from './types.js';

export const en: Content = { ...enCore, questions, outcomes };
