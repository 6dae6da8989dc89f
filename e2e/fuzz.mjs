/**
 * The fuzz test's generators (fast-check, in Node) and its driver. Actions are plain JSON
 * (values JSON cannot carry are tokens such as `{ $: 'symbol' }`, made real in the page
 * by `e2e.materialise`) and run in the page in batches, each run in a fresh page:
 * create an element, set an attribute to a hostile string, set a property to a hostile
 * value, set `content` to a hostile patch, `registerContent()` one, connect, disconnect,
 * move into an iframe (`adoptNode`) and back, and click a button or input.
 *
 * A run fails on an uncaught error, a throwing action, markup or script in a shadow root,
 * `window.__pwned` set by any payload, one element giving the same warning twice, or a red
 * flag that no longer leads to the emergency result after the registered patches.
 */
import fc from 'fast-check';

const TAGS = ['pushup-form-checklist', 'back-pain-quiz', 'variation-risk-card'];
const ATTRIBUTES = ['variation', 'persist', 'compact', 'heading', 'heading-level', 'lang', 'emergency-number', 'urgent-number'];
const BATCH = 25;

/** Payloads that set `window.__pwned` if they ever run. */
const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload=window.__pwned=3>',
  "' onmouseover='window.__pwned=4' x='",
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
  'javascript:window.__pwned=6',
  ' JaVaScRiPt:window.__pwned=7',
  'data:text/html,<script>parent.__pwned=8</script>',
  '</style><script>window.__pwned=9</script>',
  '${window.__pwned=10}',
  '{{constructor.constructor("window.__pwned=11")()}}',
  '<a href="javascript:window.__pwned=12">x</a>',
  '<details open ontoggle=window.__pwned=13>',
  '<style>*{display:none}</style>',
  '&lt;b&gt;escaped&lt;/b&gt; &amp; "quotes" \'single\' `back`',
  '<!-- comment --><b>bold</b>',
  '\u202eevil\u202c',
  '\u0000nul',
];

/** Long words, each different within its first 40 characters (warnings quote 40). */
const LONG_WORDS = [
  'Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen',
  `Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz${'x'.repeat(200)}`,
  `${'Liegestütz'.repeat(40)}`,
  `pneumonoultramicroscopicsilicovolcanoconiosis${'-'.repeat(3)}${'a'.repeat(1000)}`,
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢👩🏽‍🚀🏳️‍🌈ﷺ𒐫',
  'مرحباباللغةالعربيةالطويلةجدامنغيرمسافاتبينالكلماتالكثيرة',
];

const TOKENS = ['undefined', 'NaN', 'Infinity', '-0', 'bigint', 'function', 'symbol', 'null-prototype', 'date', 'proxy', 'cyclic', 'long-list'].map(
  (name) => ({ $: name }),
);

