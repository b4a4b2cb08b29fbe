// Validates a DCAT catalogue (JSON-LD) against SHACL shapes, as a DCAT-AP harvester would.
// Usage: node dcat-shacl.mjs <catalog.jsonld> <shapes.ttl>...
// Prints one JSON object: { triples, results: [{ severity, path, focus, types, shape, message, value }] }.
// Offline: the document loader refuses every remote context, so the catalogue must embed its own.
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { Parser } from 'n3';
import rdf from '@zazuko/env';
import SHACLValidator from 'rdf-validate-shacl';

const [catalogPath, ...shapePaths] = process.argv.slice(2);
const documentLoader = async url => { throw new Error(`remote document refused (offline): ${url}`); };

const doc = JSON.parse(readFileSync(catalogPath, 'utf8'));
const nquads = await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader, safe: true });
const data = rdf.dataset(new Parser({ format: 'N-Quads' }).parse(nquads));

const shapes = rdf.dataset();
for (const path of shapePaths)
  for (const quad of new Parser({ format: 'Turtle', baseIRI: 'file://' + path }).parse(readFileSync(path, 'utf8'))) shapes.add(quad);

const report = await new SHACLValidator(shapes, { factory: rdf }).validate(data);
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const typesOf = node => [...data.match(node, rdf.namedNode(RDF_TYPE))].map(q => q.object.value).sort();
const results = report.results.map(r => ({
  severity: r.severity?.value.replace('http://www.w3.org/ns/shacl#', ''),
  path: r.path?.value ?? null,
  focus: r.focusNode?.termType === 'BlankNode' ? '_:' : r.focusNode?.value,
  types: r.focusNode ? typesOf(r.focusNode) : [],
  shape: r.sourceConstraintComponent?.value.replace('http://www.w3.org/ns/shacl#', ''),
  message: r.message.map(m => m.value).join(' '),
  value: r.value?.value ?? null,
}));
process.stdout.write(JSON.stringify({ triples: data.size, results }));
