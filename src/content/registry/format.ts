/**
 * Fills `{name}` placeholders in a locale string. Unknown placeholders are left as they
 * are, so a translation with a typo shows the typo rather than an empty gap.
 */
export function formatString(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}
