// The three tags' settings for `astro check`, generated from the package's manifest: a
// wrong type or a misspelt name on a plain tag is an error. Events are not settings: a
// server-rendered tag cannot take a function, so the page listens in a <script>.
import type {} from 'pushup-widgets/types/astro';
