/**
 * Custom Elements Manifest (`npm run analyze`, also run by `npm run build` and `npm run
 * lint`): writes `custom-elements.json` at the package root from the source's types and
 * JSDoc, then, from that manifest, the framework and editor files the package ships:
 *
 * - `dist/custom-elements-jsx.d.ts` (`pushup-widgets/custom-elements-jsx`): JSX types for
 *   React 19, Preact and Solid, from `@wc-toolkit/jsx-types`.
 * - `dist/types/vue/index.d.ts` (`pushup-widgets/types/vue`): Vue's `GlobalComponents`,
 *   from `custom-element-vuejs-integration`.
 * - `dist/types/svelte/index.d.ts` (`pushup-widgets/types/svelte`): Svelte 5's
 *   `svelte/elements`, from our own generator (`svelteTypesPlugin`, which says why).
 * - `dist/types/astro/index.d.ts` (`pushup-widgets/types/astro`): Astro's
 *   `astroHTML.JSX.IntrinsicElements`, from our own generator (`astroTypesPlugin`).
 * - `dist/vscode.html-custom-data.json`, `dist/vscode.css-custom-data.json`: VS Code's
 *   custom data, from `custom-element-vs-code-integration`.
 * - `dist/web-types.json` (package.json `web-types`): JetBrains IDEs, from
 *   `custom-element-jet-brains-integration`.
 *
 * Last, `@wc-toolkit/cem-validator` checks the manifest and package.json; an error fails the
 * command. Storybook's controls and docs read the manifest too.
 */
import { cemValidatorPlugin } from '@wc-toolkit/cem-validator';
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { allEntries } from './scripts/entries.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Where the generated type and editor files go: `dist/`, which the package ships. */
const outdir = 'dist';

/**
 * Our entry files register tags with `SomeElement.define('some-tag')` (a `define()` that
 * never throws twice), which the analyzer does not recognise as `customElements.define`.
 * This plugin finds those calls and records the tag the way the analyzer would: `tagName`
 * on the class, and a `custom-element-definition` export on the module that registers it.
 *
 * `--litelement` marks every LitElement subclass as a custom element, the shared base class
 * `PushupElement` included; a class that no `define()` call registers has no tag and is no
 * element, so the mark comes off (its members still reach the elements that extend it).
 */
function pushupDefinePlugin() {
  /** @type {{ className: string, tagName: string, modulePath: string }[]} */
  const definitions = [];
  return {
    name: 'pushup-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node)) return;
      const callee = node.expression;
      const [tag] = node.arguments;
      if (
        ts.isPropertyAccessExpression(callee) &&
        callee.name.text === 'define' &&
        ts.isIdentifier(callee.expression) &&
        tag &&
        ts.isStringLiteral(tag) &&
        tag.text.includes('-')
      ) {
        definitions.push({ className: callee.expression.text, tagName: tag.text, modulePath: moduleDoc.path });
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { className, tagName, modulePath } of definitions) {
        const home = customElementsManifest.modules.find((module) =>
          module.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        const declaration = home?.declarations.find((candidate) => candidate.name === className);
        if (!home || !declaration) {
          throw new Error(`custom-elements-manifest: ${modulePath} defines <${tagName}> with unknown class ${className}.`);
        }
        declaration.tagName = tagName;
        declaration.customElement = true;
        const registering = customElementsManifest.modules.find((module) => module.path === modulePath);
        registering.exports ??= [];
        if (!registering.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tagName)) {
          registering.exports.push({
            kind: 'custom-element-definition',
            name: tagName,
            declaration: { name: className, module: home.path },
          });
        }
      }
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.customElement && !declaration.tagName) delete declaration.customElement;
        }
      }
    },
  };
}

