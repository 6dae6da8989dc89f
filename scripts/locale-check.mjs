#!/usr/bin/env node
/**
 * `npm run locale:check [locale...]`: a translator's tool. Compares a locale's patch
 * (`src/content/<locale>.ts`, a `ContentPatch` of text fields) with the English content
 * and lists, with a path for each (e.g. `cues[hips-level].why`):
 *
 * - MISSING: a text English has that the locale lacks or leaves empty (every UI string,
 *   every item, every text field, every item of a list of strings), and lists of strings
 *   whose length differs from English (a translation replaces such a list whole).
 * - EXTRA: ids or string keys English does not have, and non-text fields (levels, triage,
 *   red flags, references, id lists...): a translation carries text only, so it can never
 *   weaken a red flag or change what a widget shows. Of a source, only a publisher may be
 *   given, where it is a description ("fitness blog") rather than a name: titles stay as
 *   their sources give them, and a source left out keeps its publisher as it is.
 * - UNTRANSLATED-LOOKING: a text identical to the English, unless it is on the small
 *   allow-list below (texts that are legitimately the same in both languages).
 * - PLACEHOLDER: a text whose `{name}` placeholders differ from the English ones.
 *
 * Why a script: the tests (`src/content/locales.test.ts`) only say pass or fail; while a
 * translation is under way a translator needs the whole list of what is left to do, and
 * a new locale needs the same check before it ships.
 *
 * Usage: `npm run locale:check es` checks one locale (several may be named; an argument
 * ending in `.ts`, `.js` or `.mjs` is read as the path of a locale module, whose file name
 * is its tag). With no argument it checks every shipped locale: each
 * `src/content/<tag>.ts` other than English that exports a `ContentPatch` for its tag.
 * Prints a short report per category, or `es: complete (N entries)`. Exits 0 when every
 * locale is complete, 1 when any has a problem, 2 on a usage error (an unknown locale).
 *
 * Run with tsx (`node --import tsx`), which loads the TypeScript sources directly. The
 * checking itself (`checkLocale`) is pure and imports nothing, so tests can call it with
 * a deliberately broken copy, in Node or in a browser.
 */

/**
 * Texts that may legitimately read the same as the English, by locale and path, each
 * with its reason. Keep it tiny: anything else identical to the English is flagged.
 * Spanish needs none so far: even "Chest" or "Print" differ ("Pecho", "Imprimir").
 * A text with no letters outside its placeholders (e.g. "{name}") is never flagged.
 */
export const sameAsEnglish = {
  es: {},
};

/**
 * The text fields of each collection, as `Content` has them. `text`: single strings;
 * `lists`: lists of strings (replaced whole by a patch); `records`: nested records patched
 * field by field; `items`: nested lists of items patched by id.
 */
const schemas = {
  phases: { text: ['label'] },
  cues: { text: ['text', 'why', 'mistake'], records: { pictures: { text: ['do', 'avoid'] } } },
  variations: {
    text: ['name', 'summary', 'figure'],
    lists: ['muscles', 'suits', 'skipIf'],
    records: { backRisk: { text: ['reason'] }, shoulderRisk: { text: ['reason'] } },
  },
  questions: { text: ['prompt', 'hint'], items: { answers: { text: ['label'] } } },
  outcomes: {
    text: ['title', 'summary'],
    lists: ['actions'],
    records: { referral: { text: ['who', 'when'], lists: ['meanwhile', 'tell'] } },
  },
};

export const collections = Object.keys(schemas);

const isRecord = (value) => typeof value === 'object' && value !== null && !Array.isArray(value);
const quote = (text) => JSON.stringify(text.length > 60 ? `${text.slice(0, 57)}...` : text);

/** The sorted, distinct `{name}` placeholders of a text. */
export function placeholders(text) {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();
}

/**
 * Compares `patch`, the translation for `locale`, with `en`, the whole English content.
 * Returns the problems by category, each a list of `path: what is wrong` lines, and the
 * number of text entries the patch translates. Never throws, whatever `patch` is.
 */
