/**
 * What the page that embeds a frame accepts: only a well-formed message from the window of
 * one of its frame-page `<iframe>`s, at that frame's origin. Everything else is dropped.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { acceptFrameMessage, framePageUrl } from './frame-listener.js';
import { readFrameMessage } from './frame-messages.js';

describe('a frame message', () => {
  it('is a height in pixels above 0 and under 100,000', () => {
    assert.deepEqual(readFrameMessage({ type: 'pushup-widgets:height', height: 812 }), { type: 'pushup-widgets:height', height: 812 });
    for (const height of [0, -1, 100_000, Number.NaN, Number.POSITIVE_INFINITY, '812', null, undefined]) {
      assert.equal(readFrameMessage({ type: 'pushup-widgets:height', height }), undefined, String(height));
    }
  });

  it('is an event named pushup-… with a detail of ids, counts, flags and lists of ids', () => {
    const complete = { type: 'pushup-widgets:event', event: 'pushup-quiz-complete', detail: { triage: 'self-care', outcomeIds: ['a', 'b'] } };
    assert.deepEqual(readFrameMessage(complete), complete);
    const change = { type: 'pushup-widgets:event', event: 'pushup-checklist-change', detail: { checked: [], total: 9, complete: false }, frame: 'f1' };
    assert.deepEqual(readFrameMessage(change), change);
    assert.deepEqual(readFrameMessage({ type: 'pushup-widgets:event', event: 'pushup-quiz-restart', detail: {} })?.type, 'pushup-widgets:event');
  });

  it('is dropped when any field has another shape', () => {
    const event = (fields: Record<string, unknown>) => ({ type: 'pushup-widgets:event', event: 'pushup-quiz-complete', detail: {}, ...fields });
    for (const data of [
      null,
      'pushup-widgets:height',
      [],
      { type: 'pushup-widgets:resize', height: 10 },
      { type: 'pushup-widgets:height', height: 10, frame: 7 },
      event({ event: 'click' }),
      event({ event: 'pushup-quiz-complete<img>' }),
      event({ event: 'PUSHUP-QUIZ' }),
      event({ detail: null }),
      event({ detail: [] }),
      event({ detail: new Date() }),
      event({ detail: { nested: { a: 1 } } }),
      event({ detail: { list: [1, 2] } }),
      event({ detail: { count: Number.NaN } }),
      event({ detail: { when: null } }),
    ]) {
      assert.equal(readFrameMessage(data), undefined, JSON.stringify(data));
    }
  });
});

describe('the page that embeds frames', () => {
  const frameWindow = { name: 'frame window' };
  const otherWindow = { name: 'another window' };
  const iframe = (src: string, contentWindow: object) => ({ src, contentWindow }) as unknown as HTMLIFrameElement;
  const height = { type: 'pushup-widgets:height', height: 640 };

  it('knows a frame page by its http(s) address ending in embed.html', () => {
    assert.ok(framePageUrl({ src: 'https://unpkg.com/pushup-widgets@0.1.0/dist/embed.html?widget=quiz' }));
    for (const src of ['', 'about:blank', 'https://example.com/embed.html.js', 'https://example.com/page?embed.html', 'data:text/html,/embed.html']) {
      assert.equal(framePageUrl({ src }), undefined, src);
    }
  });

  it('accepts a height from the frame page\'s own window at its own origin', () => {
    const frame = iframe('https://cdn.example/dist/embed.html?widget=quiz', frameWindow);
    const accepted = acceptFrameMessage([iframe('https://example.com/other.html', otherWindow), frame], {
      source: frameWindow as MessageEventSource,
      origin: 'https://cdn.example',
      data: height,
    });
    assert.equal(accepted?.iframe, frame);
    assert.deepEqual(accepted?.message, height);
  });

  it('ignores the same message from another window, another origin, or a frame that is not the frame page', () => {
    const frame = iframe('https://cdn.example/dist/embed.html?widget=quiz', frameWindow);
    const cases = [
      { iframes: [frame], source: otherWindow, origin: 'https://cdn.example' },
      { iframes: [frame], source: null, origin: 'https://cdn.example' },
      { iframes: [frame], source: frameWindow, origin: 'https://evil.example' },
      { iframes: [frame], source: frameWindow, origin: 'null' },
      { iframes: [iframe('https://cdn.example/dist/other.html', frameWindow)], source: frameWindow, origin: 'https://cdn.example' },
    ];
    for (const { iframes, source, origin } of cases) {
      assert.equal(acceptFrameMessage(iframes, { source: source as MessageEventSource | null, origin, data: height }), undefined, JSON.stringify({ source, origin }));
    }
  });
});
