/**
 * Custom Elements Manifest (`npm run analyze`, also run by `npm run build`): writes
 * `custom-elements.json` at the package root from the source's types and JSDoc. Storybook's
 * controls and docs, editors and framework wrappers read it.
 */

/**
 * Our entry files register tags with `SomeElement.define('some-tag')` (a `define()` that
 * never throws twice), which the analyzer does not recognise as `customElements.define`.
 * This plugin finds those calls and records the tag the way the analyzer would: `tagName`
 * on the class, and a `custom-element-definition` export on the module that registers it.
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
          for (const attribute of declaration.attributes ?? []) {
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

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/test/**'],
  outdir: '.',
  litelement: true,
  // package.json already names the manifest (`customElements`); never rewrite it.
  packagejson: false,
  plugins: [pushupDefinePlugin(), pushupDocsPlugin()],
};
