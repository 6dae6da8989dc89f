/**
 * The Custom Elements Manifest and what is generated from it describe the package as it
 * ships: `custom-elements.json` (written by `npm run analyze`, which `npm run build` runs)
 * names `dist/` files, the three elements with typed events and themed defaults, and the
 * JSX and Vue types it yields compile in a consumer's app and catch a wrong prop or detail,
 * and the Svelte types declare every tag, attribute and event.
 * Builds first when there is no build yet (a fresh clone).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const exists = (path: string) => existsSync(new URL(path, root));

interface Reference {
  name: string;
  module?: string;
  package?: string;
}
interface Declaration {
  kind: string;
  name: string;
  customElement?: boolean;
  tagName?: string;
  attributes?: { name: string; fieldName?: string; type?: { text: string } }[];
  members?: { kind: string; name: string; privacy?: string; static?: boolean; type?: { text: string } }[];
  events?: { name: string; type?: { text: string } }[];
  cssProperties?: { name: string; default?: string; description?: string }[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: string; name: string; declaration: Reference }[];
}

// A fresh clone has no build yet: make one, as `npm test` on a new machine must pass.
if (!exists('custom-elements.json') || !exists('dist/index.d.ts') || !exists('dist/web-types.json')) {
  spawnSync('npm', ['run', 'build'], { cwd: fileURLToPath(root), stdio: 'inherit' });
}
const built = exists('custom-elements.json') && exists('dist/index.d.ts');
const manifest = built
  ? (JSON.parse(read('custom-elements.json')) as { schemaVersion: string; modules: Module[] })
  : { schemaVersion: '', modules: [] };
const pkg = JSON.parse(read('package.json')) as {
  exports: Record<string, string | Record<string, string>>;
  customElements: string;
  'web-types': string;
  files: string[];
};

/** `./dist/<path>.js` files that package.json exports, without `./`. */
const exportedFiles = new Set(
  Object.values(pkg.exports)
    .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
    .filter((file) => /^\.\/dist\/.+\.js$/.test(file))
    .map((file) => file.slice(2)),
);
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? [])
    .filter((declaration) => declaration.customElement)
    .map((declaration) => ({ module, declaration })),
);
/** Every `module` reference in the manifest (re-exports, superclasses, inherited members). */
function references(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(references);
  if (!node || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === 'module' && typeof value === 'string' ? [value] : references(value),
  );
}

