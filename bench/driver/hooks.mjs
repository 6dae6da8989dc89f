/**
 * A module resolution hook (registered by bench/run.mjs): tachometer's
 * `import('chromedriver')` gets the stand-in in ./chromedriver/, not an npm package.
 * Its `require.resolve('chromedriver')` check (run in a child process) finds the same
 * directory through NODE_PATH, which run.mjs sets.
 */
const standIn = new URL('./chromedriver/index.mjs', import.meta.url).href;

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'chromedriver') return { url: standIn, shortCircuit: true };
  return nextResolve(specifier, context);
}