/** The generators, built on the real ids of the bundle's content (read from the page). */
function arbitraries(ids) {
  const hostileString = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...PAYLOADS) },
    { weight: 3, arbitrary: fc.string({ maxLength: 24 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
    { weight: 1, arbitrary: fc.constantFrom(...LONG_WORDS) },
    {
      weight: 2,
      arbitrary: fc.constantFrom('', ' ', '0', '7', '-1', '112', '+44 20 7946 0000', '999#', 'true', 'false', 'null', 'standard', 'knee', 'plank', 'es', 'en', 'ar', 'default', ' 3 '),
    },
  );
  const hostileValue = fc.oneof(
    { weight: 4, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.constantFrom(true, false, 0, 1, 2, 6, 7, 112, -1, 1.5, null) },
    { weight: 2, arbitrary: fc.constantFrom(...TOKENS) },
    { weight: 1, arbitrary: fc.constantFrom({}, [], ['x']) },
    { weight: 1, arbitrary: fc.array(hostileString, { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.subarray(ids.cues) },
    {
      weight: 1,
      arbitrary: fc.dictionary(fc.constantFrom(...ids.questions.map((question) => question.id), 'x'), fc.oneof(fc.subarray(ids.answers), hostileString), { maxKeys: 3 }),
    },
  );
  const flagged = ids.questions.flatMap((question) =>
    question.answers.filter((answer) => answer.redFlag).map((answer) => ({ question: question.id, answer: answer.id })),
  );
  const selfCare = ids.outcomes.filter((outcome) => outcome.triage === 'self-care').map((outcome) => outcome.id);
  const referral = ids.outcomes.filter((outcome) => outcome.triage !== 'self-care').map((outcome) => outcome.id);
  const weakening = fc.oneof(
    fc.constantFrom(...flagged).map(({ question, answer }) => ({ questions: [{ id: question, answers: [{ id: answer, redFlag: null }] }] })),
    fc
      .tuple(fc.constantFrom(...flagged), fc.constantFrom(...selfCare))
      .map(([{ question, answer }, outcome]) => ({ questions: [{ id: question, answers: [{ id: answer, redFlag: { triage: 'self-care', outcome, endsQuiz: false } }] }] })),
    fc
      .tuple(fc.constantFrom(...flagged), fc.constantFrom('see-doctor', 'self-care'))
      .map(([{ question, answer }, triage]) => ({ questions: [{ id: question, answers: [{ id: answer, redFlag: { triage } }] }] })),
    fc.constantFrom(...referral).map((id) => ({ outcomes: [{ id, triage: 'self-care', referral: null }] })),
    fc.constantFrom(...ids.questions.map((question) => question.id)).map((id) => ({ questions: [{ id, answers: null }] })),
    fc.constant({ questions: [] }),
    fc.constant({ questions: 'none' }),
  );
  const url = fc.constantFrom(
    'javascript:window.__pwned=20',
    ' JAVASCRIPT:window.__pwned=21',
    'data:text/html,<script>parent.__pwned=22</script>',
    'vbscript:msgbox',
    '//evil.example/',
    'http://example.org/"><img src=x onerror=window.__pwned=23>',
    'https://example.org/',
  );
  const reference = fc.record(
    { id: fc.constantFrom(...ids.references, 'evil-ref'), title: hostileString, publisher: hostileString, url },
    { requiredKeys: ['id', 'url'] },
  );
  const cue = fc.record(
    {
      id: fc.oneof(fc.constantFrom(...ids.cues), fc.constantFrom('evil-cue', 'EVIL cue', '')),
      phase: fc.constantFrom('setup', 'lowering', 'pressing', 'every-set', 'evil'),
      text: hostileString,
      why: hostileString,
      mistake: hostileString,
      variations: fc.oneof(fc.constant('all'), fc.subarray(ids.variations), hostileValue),
      references: fc.oneof(fc.subarray([...ids.references, 'evil-ref']), hostileValue),
    },
    { requiredKeys: ['id'] },
  );
  const variation = fc.record(
    {
      id: fc.constantFrom(...ids.variations, 'evil-variation'),
      name: hostileString,
      summary: hostileString,
      easier: fc.oneof(fc.subarray(ids.variations), hostileValue),
      harder: fc.oneof(fc.subarray(ids.variations), hostileValue),
    },
    { requiredKeys: ['id'] },
  );
  const anyItem = fc.dictionary(fc.constantFrom('id', 'text', 'label', 'url', 'name', 'triage', 'redFlag', 'answers', 'prompt', 'references'), hostileValue, { maxKeys: 4 });
  const patch = fc.oneof(
    { weight: 2, arbitrary: hostileValue },
    { weight: 3, arbitrary: fc.record({ strings: fc.dictionary(fc.constantFrom(...ids.strings, 'notAString'), fc.oneof(hostileString, hostileValue), { maxKeys: 3 }) }) },
    { weight: 3, arbitrary: fc.record({ cues: fc.array(cue, { maxLength: 2 }) }) },
    { weight: 2, arbitrary: fc.record({ references: fc.array(reference, { minLength: 1, maxLength: 2 }), cues: fc.array(cue, { maxLength: 1 }) }) },
    { weight: 2, arbitrary: fc.record({ variations: fc.array(variation, { maxLength: 2 }) }) },
    { weight: 3, arbitrary: weakening },
    {
      weight: 2,
      arbitrary: fc.dictionary(
        fc.constantFrom('locale', 'strings', 'references', 'phases', 'cues', 'variations', 'questions', 'outcomes', 'junk'),
        fc.oneof(hostileValue, fc.array(anyItem, { maxLength: 3 })),
        { maxKeys: 3 },
      ),
    },
  );
  const index = fc.nat(99);
  const action = fc.oneof(
    { weight: 2, arbitrary: fc.record({ op: fc.constant('create'), tag: fc.constantFrom(...TAGS) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('attribute'), index, name: fc.constantFrom(...ATTRIBUTES), value: fc.option(hostileString, { nil: null, freq: 8 }) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('property'), index, name: fc.nat(6), value: hostileValue }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('content'), index, patch }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('register'), patch }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('connect'), index }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('disconnect'), index }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('to-frame'), index }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('from-frame'), index }) },
    { weight: 3, arbitrary: fc.record({ op: fc.constant('click'), index, control: fc.nat(500) }) },
  );
  return { action };
}

/** Reads the ids the generators use from the bundle's own `en` content. */
function readIds() {
  return window.e2e.exports().then(({ en }) => ({
    cues: en.cues.map((cue) => cue.id),
    variations: en.variations.map((variation) => variation.id),
    references: en.references.map((reference) => reference.id),
    strings: Object.keys(en.strings),
    questions: en.questions.map((question) => ({
      id: question.id,
      answers: question.answers.map((answer) => ({ id: answer.id, redFlag: Boolean(answer.redFlag) })),
    })),
    answers: en.questions.flatMap((question) => question.answers.map((answer) => answer.id)),
    outcomes: en.outcomes.map((outcome) => ({ id: outcome.id, triage: outcome.triage })),
  }));
}

