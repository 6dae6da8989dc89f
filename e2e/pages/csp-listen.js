/**
 * The strict-CSP pages' first script: records every Content-Security-Policy violation
 * (Trusted Types included) and every uncaught error, from before the bundle loads.
 */
window.__csp = { violations: [], errors: [], trustedTypes: typeof window.trustedTypes };
document.addEventListener('securitypolicyviolation', (event) => {
  window.__csp.violations.push({
    directive: event.violatedDirective,
    effective: event.effectiveDirective,
    blocked: event.blockedURI,
    sample: event.sample,
    source: `${event.sourceFile}:${event.lineNumber}`,
  });
});
// The error's name and message, then its stack: Firefox's stack leaves the message out.
window.addEventListener('error', (event) => {
  window.__csp.errors.push(event.error ? `${String(event.error)}\n${event.error.stack}` : String(event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.__csp.errors.push(`unhandled rejection: ${String(event.reason?.stack ?? event.reason)}`);
});
