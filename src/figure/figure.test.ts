import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { cues } from '../content/checklist/cues.js';
import { cuePictures } from '../content/checklist/pictures.js';
import { variations } from '../content/card/variations.js';
import { variationPoses } from '../content/card/poses.js';
import { es } from '../content/es.js';
import { registerLocale } from '../content/registry/registry.js';
import { strings } from '../content/en.js';
import '../pushup-form-checklist.js';
import '../variation-risk-card.js';
import type { PushupFormChecklist } from '../elements/pushup-form-checklist/pushup-form-checklist.js';
import type { VariationRiskCard } from '../elements/variation-risk-card/variation-risk-card.js';
import { pressOn, readText, resetLibraryState, shadow, smallTargets } from '../test/helpers.js';

const card = (id: string, lang = 'en') =>
  fixture<VariationRiskCard>(html`<variation-risk-card variation=${id} lang=${lang}></variation-risk-card>`);

const figureOf = (el: Element) => shadow(el).querySelector<HTMLElement>('[part~="figure"]');
/** The picture's accessible name: the element with role `img` inside the figure. */
const altOf = (figure: Element | null) => figure?.querySelector('[role="img"]')?.getAttribute('aria-label') ?? '';
/**
 * The drawing of the top of a rep: the first (the moving one, whose own attributes hold
 * the top), or the only drawing of a figure that holds still.
 */
const topDrawing = (figure: Element | null): SVGSVGElement => {
  const drawing = figure?.querySelector<SVGSVGElement>('svg');
  if (!drawing) throw new Error('no drawing in the figure');
  return drawing;
};

/** Where a segment starts (its joint), read from its `translate(x y) rotate(a)` in the drawing's units. */
function jointOf(drawing: SVGSVGElement, segment: string): { x: number; y: number; angle: number; length: number } {
  const group = drawing.querySelector(`:scope > g > .s-${segment}`);
  const match = /translate\(([-\d.]+) ([-\d.]+)\) rotate\(([-\d.]+)\)/.exec(group?.getAttribute('transform') ?? '');
  // A limb is one path, its length in its `h` command.
  const shape = group?.localName === 'path' ? group : group?.querySelector('path');
  const length = Number(/h([\d.]+)/.exec(shape?.getAttribute('d') ?? '')?.[1] ?? NaN);
  if (!match) throw new Error(`no placed segment "${segment}"`);
  return { x: Number(match[1]), y: Number(match[2]), angle: Number(match[3]), length };
}

/** The end of a segment: its joint moved along its direction by its length. */
function endOf(drawing: SVGSVGElement, segment: string): { x: number; y: number } {
  const { x, y, angle, length } = jointOf(drawing, segment);
  const radians = (angle * Math.PI) / 180;
  return { x: x + length * Math.cos(radians), y: y + length * Math.sin(radians) };
}

/** How far `point` lies above (+) or below (−) the line through `a` and `b`, in SVG units (y grows down). */
function heightAboveLine(point: { x: number; y: number }, a: { x: number; y: number }, b: { x: number; y: number }): number {
  const lineY = a.y + ((b.y - a.y) * (point.x - a.x)) / (b.x - a.x);
  return lineY - point.y;
}

const palmsApart = (figure: Element | null): number => {
  const palms = [...(figure?.querySelector('svg')?.querySelectorAll('.palm') ?? [])];
  const [left, right] = palms.map((palm) => Number(palm.getAttribute('cx')));
  return right - left;
};