/**
 * Tidies what the analyzer reads from our JSDoc:
 * - `@summary` takes everything up to the next tag, so a class comment written as a one-line
 *   `@summary` followed by paragraphs lands wholly in `summary`; the first paragraph stays
 *   the summary and the rest becomes the description.
 * - An attribute declared through a reactive property gets the property's type and default
 *   when the analyzer left them out (it does for defaults held in a constant).
 * - `lang` (declared with `@attr`) is HTMLElement's own reflected `lang` property: naming
 *   the field lets the type generators type it as the element's `lang`.
 * - An optional property (`content?: ContentPatch | null`) is typed without the `undefined`
 *   the analyzer adds: unset is its default, not a value to document.
 */
function pushupDocsPlugin() {
  return {
    name: 'pushup-docs',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const [summary, ...rest] = (declaration.summary ?? '').split(/\n\s*\n/);
          if (rest.length > 0) {
            declaration.summary = summary.trim();
            declaration.description = [rest.join('\n\n').trim(), declaration.description].filter(Boolean).join('\n\n');
          }
          for (const member of declaration.members ?? []) {
            if (member.kind === 'field' && (member.privacy ?? 'public') === 'public' && member.type?.text.endsWith(' | undefined')) {
              member.type.text = member.type.text.slice(0, -' | undefined'.length);
            }
          }
          for (const attribute of declaration.attributes ?? []) {
            if (attribute.name === 'lang' && !attribute.fieldName) attribute.fieldName = 'lang';
            const field = declaration.members?.find((member) => member.kind === 'field' && member.name === attribute.fieldName);
            if (!field) continue;
            if (!attribute.type && field.type) attribute.type = field.type;
            if (field.default !== undefined) attribute.default = field.default;
          }
        }
      }
    },
  };
}

/**
 * The analyzer reads `src/`, but the package ships `dist/` only, so every path in the
 * manifest is rewritten to the file a consumer gets, and every reference with it:
 * - `src/<path>.ts` becomes `dist/<path>.js`, the unbundled module the build writes for it
 *   (rollup.config.ts, `preserveModules`); `src/autoloader.ts` is built for the CDN only,
 *   as `dist/cdn/autoloader.js`.
 * - A module that emits no JavaScript (declares only types, or only re-exports, so rollup
 *   leaves it out) is dropped from the manifest, and references to it name its
 *   declarations, `dist/<path>.d.ts`. Package entries always emit a module.
 * - A re-export the analyzer left as written (`./shared/events.js`) or pointed at the
 *   re-exporting module itself (`export { BackPainQuiz }` in `src/back-pain-quiz.ts`) names
 *   the module that declares it.
 *
 * Why our own plugin: `@wc-toolkit/module-path-resolver` rewrites only the `path` of
 * modules that declare an element, leaving every other module, every re-export and every
 * `superclass`/`inheritedFrom` reference on `src/`, and knows nothing of modules rollup
 * leaves out. (Shoelace and Web Awesome keep a path plugin of their own too.) The manifest
 * test checks each path after a build.
 */
