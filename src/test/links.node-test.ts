/**
 * Every relative link in the README, CONTRIBUTING.md, CHANGELOG.md and docs/*.md leads to
 * a file the repository tracks (so it is there in a fresh clone and on GitHub), never
 * outside the repository, and, where it names a heading (`page.md#heading`), to a heading of
 * that page, by GitHub's slug. Links inside code are not links, and are left alone.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

const pages = [
  'README.md',
  'CONTRIBUTING.md',
  'CHANGELOG.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];

/** The files git tracks, as repository paths; on a copy that is not a checkout, those on disk. */
const tracked = (() => {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' });
  return listed.status === 0 ? new Set(listed.stdout.split('\0').filter(Boolean)) : undefined;
})();

/** Whether `path` (a repository path, '' for the root) is a tracked file or a folder holding one. */
function inRepository(path: string): boolean {
  if (!tracked) return existsSync(join(root, path));
  if (path === '' || tracked.has(path)) return true;
  const folder = path.endsWith('/') ? path : `${path}/`;
  for (const file of tracked) if (file.startsWith(folder)) return true;
  return false;
}

/** The text of a Markdown page without its fenced code blocks and inline code. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
}

/** GitHub's anchor for each heading of a page, with `-1`, `-2`… for repeats. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutFences = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, heading] of withoutFences.matchAll(/^#{1,6}\s+(.+?)\s*#*\s*$/gm)) {
    const text = heading
      .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/<[^>]+>/g, (tag) => (/^<[a-z-]+>$/.test(tag) ? tag.slice(1, -1) : ''));
    const slug = text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const count = seen.get(slug) ?? 0;
    seen.set(slug, count + 1);
    result.add(count === 0 ? slug : `${slug}-${count}`);
  }
  return result;
}

/** Each link target of a page: Markdown links and images, and HTML `href`, `src` and `srcset`. */
function targets(markdown: string): string[] {
  const text = prose(markdown);
  return [
    ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map(([, target]) => target),
    ...[...text.matchAll(/^\[[^\]]+\]:\s*(\S+)/gm)].map(([, target]) => target),
    ...[...text.matchAll(/\b(?:href|src|srcset)="([^"]+)"/g)].map(([, target]) => target),
  ];
}

const isExternal = (target: string) => /^[a-z][a-z\d+.-]*:/i.test(target);

describe('links in the README, CONTRIBUTING.md, CHANGELOG.md and docs/', () => {
  for (const page of pages) {
    it(`${page}: every relative link leads to a file of the repository, and each anchor to a heading`, () => {
      const markdown = readFileSync(join(root, page), 'utf8');
      const problems: string[] = [];
      for (const target of targets(markdown)) {
        if (isExternal(target)) continue;
        const [path, anchor] = target.split('#', 2) as [string, string | undefined];
        if (path.startsWith('/')) {
          problems.push(`${target}: an absolute path, which no clone has`);
          continue;
        }
        const resolved = path === '' ? page : posix.normalize(posix.join(posix.dirname(page), decodeURI(path)));
        const fromRoot = relative(root, join(root, resolved)).split(sep).join('/');
        if (fromRoot.startsWith('..') || resolved.startsWith('..')) {
          problems.push(`${target}: outside the repository`);
          continue;
        }
        if (!inRepository(fromRoot === '.' ? '' : fromRoot)) {
          problems.push(`${target}: ${fromRoot} is not a file of the repository`);
          continue;
        }
        if (anchor && resolved.endsWith('.md')) {
          const headings = anchors(readFileSync(join(root, resolved), 'utf8'));
          if (!headings.has(decodeURIComponent(anchor))) {
            problems.push(`${target}: ${resolved} has no heading #${anchor} (it has ${[...headings].join(', ')})`);
          }
        }
      }
      assert.deepEqual(problems, [], `${page} has broken links`);
    });
  }

  it('finds the links it checks', () => {
    assert.deepEqual(anchors('# A site\'s own next step\n## `<back-pain-quiz>`\n## Size\n## Size\n'), new Set(['a-sites-own-next-step', 'back-pain-quiz', 'size', 'size-1']));
    assert.deepEqual(targets('[a](docs/a.md#b) `[c](d.md)`\n```\n[e](f.md)\n```\n<img src="x.png" />'), ['docs/a.md#b', 'x.png']);
  });
});