describe('custom-elements.json', () => {
  it('exists with a build (run `npm run build` first)', () => {
    assert.ok(built, 'custom-elements.json and dist/ are missing: run `npm run build`.');
  });

  it('names the shipped dist/ files, never src/', () => {
    assert.doesNotMatch(JSON.stringify(manifest), /\bsrc\//);
    for (const { path } of manifest.modules) {
      assert.match(path, /^dist\/.+\.js$/, path);
      assert.ok(exists(path) || exportedFiles.has(path), `${path} is neither built nor exported by package.json`);
    }
    for (const reference of references(manifest.modules)) {
      assert.match(reference, /^dist\/.+\.(?:js|d\.ts)$/, reference);
      assert.ok(exists(reference), `${reference} is referenced but not built`);
    }
  });

  it('has a module for every entry package.json exports, and each export names where it is declared', () => {
    const paths = new Set(manifest.modules.map((module) => module.path));
    // The bundle repeats the modules; the React wrappers declare React components, not
    // elements; the script for a page around frames of the widgets declares nothing.
    const notDescribed = ['dist/pushup-widgets.min.js', 'dist/react.js', 'dist/embed-frame.js'];
    for (const file of exportedFiles) if (!notDescribed.includes(file)) assert.ok(paths.has(file), `no module for ${file}`);
    for (const module of manifest.modules) {
      for (const { kind, name, declaration } of module.exports ?? []) {
        if (kind !== 'js' || declaration.module !== module.path) continue;
        assert.ok(
          module.declarations?.some((candidate) => candidate.name === declaration.name),
          `${module.path} exports ${name} as its own but does not declare it`,
        );
      }
    }
  });

  it('lists exactly the three elements, each registered by its own entry', () => {
    const tags = elements.map(({ declaration }) => declaration.tagName).sort();
    assert.deepEqual(tags, ['back-pain-quiz', 'pushup-form-checklist', 'variation-risk-card']);
    for (const tag of tags) {
      const entry = manifest.modules.find((module) => module.path === `dist/${tag}.js`);
      assert.ok(entry?.exports?.some((item) => item.kind === 'custom-element-definition' && item.name === tag), tag);
      assert.ok(exportedFiles.has(`dist/${tag}.js`), `package.json exports ./${tag}.js`);
    }
    const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);
    const base = declarations.find((declaration) => declaration.name === 'PushupElement');
    assert.ok(base, 'the base class is documented');
    assert.equal(base.customElement, undefined, 'the base class has no tag and is no element');
  });

  it('types every event as a CustomEvent of the detail interface src/shared/events.ts gives it', () => {
    const source = read('src/shared/events.ts');
    const map = source.slice(source.indexOf('interface PushupEventMap'));
    const details = new Map(
      [...map.matchAll(/'([\w-]+)': CustomEvent<(\w+)>/g)].map(([, name, detail]) => [name, detail]),
    );
    assert.equal(details.size, 6);
    const fired = new Set<string>();
    for (const { declaration } of elements) {
      assert.ok(declaration.events?.length, `${declaration.name} fires events`);
      for (const event of declaration.events ?? []) {
        fired.add(event.name);
        const expected = `CustomEvent<${details.get(event.name)}>`;
        assert.equal(event.type?.text, expected, `${declaration.tagName} ${event.name}`);
      }
    }
    assert.deepEqual([...fired].sort(), [...details.keys()].sort());
  });

  it('gives every --pushup-* custom property the default src/shared/theme.ts gives it', () => {
    const theme = read('src/shared/theme.ts');
    const publicName = new Map(
      [...theme.matchAll(/(--_[\w-]+): var\((--pushup-[\w-]+),/g)].map(([, own, name]) => [own, name]),
    );
    const defaults = new Map(
      [...theme.matchAll(/var\((--pushup-[\w-]+), (light-dark\((\S+), (\S+)\)|[^;]+)\);/g)].map(
        ([, name, value, light, dark]) => [
          name,
          light
            ? { light, dark }
            : { light: value.replace(/var\((--_[\w-]+)\)/g, (_, own: string) => `var(${publicName.get(own)})`) },
        ],
      ),
    );
    assert.ok(defaults.size >= 16, 'theme.ts still reads its custom properties as before');
    for (const { declaration } of elements) {
      assert.ok(declaration.cssProperties?.length, declaration.name);
      for (const property of declaration.cssProperties ?? []) {
        const theirs = defaults.get(property.name);
        assert.ok(theirs, `${property.name} is one of the theme's`);
        assert.equal(property.default, theirs.light, `${declaration.tagName} ${property.name}`);
        if (theirs.dark) {
          assert.ok(property.description?.includes(theirs.dark), `${property.name} names its dark default`);
        }
      }
    }
  });

  it('types every attribute and public property', () => {
    const byTag = new Map(elements.map(({ declaration }) => [declaration.tagName, declaration]));
    for (const declaration of byTag.values()) {
      for (const attribute of declaration.attributes ?? []) {
        assert.ok(attribute.type?.text, `${declaration.tagName} [${attribute.name}] has a type`);
        assert.ok(attribute.fieldName, `${declaration.tagName} [${attribute.name}] names its property`);
      }
      const fields = (declaration.members ?? []).filter((m) => m.kind === 'field' && (m.privacy ?? 'public') === 'public' && !m.static);
      for (const field of fields) assert.ok(field.type?.text, `${declaration.tagName} .${field.name} has a type`);
      const type = (name: string) => fields.find((field) => field.name === name)?.type?.text;
      assert.equal(type('content'), 'ContentPatch | null');
      assert.equal(type('headingLevel'), 'number | string | null');
      const headingLevel = declaration.attributes?.find((attribute) => attribute.name === 'heading-level');
      assert.equal(headingLevel?.fieldName, 'headingLevel');
    }
    const field = (tag: string, name: string) =>
      byTag.get(tag)?.members?.find((member) => member.name === name)?.type?.text;
    assert.equal(field('pushup-form-checklist', 'checked'), 'string[]');
    assert.equal(field('pushup-form-checklist', 'compact'), 'boolean');
    assert.equal(field('back-pain-quiz', 'answers'), 'QuizAnswers');
    assert.equal(field('back-pain-quiz', 'emergencyNumber'), 'string | number | null');
    assert.equal(field('variation-risk-card', 'variation'), 'string | number | null');
  });
});

describe('the files generated from the manifest', () => {
  it('ship in dist/ and are wired in package.json', () => {
    assert.ok(pkg.files.includes('dist/'));
    assert.equal(pkg['web-types'], './dist/web-types.json');
    assert.deepEqual(pkg.exports['./custom-elements-jsx'], { types: './dist/custom-elements-jsx.d.ts' });
    assert.deepEqual(pkg.exports['./types/vue'], { types: './dist/types/vue/index.d.ts' });
    assert.deepEqual(pkg.exports['./types/svelte'], { types: './dist/types/svelte/index.d.ts' });
    assert.deepEqual(pkg.exports['./types/astro'], { types: './dist/types/astro/index.d.ts' });
    for (const file of [
      'dist/web-types.json',
      'dist/custom-elements-jsx.d.ts',
      'dist/types/vue/index.d.ts',
      'dist/types/svelte/index.d.ts',
      'dist/types/astro/index.d.ts',
      'dist/vscode.html-custom-data.json',
      'dist/vscode.css-custom-data.json',
    ]) {
      assert.ok(exists(file), `${file} is generated`);
    }
    const html = JSON.parse(read('dist/vscode.html-custom-data.json')) as { tags: { name: string }[] };
    const tags = html.tags.map((tag) => tag.name).sort();
    assert.deepEqual(tags, ['back-pain-quiz', 'pushup-form-checklist', 'variation-risk-card']);
    const css = JSON.parse(read('dist/vscode.css-custom-data.json')) as { properties: { name: string }[] };
    assert.ok(css.properties.some((property) => property.name === '--pushup-accent'));
  });

  /** Compiles a fixture's own TypeScript program, as a consumer's app would compile. */
  function compile(tsconfig: string) {
    const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
    const project = fileURLToPath(new URL(`src/test/fixtures/framework-types/${tsconfig}`, root));
    const result = spawnSync(process.execPath, [tsc, '-p', project], { encoding: 'utf8' });
    assert.equal(result.status, 0, `tsc -p ${project}\n${result.stdout}${result.stderr}`);
  }

  // Each fixture also holds mistakes under `@ts-expect-error`: a wrong prop type, an unknown
  // detail field, a misspelt content key. Were the types `any`, the directives would go
  // unused and the compile would fail.
  it('type a React 19 app: props, attributes and event details, and catch mistakes', () =>
    compile('react/tsconfig.json'));

  it('type a Vue app: global components with props and event details, and catch mistakes', () =>
    compile('vue/tsconfig.json'));

  // svelte-check itself runs in examples/svelte-5, which installs Svelte; here, without it,
  // the generated file is read for what it must declare.
  it('type Svelte 5 templates: each tag in svelte/elements, each event an `on…` attribute with its detail', () => {
    const types = read('dist/types/svelte/index.d.ts');
    assert.match(types, /^import type \{ HTMLAttributes \} from 'svelte\/elements';$/m);
    assert.match(types, /^declare module 'svelte\/elements' \{\n {2}export interface SvelteHTMLElements \{$/m);
    for (const { declaration } of elements) {
      const { name, tagName } = declaration;
      assert.match(types, new RegExp(`^ {4}'${tagName}': ${name}Attributes;$`, 'm'), `<${tagName}> is in SvelteHTMLElements`);
      // The global attributes (class, style="…", slot, part) stay, but for the element's own.
      assert.ok(
        types.includes(`interface ${name}Attributes extends Omit<HTMLAttributes<${name}>, keyof ${name}Props>, ${name}Props {}`),
        `<${tagName}> keeps the global attributes`,
      );
      for (const event of declaration.events ?? []) {
        const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
        const handler = `'on${event.name}'?: PushupEventHandler<${name}, ${detail}> | undefined | null;`;
        assert.ok(types.includes(handler), `<${tagName}> ${handler}`);
      }
      for (const attribute of declaration.attributes ?? []) {
        assert.match(types, new RegExp(`^ {2}'?${attribute.name}'?\\?: ${name}\\['${attribute.fieldName}'\\]`, 'm'), `<${tagName}> [${attribute.name}]`);
      }
    }
  });

  // astro check itself runs in examples/astro, which installs Astro (on Node 22); here the
  // generated file is read for what it must declare.
  it('type Astro plain tags: each tag in astroHTML.JSX.IntrinsicElements with its JSX props, no handlers', () => {
    const types = read('dist/types/astro/index.d.ts');
    assert.match(types, /^ {2}namespace astroHTML\.JSX \{\n {4}interface IntrinsicElements \{$/m);
    assert.match(types, /^type Settings<Props> = Omit<Props, `on\$\{string\}`>;$/m);
    for (const { declaration } of elements) {
      const { name, tagName } = declaration;
      assert.match(types, new RegExp(`^ {6}'${tagName}': HTMLAttributes & Settings<${name}Props>;$`, 'm'), `<${tagName}>`);
      assert.match(read('dist/custom-elements-jsx.d.ts'), new RegExp(`^export type ${name}Props = \\{`, 'm'), `${name}Props is exported`);
    }
  });
});
