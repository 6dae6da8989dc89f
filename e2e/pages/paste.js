/**
 * The builder test's blank post (paste.html): `window.paste(html)` adds a snippet to the
 * post as if it were written in the page. A fragment from `createContextualFragment` runs
 * its scripts when inserted (unlike `innerHTML`), so a pasted `<script>` loads as it would
 * in a saved post; an `<iframe>` loads its page.
 */
window.paste = (html) => {
  const post = document.getElementById('post');
  const range = document.createRange();
  range.selectNodeContents(post);
  post.append(range.createContextualFragment(html));
};
