/**
 * The published sources the English content rests on. Every cue, variation, risk rating
 * and quiz outcome cites these by `id`, and the widgets list them at their foot.
 *
 * The five articles are the subject matter; the NHS pages and NICE NG59 are the clinical
 * guidance behind the red-flag questions, and the NHS aortic dissection page is behind
 * sudden, tearing chest or upper-back pain. Only sources with a stable public address
 * carry a `url`.
 */
import type { Reference } from '../types.js';

export const references: readonly Reference[] = [
  {
    id: 'truth-revealed',
    title: 'Are Push-Ups Bad For Your Back? (The Truth Revealed)',
    publisher: 'fitness blog',
  },
  {
    id: 'good-for-back',
    title: 'Are push-ups good for your back: Explained',
    publisher: 'Howtotraintofit',
  },
  {
    id: 'nasm-answer',
    title: 'Why does my back hurt when I do push-ups?',
    publisher: 'National Academy of Sports Medicine',
  },
  {
    id: 'gym-exercises',
    title: '10 Exercises Causing Your Back Pain at the Gym',
    publisher: 'Metropolitan Pain & Spine Institute',
  },
  {
    id: 'upper-back-after',
    title: 'Why Does My Upper Back Hurt After Push Ups? (4 Things to Know)',
    publisher: 'fitness blog',
  },
  {
    id: 'nhs-back-pain',
    title: 'Back pain',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/back-pain/',
  },
  {
    id: 'nice-ng59',
    title: 'Low back pain and sciatica in over 16s: assessment and management',
    publisher: 'National Institute for Health and Care Excellence (NICE)',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  {
    id: 'aortic-dissection',
    title: 'Aortic dissection',
    publisher: 'NHS',
    url: 'https://www.nhs.uk/conditions/aortic-dissection/',
  },
];