function distPathsPlugin() {
  const cdnOnly = new Map([['src/autoloader.ts', 'dist/cdn/autoloader.js']]);
  return {
    name: 'pushup-dist-paths',
    packageLinkPhase({ customElementsManifest }) {
      const { modules } = customElementsManifest;
      const entries = new Set(allEntries().map((entry) => entry.source));
      const kept = new Set(
        modules
          .filter((module) => entries.has(module.path) || cdnOnly.has(module.path) || module.declarations?.length > 0)
          .map((module) => module.path),
      );
      const output = (source) => {
        if (cdnOnly.has(source)) return cdnOnly.get(source);
        if (!/^src\/.*\.ts$/.test(source)) return source;
        const path = source.replace(/^src\//, 'dist/').replace(/\.ts$/, '');
        return kept.has(source) ? `${path}.js` : `${path}.d.ts`;
      };
      const declares = (module, name) => module?.declarations?.some((declaration) => declaration.name === name);
      /** The module that declares what `path` exports as `name`, following re-exports. */
      const declaringModule = (name, path, seen = new Set()) => {
        const module = modules.find((candidate) => candidate.path === path);
        if (!module || seen.has(path)) return undefined;
        seen.add(path);
        if (declares(module, name)) return path;
        for (const entry of module.exports ?? []) {
          const from = entry.declaration?.module && sourceOf(entry.declaration.module, path);
          if (!from || from === path || (entry.name !== name && entry.name !== '*')) continue;
          const found = declaringModule(entry.name === '*' ? name : entry.declaration.name, from, seen);
          if (found) return found;
        }
        return undefined;
      };
      for (const module of modules) {
        for (const { kind, declaration } of module.exports ?? []) {
          if (kind !== 'js' || !declaration?.module || declaration.name === '*') continue;
          const from = sourceOf(declaration.module, module.path);
          if (from !== module.path) {
            declaration.module = declaringModule(declaration.name, from) ?? from;
          } else if (!declares(module, declaration.name)) {
            // The analyzer lost where an imported-then-exported name comes from.
            const homes = modules.filter((candidate) => declares(candidate, declaration.name));
            if (homes.length !== 1) {
              throw new Error(
                `custom-elements-manifest: cannot tell where ${module.path}'s export ${declaration.name} is declared.`,
              );
            }
            declaration.module = homes[0].path;
          }
        }
      }
      /** Rewrites every `module` reference under `node`, read relative to the module at `from`. */
      const rewrite = (node, from) => {
        if (Array.isArray(node)) return node.forEach((item) => rewrite(item, from));
        if (!node || typeof node !== 'object') return;
        for (const [key, value] of Object.entries(node)) {
          if (key === 'module' && typeof value === 'string') node.module = output(sourceOf(value, from));
          else rewrite(value, from);
        }
      };
      customElementsManifest.modules = modules.filter((module) => kept.has(module.path));
      for (const module of customElementsManifest.modules) {
        rewrite(module.declarations, module.path);
        rewrite(module.exports, module.path);
        module.path = output(module.path);
      }
    },
  };
}

/**
 * The source path (`src/<path>.ts`) a manifest reference names: the analyzer writes
 * `src/x.ts`, `/src/x.js` (a superclass), `src/x.js` (a re-export) or `./x.js` (a type
 * re-export, relative to the module at `from`).
 */
function sourceOf(reference, from) {
  const path = reference.startsWith('.') ? posix.join(posix.dirname(from), reference) : reference.replace(/^\//, '');
  return path.replace(/\.js$/, '.ts');
}

/**
 * `@wc-toolkit/jsx-types`, `custom-element-vuejs-integration` and the Svelte types import each element's
 * class and event detail types from the entry that registers it, `dist/<tag>.js`
 * (package.json `./<tag>.js`), whose `.d.ts` exports both; the path is relative to the
 * generated file.
 */
const entryOfTag = (from) => (_name, tagName) => posix.relative(from, `${outdir}/${tagName}.js`).replace(/^(?!\.)/, './');

/**
 * `custom-element-vuejs-integration` writes an event's handler as `CustomEvent<type>`: it
 * takes an event's `type` to be its detail, where the analyzer's `@fires {CustomEvent<T>}`
 * (which the JSX types, the validator and the editors read) names the event itself. This
 * hands it a copy of the manifest whose event types are the details, so a handler gets
 * `CustomEvent<QuizCompleteDetail>`, not `CustomEvent<CustomEvent<…>>`.
 */
function vueTypesPlugin(options) {
  return {
    name: 'pushup-vue-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = JSON.parse(JSON.stringify(customElementsManifest));
      for (const declaration of manifest.modules.flatMap((module) => module.declarations ?? [])) {
        for (const event of declaration.events ?? []) {
          const detail = /^CustomEvent<(.+)>$/.exec(event.type?.text ?? '')?.[1];
          if (detail) event.type.text = detail;
        }
      }
      generateVuejsTypes(manifest, options);
      // vue-tsc checks a template's `heading-level` as the prop `headingLevel`, and
      // `@pushup-quiz-complete` as `onPushupQuizComplete`: the generator keys props as the
      // attributes are spelt and handlers as `onpushup-…`, which `--strictTemplates`
      // rejects and which leaves handlers untyped. Key them the way Vue looks them up.
      const file = join(options.outdir, options.fileName);
      const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
      writeFileSync(
        file,
        readFileSync(file, 'utf8')
          .replace(/"on([a-z][\w-]*)"\?:/g, (_, event) => `${camel(`on-${event}`)}?:`)
          .replace(/"([a-z]+(?:-[a-z]+)+)"\?:/g, (_, attribute) => `${camel(attribute)}?:`),
      );
    },
  };
}

/**
 * `@wc-toolkit/jsx-types` types `ref` as the element or a callback taking it, which
 * rejects React 19's `useRef<PushupFormChecklist>(null)` (a `{ current }` object holding
 * the element or `null`) and a callback ref's `null` and clean-up function. This widens
 * `ref` in the generated file to what React passes.
 */
function jsxRefPlugin({ file }) {
  return {
    name: 'pushup-jsx-ref',
    packageLinkPhase() {
      const types = readFileSync(file, 'utf8');
      const narrow = 'ref?: (T | ((e: T) => void)) | undefined;';
      if (!types.includes(narrow)) throw new Error(`${file}: the generated \`ref\` type changed; review jsxRefPlugin.`);
      writeFileSync(
        file,
        types.replace(narrow, 'ref?: T | ((element: T | null) => void | (() => void)) | { current: T | null } | null | undefined;'),
      );
    },
  };
}

/** The manifest's elements that have a tag, in the order of their tags. */
const taggedElements = (manifest) =>
  manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .filter((declaration) => declaration.customElement && declaration.tagName)
    .sort((a, b) => a.tagName.localeCompare(b.tagName));

/**
 * Svelte 5 types, `dist/types/svelte/index.d.ts` (`pushup-widgets/types/svelte`): an
 * augmentation of `svelte/elements`' `SvelteHTMLElements`, the map `svelte-check` types
 * each tag's attributes by. Without it a tag with a dash matches that map's catch-all
 * `{ [name: string]: any }`, so every prop goes unchecked and a strict check reports each
 * `onpushup-…` handler's `event` as an implicit `any`.
 *
 * Why our own generator: the one maintained package, `custom-element-svelte-integration`
 * (1.2.0), writes Svelte 4's types: `on:event` directives and `bind:` props in the global
 * `svelteHTML` namespace, JSX's `CSSProperties` for `style` (so `style="…"` fails), and
 * an event's manifest type as its detail (`CustomEvent<CustomEvent<…>>`). Svelte 5
 * listens through event attributes (`onpushup-quiz-complete={…}`, the event's name after
 * `on`, case and dashes kept) and documents augmenting `svelte/elements`.
 *
 * Each tag gets the global attributes of `HTMLAttributes` (`class`, `style="…"`, `slot`,
 * `part`, `data-*`, the DOM's own `on…` handlers with the element as `currentTarget`)
 * and, in their place where a name is shared (`lang`), from the manifest:
 * - each attribute by its HTML name (`heading-level`), which Svelte sets with
 *   `setAttribute`, typed as the property it reflects;
 * - each public, writable property by its name (`headingLevel`, `checked`), which Svelte
 *   sets as a property (a registered element has a setter for it);
 * - each event as `on` + its name, the handler taking `CustomEvent<Detail>` with the
 *   detail type the entry exports, as the JSX and Vue types do.
 */
function svelteTypesPlugin({ outdir: dir, fileName, componentTypePath }) {
  /** A JSDoc block for `text` at `indent`, or nothing when there is no text. */
  const doc = (text, indent) => {
    if (!text) return '';
    const lines = text.replaceAll('*/', '*\\/').trim().split('\n');
    if (lines.length === 1) return `${indent}/** ${lines[0]} */\n`;
    return `${indent}/**\n${lines.map((line) => `${indent} *${line ? ` ${line}` : ''}`).join('\n')}\n${indent} */\n`;
  };
  return {
    name: 'pushup-svelte-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = taggedElements(customElementsManifest);
      const imports = [];
      const interfaces = [];
      for (const { name, tagName, summary, attributes = [], members = [], events = [] } of elements) {
        const props = new Map();
        for (const attribute of attributes) {
          if (!attribute.fieldName) throw new Error(`svelte types: <${tagName}> [${attribute.name}] names no property.`);
          props.set(attribute.name, { description: attribute.description, type: `${name}['${attribute.fieldName}']` });
        }
        for (const member of members) {
          const writable =
            member.kind === 'field' && (member.privacy ?? 'public') === 'public' && !member.static && !member.readonly;
          if (!writable || member.name.startsWith('#') || props.has(member.name)) continue;
          props.set(member.name, { description: member.description, type: `${name}['${member.name}']` });
        }
        const details = [];
        for (const event of events) {
          // The event names are the package's public API: each must come with its detail.
          const detail = /^CustomEvent<(\w+)>$/.exec(event.type?.text ?? '')?.[1];
          if (!detail) throw new Error(`svelte types: <${tagName}> ${event.name} is not typed CustomEvent<Detail>.`);
          details.push(detail);
          props.set(`on${event.name}`, {
            description: event.description,
            type: `PushupEventHandler<${name}, ${detail}>`,
            nullable: true,
          });
        }
        imports.push(`import type { ${[name, ...new Set(details)].join(', ')} } from '${componentTypePath(name, tagName)}';`);
        const key = (prop) => (/^[A-Za-z_$][\w$]*$/.test(prop) ? prop : `'${prop}'`);
        const body = [...props]
          .map(([prop, { description, type, nullable }]) =>
            `${doc(description, '  ')}  ${key(prop)}?: ${type} | undefined${nullable ? ' | null' : ''};`,
          )
          .join('\n');
        interfaces.push(
          `/** The props of \`<${tagName}>\`, from the manifest. */\nexport interface ${name}Props {\n${body}\n}\n\n` +
            `${doc(`The attributes of \`<${tagName}>\`: the global ones and its own.\n\n${summary ?? ''}`, '')}` +
            `export interface ${name}Attributes extends Omit<HTMLAttributes<${name}>, keyof ${name}Props>, ${name}Props {}\n`,
        );
      }
      const source = `/**
 * Svelte 5 types for the pushup-widgets elements, generated from custom-elements.json.
 * Load them once, say in a \`.d.ts\` file of the app:
 *
 *   import type {} from 'pushup-widgets/types/svelte';
 *
 * so that svelte-check types each tag's props and its \`onpushup-…\` handlers' \`event.detail\`.
 */
import type { HTMLAttributes } from 'svelte/elements';
${imports.join('\n')}

/**
 * The handler of an element's event attribute (\`onpushup-…={…}\`), shaped like Svelte's own
 * handlers: the event, its \`detail\` typed, with the element as \`currentTarget\`.
 */
export type PushupEventHandler<Element extends HTMLElement, Detail> = (
  event: CustomEvent<Detail> & { currentTarget: EventTarget & Element },
) => void;

${interfaces.join('\n')}
declare module 'svelte/elements' {
  export interface SvelteHTMLElements {
${elements.map(({ name, tagName }) => `    '${tagName}': ${name}Attributes;`).join('\n')}
  }
}
`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, fileName), source);
    },
  };
}

/**
 * Astro types, `dist/types/astro/index.d.ts` (`pushup-widgets/types/astro`): the three tags
 * in Astro's `astroHTML.JSX.IntrinsicElements`, so `astro check` types a plain tag's
 * settings (a wrong type or a misspelt name is an error) over Astro's own HTML attributes.
 * The props are the JSX types' (`custom-elements-jsx.d.ts`, from the same manifest) without
 * their `on…` handlers: a tag Astro renders on the server cannot take a function, so a page
 * listens in a `<script>`. No maintained package writes Astro's types for custom elements.
 */
function astroTypesPlugin({ outdir: dir, fileName, jsxTypes }) {
  return {
    name: 'pushup-astro-types',
    packageLinkPhase({ customElementsManifest }) {
      const elements = taggedElements(customElementsManifest);
      const source = `/**
 * Astro types for the pushup-widgets elements, generated from custom-elements.json. Load
 * them once, say in the site's \`src/env.d.ts\`:
 *
 *   import type {} from 'pushup-widgets/types/astro';
 *
 * so that \`astro check\` types each plain tag's settings. Events are not props here: a tag
 * Astro renders on the server cannot take a function, so listen in a \`<script>\`.
 */
import type { ${elements.map(({ name }) => `${name}Props`).join(', ')} } from '${jsxTypes}';

/** A tag's settings: its props without the \`on…\` event handlers. */
type Settings<Props> = Omit<Props, \`on\${string}\`>;

declare global {
  namespace astroHTML.JSX {
    interface IntrinsicElements {
${elements.map(({ name, tagName }) => `      '${tagName}': HTMLAttributes & Settings<${name}Props>;`).join('\n')}
    }
  }
}

export {};
`;
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, fileName), source);
    },
  };
}

