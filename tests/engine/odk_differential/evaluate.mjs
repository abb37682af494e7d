// Evaluates XPath expressions with the two ODK reference engines, for sp_collect's
// differential test. Input (stdin, JSON): {"xml": "<data>…</data>", "expressions": ["…"],
// "instances": {"id": "<root>…</root>"}, "timeZone": "UTC"} (secondary instances: @getodk/xpath only).
// Output (stdout, JSON): {"openrosa": [result…], "getodk": [result…]}, where a result is
// {"type": "string"|"number"|"boolean"|"nodeset", "value": …} or {"error": "message"}.
// Numbers that JSON cannot hold are sent as the strings "NaN", "Infinity", "-Infinity".
import { createRequire } from 'node:module';
import { JSDOM } from 'jsdom';

const require = createRequire(import.meta.url);
const input = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));
const dom = new JSDOM('<!DOCTYPE html><html></html>');
const { window } = dom;
for (const name of ['Node', 'XPathResult', 'XPathEvaluator', 'Element', 'Attr', 'Document',
  'DOMParser', 'XMLDocument', 'XMLSerializer', 'NodeFilter', 'Text', 'HTMLElement']) {
  globalThis[name] = window[name];
}
globalThis.window = window;
globalThis.document = window.document;

function parse() {
  return new window.DOMParser().parseFromString(input.xml, 'text/xml');
}

function number(value) {
  if (Number.isNaN(value)) return 'NaN';
  if (value === Infinity) return 'Infinity';
  if (value === -Infinity) return '-Infinity';
  return value;
}

function describe(result) {
  const R = window.XPathResult;
  switch (result.resultType) {
    case R.NUMBER_TYPE: return { type: 'number', value: number(result.numberValue) };
    case R.STRING_TYPE: return { type: 'string', value: result.stringValue };
    case R.BOOLEAN_TYPE: return { type: 'boolean', value: result.booleanValue };
    default: {
      const values = [];
      if (result.resultType === R.UNORDERED_NODE_ITERATOR_TYPE
          || result.resultType === R.ORDERED_NODE_ITERATOR_TYPE) {
        for (let node = result.iterateNext(); node; node = result.iterateNext()) {
          values.push(node.textContent);
        }
      } else {
        for (let i = 0; i < result.snapshotLength; i += 1) {
          values.push(result.snapshotItem(i).textContent);
        }
      }
      return { type: 'nodeset', value: values };
    }
  }
}

function run(evaluate) {
  return input.expressions.map((expression) => {
    try {
      return describe(evaluate(expression));
    } catch (error) {
      return { error: String(error && error.message ? error.message : error).slice(0, 200) };
    }
  });
}

async function main() {
  const out = {};
  const openrosaDoc = parse();
  const openrosaContext = openrosaDoc.documentElement;
  const openrosa = require('openrosa-xpath-evaluator')();
  out.openrosa = run((expression) => openrosa.evaluate(
    expression, openrosaContext, null, window.XPathResult.ANY_TYPE, null));
  // The bundled web-tree-sitter loader expects CommonJS globals when it sees Node.js; its
  // WASM binaries are inlined, so these only need to exist.
  globalThis.__dirname = process.cwd();
  globalThis.module = { exports: {} };
  const { XFormsXPathEvaluator, DEFAULT_DOM_ADAPTER } = await import('@getodk/xpath');
  const getodkDoc = parse();
  const getodkContext = getodkDoc.documentElement;
  const secondary = new Map();
  for (const [id, xml] of Object.entries(input.instances || {})) {
    const wrapped = `<instance id="${id}">${xml}</instance>`;
    secondary.set(id, new window.DOMParser().parseFromString(wrapped, 'text/xml').documentElement);
  }
  const getodk = new XFormsXPathEvaluator({
    rootNode: getodkDoc,
    domAdapter: DEFAULT_DOM_ADAPTER,
    secondaryInstancesById: secondary,
    itextTranslationsByLanguage: new Map(),
    timeZoneId: input.timeZone || 'UTC',
  });
  out.getodk = run((expression) => getodk.evaluate(
    expression, getodkContext, null, window.XPathResult.ANY_TYPE));
  process.stdout.write(JSON.stringify(out));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack ? error.stack : error));
  process.exit(1);
});