export function checkLocale(en, patch, locale, allow = sameAsEnglish[locale] ?? {}) {
  const report = { missing: [], extra: [], untranslated: [], placeholders: [], entries: 0 };

  /** One text: present and non-empty, not the English word for word, same placeholders. */
  const text = (path, english, value) => {
    if (typeof value !== 'string' || value.trim() === '') {
      report.missing.push(value === undefined ? path : `${path}: must be a non-empty string`);
      return;
    }
    report.entries += 1;
    const lettersOutside = /\p{L}/u.test(value.replace(/\{\w+\}/g, ''));
    if (value.trim() === english.trim() && lettersOutside && !Object.hasOwn(allow, path)) {
      report.untranslated.push(`${path}: ${quote(value)}`);
    }
    const want = placeholders(english).join(' ');
    const have = placeholders(value).join(' ');
    if (want !== have) {
      const show = (names) => (names ? names.split(' ').map((name) => `{${name}}`).join(' ') : 'none');
      report.placeholders.push(`${path}: English has ${show(want)}, ${locale} has ${show(have)}`);
    }
  };

  /** A list of strings: replaced whole by a patch, so the same length and order as English. */
  const list = (path, english, value) => {
    if (value === undefined) {
      if (english.length > 0) report.missing.push(`${path} (${english.length} items)`);
      return;
    }
    if (!Array.isArray(value)) {
      report.missing.push(`${path}: must be a list of ${english.length} texts`);
      return;
    }
    if (value.length !== english.length) {
      report.missing.push(`${path}: has ${value.length} items, English has ${english.length}`);
    }
    english.forEach((each, index) => {
      if (index < value.length) text(`${path}[${index}]`, each, value[index]);
    });
  };

  /** One item or record against its schema; `value` undefined reports each text as missing. */
  const fields = (path, english, value, schema) => {
    if (value !== undefined && !isRecord(value)) {
      report.missing.push(`${path}: must be an object`);
      return;
    }
    const given = value ?? {};
    const known = new Set([
      'id',
      ...(schema.text ?? []),
      ...(schema.lists ?? []),
      ...Object.keys(schema.records ?? {}),
      ...Object.keys(schema.items ?? {}),
    ]);
    for (const key of Object.keys(given)) {
      if (!known.has(key)) report.extra.push(`${path}.${key}: not a text field`);
    }
    for (const key of schema.text ?? []) {
      if (english[key] === undefined) {
        if (given[key] !== undefined) report.extra.push(`${path}.${key}: English has none`);
      } else text(`${path}.${key}`, english[key], given[key]);
    }
    for (const key of schema.lists ?? []) {
      if (Array.isArray(english[key])) list(`${path}.${key}`, english[key], given[key]);
    }
    for (const [key, inner] of Object.entries(schema.records ?? {})) {
      if (english[key] === undefined) {
        if (given[key] !== undefined) report.extra.push(`${path}.${key}: English has none`);
      } else fields(`${path}.${key}`, english[key], given[key], inner);
    }
    for (const [key, inner] of Object.entries(schema.items ?? {})) {
      items(`${path}.${key}`, english[key] ?? [], given[key], inner, value === undefined);
    }
  };

  /**
   * A list of items matched by id. A missing item is reported once, by id; inside an
   * item that is missing altogether (`parentMissing`), nothing more is listed.
   */
  const items = (path, english, value, schema, parentMissing = false) => {
    if (parentMissing) return;
    if (value === undefined) {
      for (const item of english) report.missing.push(`${path}[${item.id}]`);
      return;
    }
    if (!Array.isArray(value)) {
      report.extra.push(`${path}: must be a list of items with ids`);
      return;
    }
    const byId = new Map();
    for (const [index, item] of value.entries()) {
      const id = isRecord(item) ? item.id : undefined;
      if (typeof id !== 'string') report.extra.push(`${path}[${index}]: an item without an id`);
      else if (!english.some((each) => each.id === id)) report.extra.push(`${path}[${id}]: English has no such id`);
      else if (byId.has(id)) report.extra.push(`${path}[${id}]: given twice`);
      else byId.set(id, item);
    }
    for (const item of english) {
      if (byId.has(item.id)) fields(`${path}[${item.id}]`, item, byId.get(item.id), schema);
      else report.missing.push(`${path}[${item.id}]`);
    }
  };

  if (!isRecord(patch)) {
    report.missing.push('(the whole patch): the module exports no object');
    return report;
  }
  for (const key of Object.keys(patch)) {
    if (key !== 'references' && key !== 'locale' && key !== 'strings' && !collections.includes(key)) {
      report.extra.push(`${key}: not part of a content patch`);
    }
  }
  if (patch.locale !== locale) {
    report.missing.push(`locale: must be ${JSON.stringify(locale)}, is ${JSON.stringify(patch.locale ?? null)}`);
  }
  if (patch.strings !== undefined && !isRecord(patch.strings)) {
    report.missing.push('strings: must be an object of UI strings');
  } else {
    const strings = patch.strings ?? {};
    for (const key of Object.keys(strings)) {
      if (!Object.hasOwn(en.strings, key)) report.extra.push(`strings.${key}: English has no such string`);
    }
    for (const [key, english] of Object.entries(en.strings)) text(`strings.${key}`, english, strings[key]);
  }
  for (const collection of collections) items(collection, en[collection], patch[collection], schemas[collection]);
  references(patch.references);
  return report;

  /**
   * The sources: each given by a known id, with a publisher only (a description such as
   * "fitness blog" translated); a title, address or language is never a translation's.
   */
  function references(value) {
    if (value === undefined) return;
    if (!Array.isArray(value)) {
      report.extra.push('references: must be a list of items with ids');
      return;
    }
    const seen = new Set();
    for (const [index, item] of value.entries()) {
      const id = isRecord(item) ? item.id : undefined;
      const english = (en.references ?? []).find((each) => each.id === id);
      if (typeof id !== 'string') report.extra.push(`references[${index}]: an item without an id`);
      else if (!english) report.extra.push(`references[${id}]: English has no such id`);
      else if (seen.has(id)) report.extra.push(`references[${id}]: given twice`);
      else {
        seen.add(id);
        for (const key of Object.keys(item)) {
          if (key !== 'id' && key !== 'publisher') {
            report.extra.push(`references[${id}].${key}: not a text field (sources keep their own titles)`);
          }
        }
        if ('publisher' in item) text(`references[${id}].publisher`, english.publisher, item.publisher);
      }
    }
  }
}