describe('figures', () => {
  afterEach(() => resetLibraryState());

  describe('each variation card', () => {
    for (const variation of variations) {
      it(`shows the ${variation.name}'s figure, named by what it shows`, async () => {
        const el = await card(variation.id);
        const figure = figureOf(el);
        expect(figure, 'a figure part').to.exist;
        expect(altOf(figure)).to.equal(variation.figure);
        // The picture comes first, above the name.
        expect(shadow(el).querySelector('article')?.firstElementChild?.getAttribute('part')).to.equal('figure');
        // Its drawing reserves its box: a width and a height before anything else loads.
        const box = figure!.querySelector('.drawing')!.getBoundingClientRect();
        expect(box.width).to.be.greaterThan(100);
        expect(box.height / box.width).to.be.closeTo(60 / 112, 0.02);
        await expect(el).to.be.accessible();
      });
    }

    it('names each figure in Spanish on a Spanish card', async () => {
      registerLocale('es', es);
      for (const variation of es.variations ?? []) {
        const el = await card(variation.id!, 'es');
        expect(altOf(figureOf(el))).to.equal(variation.figure);
        expect(altOf(figureOf(el))).to.match(/^Vista lateral/);
      }
    });

    it('draws the eight variations differently', async () => {
      const drawings = new Set<string>();
      for (const variation of variations) {
        const el = await card(variation.id);
        drawings.add(topDrawing(figureOf(el)).innerHTML + (figureOf(el)?.querySelector('.still svg')?.innerHTML ?? ''));
      }
      expect(drawings.size).to.equal(8);
    });

    it('shows the hands from above: close together for diamond, a little wider than the shoulders for standard', async () => {
      const diamond = palmsApart(figureOf(await card('diamond')));
      const standard = palmsApart(figureOf(await card('standard')));
      const forward = palmsApart(figureOf(await card('forward')));
      expect(diamond).to.be.lessThan(standard / 3);
      // Shoulder-width for forward: between the two.
      expect(forward).to.be.greaterThan(diamond);
      expect(forward).to.be.lessThan(standard);
    });

    it("sets forward's hands ahead of the shoulders, backward's behind them, and standard's under them", async () => {
      const reach = async (id: string) => {
        const drawing = topDrawing(figureOf(await card(id)));
        return jointOf(drawing, 'hand').x - jointOf(drawing, 'upperArm').x;
      };
      expect(await reach('forward')).to.be.greaterThan(8);
      expect(await reach('backward')).to.be.lessThan(-8);
      expect(Math.abs(await reach('standard'))).to.be.lessThan(1);
    });

    it('lowers the body at the bottom of a rep, and shows the plank as one still hold', async () => {
      const figure = figureOf(await card('standard'));
      const [top, bottom] = [...(figure?.querySelectorAll<SVGSVGElement>('svg') ?? [])];
      expect(jointOf(bottom, 'upperArm').y - jointOf(top, 'upperArm').y, 'the shoulders go down').to.be.greaterThan(15);
      const plank = figureOf(await card('plank'));
      expect(plank?.querySelectorAll('svg').length).to.equal(1);
      expect(plank?.querySelector('input')).to.equal(null);
      expect(variationPoses.plank.depth).to.equal(undefined);
    });

    it('moves with CSS only, and the pause control stops it from the keyboard', async () => {
      const el = await card('diamond');
      const moving = figureOf(el)?.querySelector('.moving');
      const running = () => moving?.getAnimations({ subtree: true }).filter((animation) => animation.playState === 'running').length ?? 0;
      await waitUntil(() => running() > 5, 'the figure on screen moves');
      const pause = figureOf(el)?.querySelector<HTMLInputElement>('input[type="checkbox"]');
      expect(readText(pause?.labels?.[0])).to.equal(strings.cardFigurePause);
      expect(smallTargets(el)).to.deep.equal([]);
      await pressOn(pause!, 'Space');
      expect(pause?.checked).to.equal(true);
      await waitUntil(() => running() === 0, 'the paused figure stops');
      await pressOn(pause!, 'Space');
      await waitUntil(() => running() > 5, 'the figure moves again');
    });

    it('moves the figure a card switches to, and stops for a hold', async () => {
      const el = await card('diamond');
      /** The keyframe names the figure's segments run, as a sorted list. */
      const moving = () =>
        figureOf(el)
          ?.querySelector('.moving')
          ?.getAnimations({ subtree: true })
          .map((animation) => (animation as CSSAnimation).animationName)
          .sort() ?? [];
      await waitUntil(() => moving().length > 5, 'the diamond figure moves');
      expect(moving().every((name) => name.startsWith('f-diamond-'))).to.equal(true);
      el.variation = 'knee';
      await el.updateComplete;
      await waitUntil(() => moving().length > 5, 'the knee figure moves');
      expect(moving().every((name) => name.startsWith('f-knee-')), moving().join()).to.equal(true);
      el.variation = 'plank';
      await el.updateComplete;
      await nextFrame();
      expect(figureOf(el)?.getAnimations({ subtree: true }).length).to.equal(0);
      // A card that goes back moves again, and a second card of that variation moves alike.
      el.variation = 'knee';
      await el.updateComplete;
      await waitUntil(() => moving().length > 5, 'the knee figure moves again');
      const other = await card('knee');
      other.scrollIntoView();
      const otherMoving = () => figureOf(other)?.querySelector('.moving')?.getAnimations({ subtree: true }).length ?? 0;
      await waitUntil(() => otherMoving() === moving().length, 'the second knee figure moves alike');
      window.scrollTo(0, 0);
    });

    it('holds a figure still while its card is off screen, and moves it once scrolled into view', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <div style="block-size: 4000px"></div>
        <variation-risk-card variation="standard"></variation-risk-card>
      </div>`);
      const el = page.querySelector('variation-risk-card')!;
      await el.updateComplete;
      const animations = () => figureOf(el)?.querySelector('.moving')?.getAnimations({ subtree: true }).length ?? 0;
      await nextFrame();
      await nextFrame();
      expect(animations(), 'off screen').to.equal(0);
      el.scrollIntoView();
      await waitUntil(() => animations() > 5, 'the figure moves once on screen');
      window.scrollTo(0, 0);
    });

    it('keeps a smaller figure in a compact card', async () => {
      const full = await card('standard');
      const compact = await fixture<VariationRiskCard>(html`<variation-risk-card variation="standard" compact></variation-risk-card>`);
      const width = (el: Element) => figureOf(el)!.querySelector('.drawing')!.getBoundingClientRect().width;
      expect(width(compact)).to.be.greaterThan(0);
      expect(width(compact)).to.be.lessThan(width(full) * 0.75);
    });
  });

  describe('the checklist', () => {
    /** A checklist with every explanation open, as a reader who wants the pictures leaves it. */
    const checklist = async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      for (const toggle of shadow(el).querySelectorAll<HTMLButtonElement>('.why-toggle')) toggle.click();
      await el.updateComplete;
      return el;
    };
    const picturesOf = (el: Element, cueId: string) =>
      shadow(el).querySelector(`#why-${cueId} [part~="pictures"]`);

    it('draws a cue\'s pictures when its explanation opens, not before', async () => {
      const el = await fixture<PushupFormChecklist>(html`<pushup-form-checklist></pushup-form-checklist>`);
      expect(shadow(el).querySelectorAll('svg').length, 'closed').to.equal(0);
      shadow(el).querySelector<HTMLButtonElement>('[aria-controls="why-hips-level"]')!.click();
      await el.updateComplete;
      expect(picturesOf(el, 'hips-level')?.querySelectorAll('svg').length).to.equal(2);
      expect(shadow(el).querySelectorAll('svg').length).to.equal(2);
    });

    it('pairs a "Do" and an "Avoid" picture with the cues a picture shows best, each labelled in words', async () => {
      const el = await checklist();
      const pictured = Object.keys(cuePictures);
      expect(pictured).to.include.members(['hips-level', 'no-lower-back-arch', 'hands-under-shoulders', 'straight-line-head-to-heels']);
      for (const cue of cues) {
        const pictures = picturesOf(el, cue.id);
        if (!pictured.includes(cue.id)) {
          expect(pictures, cue.id).to.equal(null);
          continue;
        }
        const figures = [...(pictures?.querySelectorAll('figure') ?? [])];
        expect(figures.map((figure) => readText(figure.querySelector('figcaption'))), cue.id).to.deep.equal([
          `✓ ${strings.checklistDo}`,
          `✗ ${strings.checklistAvoid}`,
        ]);
        expect(figures.map(altOf)).to.deep.equal([cue.pictures?.do, cue.pictures?.avoid]);
      }
      // Part of each open explanation, which stays accessible.
      await expect(el).to.be.accessible();
    });

    it('draws the sagging hips below the shoulder-to-ankle line, and level hips on it', async () => {
      const el = await checklist();
      const [right, wrong] = [...(picturesOf(el, 'hips-level')?.querySelectorAll('svg') ?? [])];
      const hipOffset = (drawing: SVGSVGElement) =>
        heightAboveLine(jointOf(drawing, 'torso'), jointOf(drawing, 'shin'), jointOf(drawing, 'upperArm'));
      expect(Math.abs(hipOffset(right))).to.be.lessThan(0.5);
      expect(hipOffset(wrong)).to.be.lessThan(-4);
    });

    it('draws the hands under the shoulders in "Do" and well ahead of them in "Avoid"', async () => {
      const el = await checklist();
      const [right, wrong] = [...(picturesOf(el, 'hands-under-shoulders')?.querySelectorAll('svg') ?? [])];
      const reach = (drawing: SVGSVGElement) => endOf(drawing, 'forearm').x - jointOf(drawing, 'upperArm').x;
      expect(Math.abs(reach(right))).to.be.lessThan(1);
      expect(reach(wrong)).to.be.greaterThan(10);
    });

    it('draws the hips raised above the straight line when the body bends at the hips', async () => {
      const el = await checklist();
      const [right, wrong] = [...(picturesOf(el, 'straight-line-head-to-heels')?.querySelectorAll('svg') ?? [])];
      const hipOffset = (drawing: SVGSVGElement) =>
        heightAboveLine(jointOf(drawing, 'torso'), jointOf(drawing, 'shin'), jointOf(drawing, 'upperArm'));
      expect(Math.abs(hipOffset(right))).to.be.lessThan(0.5);
      expect(hipOffset(wrong)).to.be.greaterThan(4);
    });
  });

  // Only Chromium's driver can emulate the media feature from inside a test.
  const emulates = navigator.userAgent.includes('Chrome/');
  if (emulates) describe('under reduced motion (Chromium)', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    it('stops every animation and shows the top and the bottom side by side, captioned', async () => {
      // Before and after: without the media feature the bottom is not shown at all.
      const moving = figureOf(await card('standard'));
      expect(moving?.querySelector('.still')?.getBoundingClientRect().width).to.equal(0);
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await card('standard');
      const figure = figureOf(el);
      const running = figure?.getAnimations({ subtree: true }).filter((animation) => animation.playState === 'running') ?? [];
      expect(running.length).to.equal(0);
      const frames = [...(figure?.querySelectorAll<HTMLElement>('.frame') ?? [])];
      expect(frames.map(readText)).to.deep.equal([strings.cardFigureTop, strings.cardFigureBottom]);
      const [top, bottom] = frames.map((frame) => frame.getBoundingClientRect());
      expect(top.width).to.be.greaterThan(50);
      expect(bottom.width).to.be.closeTo(top.width, 1);
      expect(bottom.left, 'side by side').to.be.greaterThan(top.right - 1);
      // Nothing moves, so there is nothing to pause.
      expect(figure?.querySelector<HTMLElement>('.pause')?.getBoundingClientRect().width).to.equal(0);
      expect(figure?.querySelector<HTMLElement>('input')?.getBoundingClientRect().width).to.equal(0);
      await expect(el).to.be.accessible();
    });
  });
});