/** After a run: does a red flag still lead to the emergency result, whatever was registered? */
async function emergencyStillEmergency() {
  const quiz = document.createElement('back-pain-quiz');
  quiz.answers = { 'emergency-symptoms': ['both-legs'] };
  document.body.append(quiz);
  await window.e2e.settle([quiz]);
  const triage = quiz.shadowRoot.querySelector('[part~="triage"]')?.className ?? '(no triage)';
  const causes = quiz.shadowRoot.querySelectorAll('[part~="cause"], [part~="variations"]').length;
  quiz.remove();
  return { triage, causes };
}

/** A problem's text without what differs from one occurrence to the next (numbers, ports). */
function kindOf(problem) {
  return problem
    .replace(/\[fuzz action \d+\] /g, '')
    .replace(/#\d+/g, '#N')
    .replace(/:\d+:\d+/g, '')
    .replace(/127\.0\.0\.1:\d+/g, 'host')
    .split('\n')[0]
    .slice(0, 200);
}

/**
 * Runs `runs` fast-check runs of `actionsPerRun` actions, each in a fresh page from
 * `open()`, and gathers every problem of every run (rather than stopping at the first
 * failing run and shrinking it, which takes minutes here: each problem is reported with
 * the action it followed and that element's recent history instead). Returns
 * `{ seed, runs, actions, warnings, consoleErrors, failure? }`.
 */
export async function fuzzActions({ runs, actionsPerRun, open, unexpectedTrouble, seed = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31) }) {
  const probe = await open();
  let ids;
  try {
    ids = await probe.page.evaluate(readIds);
  } finally {
    await probe.close();
  }
  const { action } = arbitraries(ids);
  const totals = { actions: 0, runs: 0, warnings: 0, consoleErrors: 0 };
  /** kind -> { count, runs: Set, example } */
  const kinds = new Map();
  const note = (run, problem, example) => {
    const kind = kindOf(problem);
    const entry = kinds.get(kind) ?? { count: 0, runs: new Set(), example: undefined };
    entry.count += 1;
    entry.runs.add(run);
    entry.example ??= { run, ...example, problem };
    kinds.set(kind, entry);
  };
  const property = fc.asyncProperty(fc.array(action, { minLength: actionsPerRun, maxLength: actionsPerRun }), async (actions) => {
    const run = totals.runs + 1;
    const { page, close } = await open();
    try {
      for (let start = 0; start < actions.length; start += BATCH) {
        // Plain JSON: fast-check may build objects without a prototype, which WebDriver BiDi will not carry.
        await page.evaluate((batch) => window.e2e.runActions(batch), JSON.parse(JSON.stringify(actions.slice(start, start + BATCH))));
      }
      const report = await page.evaluate(() => window.e2e.fuzzReport());
      const safety = await page.evaluate(emergencyStillEmergency);
      // Uncaught errors are in the findings already, with their action; the browser's own
      // report of them adds only what the page's listeners missed.
      const known = report.findings.map((finding) => finding.problem).join('\n');
      const trouble = (await unexpectedTrouble(page)).filter((each) => {
        if (each.startsWith('in page: ')) return false;
        if (!each.startsWith('pageerror: ')) return true;
        const message = each.slice('pageerror: '.length).split('\n')[0].replace(/^Error: /, '').slice(0, 80);
        return !known.includes(message);
      });
      totals.actions += report.actions;
      totals.runs += 1;
      totals.warnings += report.warnings;
      totals.consoleErrors += report.consoleErrors;
      for (const finding of report.findings) note(run, finding.problem, finding);
      for (const each of report.repeated) note(run, `repeated warning: ${each}`, {});
      for (const each of trouble) note(run, `unexpected ${each}`, {});
      if (report.pageMarkup > 0) note(run, `${report.pageMarkup} <img>, <iframe> or inline <script> in the page's own DOM`, {});
      if (!/\bemergency\b/.test(safety.triage) || safety.causes > 0) {
        note(run, `after the registered patches, 'both-legs' gives triage "${safety.triage}" with ${safety.causes} causes`, {});
      }
    } finally {
      await close();
    }
    return true;
  });
  await fc.check(property, { numRuns: runs, seed });
  let failure;
  if (kinds.size > 0) {
    failure =
      `fast-check seed ${seed} (FUZZ_SEED=${seed} replays it): ${kinds.size} kind(s) of problem in ${totals.runs} runs of ${actionsPerRun} actions\n` +
      [...kinds]
        .map(([kind, { count, runs: inRuns, example }]) =>
          [
            `- ${count}× in ${inRuns.size} run(s): ${kind}`,
            example.action ? `  first after action ${example.action} of run ${example.run} on ${example.element}` : '',
            example.history?.length ? `  that element's actions: ${example.history.join(' | ')}` : '',
            `  full text: ${example.problem.slice(0, 600)}`,
          ]
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n');
  }
  return { seed, ...totals, failure };
}
