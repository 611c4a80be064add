// Bundles the front-end entry points into the application's static resources.
// The output directory comes from Maven (--outdir=…); run `npm run build` alone to build into ./dist.
import * as esbuild from 'esbuild';
import { readFile } from 'node:fs/promises';

// The properties panel creates its container with an inline style attribute, which the CSP
// (style-src 'self') refuses: drop the attribute here; modeler.css gives the container its height.
const PANEL_CONTAINER = '<div style="height: 100%" tabindex="-1" class="bio-properties-panel-container"></div>';
const noInlineStyles = {
  name: 'no-inline-styles',
  setup(build) {
    build.onLoad({ filter: /bpmn-js-properties-panel[\\/]dist[\\/]index\.esm\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(PANEL_CONTAINER)) {
        throw new Error('bpmn-js-properties-panel no longer creates its container as expected: review no-inline-styles');
      }
      return {
        contents: source.replace(PANEL_CONTAINER, '<div tabindex="-1" class="bio-properties-panel-container"></div>'),
        loader: 'js',
      };
    });
  },
};

const outdirArg = process.argv.find((a) => a.startsWith('--outdir='));
const outdir = outdirArg ? outdirArg.substring('--outdir='.length) : 'dist';

await esbuild.build({
  entryPoints: {
    // Every page: htmx and the shared look (public site, member portal, inbox, admin).
    musubi: 'src/musubi.js',
    'musubi-style': 'src/musubi.css',
    // Task page of the inbox: read-only process diagram (bpmn-js viewer).
    diagram: 'src/inbox/diagram.js',
    'diagram-style': 'src/inbox/diagram.css',
    // CMS editor form: TipTap rich text, pickers, unsaved-changes warning.
    editor: 'src/editor/editor.js',
    'editor-style': 'src/editor/editor.css',
    // BPMN modeler: bpmn-js modeler, properties panel, bpmnlint.
    modeler: 'src/modeler/modeler.js',
    'modeler-style': 'src/modeler/modeler.css',
    // 当日受付 of an event: the QR code read with the camera (BarcodeDetector, else jsQR).
    checkin: 'src/event/checkin.js',
  },
  bundle: true,
  minify: true,
  sourcemap: true,
  format: 'iife',
  target: ['chrome110', 'safari16', 'edge110', 'firefox110'],
  // bpmn-js ships its icon font with its stylesheet.
  loader: { '.woff': 'file', '.woff2': 'file', '.ttf': 'file', '.eot': 'file', '.svg': 'file' },
  outdir,
  plugins: [noInlineStyles],
  logLevel: 'warning',
});