/**
 * The schema version the manifest follows: the analyzer still writes 1.0.0, but its output
 * uses fields of schema 2.1.0 (`cssStates`), the version the validator expects.
 */
function schemaVersionPlugin() {
  return {
    name: 'pushup-schema-version',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.schemaVersion = '2.1.0';
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // `src/react.ts` declares React components, not elements; `src/embed/` is the frame page
  // and its parent script, and `src/builder/` the embed builder's page: the manifest
  // describes the tags.
  exclude: ['src/**/*.test.ts', 'src/**/*.node-test.ts', 'src/test/**', 'src/react.ts', 'src/embed/**', 'src/builder/**'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest (`customElements`); never rewrite it.
  packagejson: false,
  plugins: [
    pushupDefinePlugin(),
    pushupDocsPlugin(),
    distPathsPlugin(),
    schemaVersionPlugin(),
    jsxTypesPlugin({
      outdir,
      fileName: 'custom-elements-jsx.d.ts',
      componentTypePath: entryOfTag(outdir),
      // Handlers get the element as `target` and the event's own type, detail included.
      stronglyTypedEvents: true,
    }),
    jsxRefPlugin({ file: join(outdir, 'custom-elements-jsx.d.ts') }),
    vueTypesPlugin({
      outdir: `${outdir}/types/vue`,
      fileName: 'index.d.ts',
      componentTypePath: entryOfTag(`${outdir}/types/vue`),
      hideLogs: true,
    }),
    svelteTypesPlugin({
      outdir: `${outdir}/types/svelte`,
      fileName: 'index.d.ts',
      componentTypePath: entryOfTag(`${outdir}/types/svelte`),
    }),
    astroTypesPlugin({ outdir: `${outdir}/types/astro`, fileName: 'index.d.ts', jsxTypes: '../../custom-elements-jsx.js' }),
    customElementVsCodePlugin({
      outdir,
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({
      outdir,
      webTypesFileName: 'web-types.json',
      // Each element's class is exported from the package root.
      modulePathTemplate: () => pkg.name,
      hideLogs: true,
    }),
    cemValidatorPlugin({
      rules: {
        packageJson: {
          packageType: 'error',
          main: 'error',
          module: 'error',
          types: 'error',
          exports: 'error',
          customElementsProperty: 'error',
          publishedCem: 'error',
        },
        manifest: {
          schemaVersion: 'error',
          modulePath: 'error',
          definitionPath: 'error',
          typeDefinitionPath: 'error',
          tagName: 'error',
          // The rule wants an element's event, property and parameter types exported from
          // the module that declares the class (`dist/elements/<tag>/<tag>.js`); ours are
          // exported from the entries (`pushup-widgets`, `pushup-widgets/<tag>.js`), which
          // the generated types import from. The manifest test compiles those imports.
          exportTypes: 'off',
        },
      },
    }),
  ],
};