/** Every problem of a report, in category order; empty when the locale is complete. */
export function problems(report) {
  return [...report.missing, ...report.extra, ...report.untranslated, ...report.placeholders];
}

/** The printed report for one locale: one line when complete, else one block per category. */
export function formatReport(locale, report) {
  const count = problems(report).length;
  if (count === 0) return `${locale}: complete (${report.entries} entries)`;
  const lines = [`${locale}: ${count} problem${count === 1 ? '' : 's'} (${report.entries} entries checked)`];
  const categories = [
    ['MISSING', report.missing],
    ['EXTRA', report.extra],
    ['UNTRANSLATED-LOOKING', report.untranslated],
    ['PLACEHOLDER', report.placeholders],
  ];
  for (const [name, entries] of categories) {
    if (entries.length === 0) continue;
    lines.push(`  ${name} (${entries.length})`);
    for (const entry of entries) lines.push(`    ${entry}`);
  }
  return lines.join('\n');
}

/** A language tag as a file name: `es`, `pt-br`, `zh-Hant`. */
const TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

async function main(args) {
  // Loaded here, not at the top, so a browser test can import the pure functions above.
  const { readdirSync, existsSync } = await import(`node:${'fs'}`);
  const { basename, extname, resolve } = await import(`node:${'path'}`);
  const { pathToFileURL } = await import(`node:${'url'}`);
  const contentDir = new URL('../src/content/', import.meta.url);
  const { en } = await import(new URL('en.ts', contentDir).href);

  const shipped = () =>
    readdirSync(contentDir)
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
      .map((file) => file.slice(0, -3))
      .filter((tag) => TAG.test(tag) && tag.split('-')[0] !== en.locale)
      .map((tag) => ({ tag, url: new URL(`${tag}.ts`, contentDir).href, named: false }));

  const targets =
    args.length > 0
      ? args.map((arg) => {
          if (/\.(ts|js|mjs)$/.test(arg)) {
            const path = resolve(arg);
            const tag = basename(path, extname(path));
            return { tag, url: pathToFileURL(path).href, named: true, exists: existsSync(path) };
          }
          const url = new URL(`${arg}.ts`, contentDir);
          return { tag: arg, url: url.href, named: true, exists: TAG.test(arg) && existsSync(url) };
        })
      : shipped().map((target) => ({ ...target, exists: true }));

  let failed = false;
  let checked = 0;
  for (const { tag, url, named, exists } of targets) {
    if (!exists) {
      console.error(`${tag}: no locale module (looked for ${decodeURIComponent(new URL(url).pathname)})`);
      process.exitCode = 2;
      return;
    }
    const module = await import(url);
    const patch = module.default ?? module[tag];
    // Unnamed, a file counts as a locale only when it exports a patch for its own tag.
    if (!named && !(isRecord(patch) && patch.locale === tag)) continue;
    const report = checkLocale(en, patch, tag);
    console.log(formatReport(tag, report));
    failed ||= problems(report).length > 0;
    checked += 1;
  }
  if (checked === 0) console.log('No locale to check: no src/content/<tag>.ts exports a ContentPatch.');
  process.exitCode = failed ? 1 : 0;
}

const entry = globalThis.process?.argv?.[1];
if (entry && import.meta.url === new URL(`file://${entry}`).href) await main(process.argv.slice(2));
