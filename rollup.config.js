import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

// The script-tag bundles: Lit (its production build) and every widget in one
// minified file, as an ES module and as a classic script for tag managers.
// npm users get unbundled per-element modules from `tsc` instead.
const minify = (module) =>
  terser({
    module,
    ecma: 2021,
    compress: { passes: 2 },
    format: { comments: false },
  });

export default {
  input: 'src/mmn-widgets.ts',
  plugins: [
    nodeResolve({ browser: true }),
    esbuild({ target: 'es2021', tsconfig: 'tsconfig.json', minify: false }),
  ],
  output: [
    { file: 'dist/mmn-widgets.js', format: 'es', plugins: [minify(true)] },
    { file: 'dist/mmn-widgets.iife.js', format: 'iife', plugins: [minify(false)] },
  ],
};
