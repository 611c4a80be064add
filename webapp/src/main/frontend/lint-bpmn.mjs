// Lints every BPMN diagram under the given folders with bpmnlint's recommended rules, as the modeler
// does, and fails on any report, warnings included: a new warning in a diagram fails the build.
// Usage: node lint-bpmn.mjs <folder>… (the Maven build passes bpmn/src/main).
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { createRequire } from 'node:module';
import { connectFlowNodes } from './src/modeler/connect-flow-nodes.mjs';

const require = createRequire(import.meta.url);
const { BpmnModdle } = require('bpmn-moddle');
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const DIAGRAM = /\.(bpmn|bpmn20\.xml)$/;

async function diagramsUnder(folder) {
  const found = [];
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      found.push(...await diagramsUnder(file));
    } else if (DIAGRAM.test(entry.name)) {
      found.push(file);
    }
  }
  return found.sort();
}

const folders = process.argv.slice(2);
if (!folders.length) {
  console.error('usage: node lint-bpmn.mjs <folder>…');
  process.exit(2);
}
const flowable = JSON.parse(await readFile(new URL('./src/modeler/flowable-moddle.json', import.meta.url), 'utf8'));
const moddle = new BpmnModdle({ flowable });
const linter = new Linter({ config: { extends: 'bpmnlint:recommended' }, resolver: new NodeResolver() });

const files = (await Promise.all(folders.map(diagramsUnder))).flat();
if (!files.length) {
  console.error('bpmnlint: no diagram (*.bpmn, *.bpmn20.xml) under ' + folders.join(', '));
  process.exit(2);
}
let reports = 0;
for (const file of files) {
  const { rootElement, warnings } = await moddle.fromXML(await readFile(file, 'utf8'));
  warnings.forEach((warning) => {
    reports++;
    console.error(file + ': ' + warning.message);
  });
  const results = await linter.lint(connectFlowNodes(rootElement));
  for (const [rule, issues] of Object.entries(results)) {
    issues.forEach((issue) => {
      reports++;
      console.error(file + ': ' + (issue.id || '') + ' ' + rule + ' [' + issue.category + '] ' + issue.message);
    });
  }
}
if (reports) {
  console.error('bpmnlint: ' + reports + ' problem(s) in ' + files.length + ' diagram(s)');
  process.exit(1);
}
console.log('bpmnlint: ' + files.length + ' diagram(s), no problems');
