// Bundles the front-end entry points into the application's static resources.
// The output directory comes from Maven (--outdir=…); run `npm run build` alone to build into ./dist.
import * as esbuild from 'esbuild';

const outdirArg = process.argv.find((a) => a.startsWith('--outdir='));
const outdir = outdirArg ? outdirArg.substring('--outdir='.length) : 'dist';

await esbuild.build({
  entryPoints: {
    musubi: 'src/musubi.js',
    'musubi-style': 'src/musubi.css',
  },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['chrome110', 'safari16', 'edge110', 'firefox110'],
  outdir,
  logLevel: 'warning',
});
