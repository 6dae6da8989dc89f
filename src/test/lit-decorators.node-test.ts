/**
 * The build's decorator rewrite (scripts/lit-decorators.mjs): each `@property()` and
 * `@state()` becomes the `createProperty()` call Lit's decorator makes, with the same
 * options, and anything it does not know stops the build.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { inlineDecorators } from '../../scripts/lit-decorators.mjs';

/** What TypeScript emits for a class with decorated properties (`experimentalDecorators`). */
const emitted = `import { __decorate } from "tslib";
import { html } from 'lit';
import { property, state } from 'lit/decorators.js';
export class Card extends LitElement {
    get checked() { return this.#checked; }
    set checked(value) { this.#checked = value; }
}
__decorate([
    property({ reflect: true, converter: textAttribute })
], Card.prototype, "variation", void 0);
__decorate([
    property()
], Card.prototype, "persist", void 0);
__decorate([
    property({ attribute: false })
], Card.prototype, "checked", null);
__decorate([
    property({ hasChanged: (a, b) => (a ?? 0) !== (b ?? 0) })
], Card.prototype, "count", void 0);
__decorate([
    state()
], Card.prototype, "expanded", void 0);
__decorate([
    state({ hasChanged: () => true })
], Card.prototype, "drafts", void 0);
`;

describe('inlineDecorators', () => {
  it('writes each decorated property as the createProperty() call its decorator makes', () => {
    const result = inlineDecorators(emitted, 'card.ts');
    assert.ok(result);
    const calls = result.code.split('\n').filter((line) => line.includes('createProperty'));
    assert.deepEqual(calls, [
      'Card.createProperty("variation", { reflect: true, converter: textAttribute });',
      // No options: Lit's defaults, exactly as `@property()` passes none.
      'Card.createProperty("persist");',
      'Card.createProperty("checked", { attribute: false });',
      'Card.createProperty("count", { hasChanged: (a, b) => (a ?? 0) !== (b ?? 0) });',
      'Card.createProperty("expanded", { state: true, attribute: false });',
      'Card.createProperty("drafts", { ...{ hasChanged: () => true }, state: true, attribute: false });',
    ]);
  });

  it('drops the helper and the decorators from the imports, and keeps the rest', () => {
    const { code } = inlineDecorators(emitted, 'card.ts')!;
    assert.doesNotMatch(code, /__decorate|tslib|lit\/decorators/);
    assert.match(code, /^import \{ html \} from 'lit';$/m);
  });

  it('leaves a module without decorators alone', () => {
    assert.equal(inlineDecorators("import { html } from 'lit';\n", 'plain.ts'), undefined);
  });

  it('stops on a decorator it does not know, or on two on one property', () => {
    const other = `import { __decorate } from "tslib";\n__decorate([\n    customElement('x-card')\n], Card);\n`;
    assert.throws(() => inlineDecorators(other, 'other.ts'), /other\.ts has a decorator other than/);
    const stacked = `__decorate([\n    property(),\n    state()\n], Card.prototype, "both", void 0);\n`;
    assert.throws(() => inlineDecorators(stacked, 'stacked.ts'), /stacked\.ts has a decorator other than/);
  });

  it('stops on another import from lit/decorators.js', () => {
    const query = `import { property, query } from 'lit/decorators.js';\n__decorate([\n    property()\n], Card.prototype, "a", void 0);\n`;
    assert.throws(() => inlineDecorators(query, 'query.ts'), /imports property, query from lit\/decorators\.js/);
  });
});
