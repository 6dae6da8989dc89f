/**
 * A rollup plugin for the package build: Lit's `@property()` and `@state()` decorators as
 * the `createProperty()` calls they make.
 *
 * The sources keep the decorators: the Custom Elements Manifest analyzer reads them for
 * each property's attribute, type and docs. TypeScript compiles each one to a call of
 * tslib's `__decorate()` helper around Lit's decorator, which then calls the class's
 * `createProperty(name, options)`. This plugin writes that last call directly:
 *
 *   __decorate([property({ reflect: true })], Card.prototype, "variation", void 0);
 *   // becomes
 *   Card.createProperty("variation", { reflect: true });
 *
 * (`@state(options)` is `@property({ ...options, state: true, attribute: false })`.) Neither
 * the helper nor the decorators are then imported or shipped. It is the same call Lit
 * makes, at the same moment (when the class is defined), for a field or an accessor alike.
 * Any other decorator stops the build, rather than be left half-rewritten.
 */
import MagicString from 'magic-string';

/** One decorated property as TypeScript emits it (`experimentalDecorators`). */
const DECORATED =
  /__decorate\(\[\s*(property|state)\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)\s*\],\s*([\w$]+)\.prototype,\s*"([\w$]+)",\s*(?:void 0|null)\);?/g;

/** `code` with every `@property()` and `@state()` call written as `createProperty()`, or `undefined` if it has none. */
export function inlineDecorators(code, id = 'a module') {
  if (!code.includes('__decorate(')) return undefined;
  const output = new MagicString(code);
  for (const match of code.matchAll(DECORATED)) {
    const [whole, decorator, given, owner, name] = match;
    const options = given.trim() || undefined;
    // As the decorators call it: `@property()` passes no options, so Lit's defaults apply.
    const declared =
      decorator === 'state' ? `{ ${options ? `...${options}, ` : ''}state: true, attribute: false }` : options;
    const args = [JSON.stringify(name), ...(declared ? [declared] : [])].join(', ');
    output.overwrite(match.index, match.index + whole.length, `${owner}.createProperty(${args});`);
  }
  // The imports now unused: the helper (TypeScript imports it from tslib) and the decorators,
  // which TypeScript's output uses only inside the calls rewritten above.
  const imports = /^import\s*\{([^}]*)\}\s*from\s*["'](tslib|lit\/decorators\.js)["'];?\n?/gm;
  for (const match of code.matchAll(imports)) {
    const names = match[1].split(',').map((name) => name.trim());
    if (names.some((name) => !['__decorate', 'property', 'state'].includes(name))) {
      throw new Error(`lit-decorators: ${id} imports ${names.join(', ')} from ${match[2]}; extend scripts/lit-decorators.mjs.`);
    }
    output.remove(match.index, match.index + match[0].length);
  }
  const rest = output.toString();
  if (rest.includes('__decorate')) {
    throw new Error(`lit-decorators: ${id} has a decorator other than a lone @property() or @state(); extend scripts/lit-decorators.mjs.`);
  }
  return { code: rest, map: output.generateMap({ hires: true }) };
}

/** The plugin. Put it after the TypeScript plugin, whose output it rewrites. */
export function litDecorators() {
  return {
    name: 'lit-decorators',
    transform(code, id) {
      // Our own TypeScript sources only: tslib itself defines `__decorate`.
      if (!/\.ts$/.test(id) || id.includes('/node_modules/')) return null;
      return inlineDecorators(code, id) ?? null;
    },
  };
}
