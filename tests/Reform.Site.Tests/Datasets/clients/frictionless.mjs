// Runs the JavaScript Frictionless client (datapackage + tableschema, from package.json) over
// data package descriptors, as a reader of our downloads would, and prints one JSON report:
// for each descriptor, whether it is valid, and for each resource whether it opens and which
// rows do not cast against its schema.
//
// This client does not drop a UTF-8 BOM (it decodes with Node's StringDecoder and parses with
// csv-parse's `bom` option off), so the first header of a CSV with a BOM reads as "\uFEFFid" and
// every row then fails the header check. Each resource is therefore read twice: as the client
// reads it (`bomInFirstHeader` reports the BOM, its errors are `asIs`) and, through the same
// tableschema Table with the resource's own schema and dialect, from a stream without the BOM
// (`errors`): that is what a reader who strips the BOM gets, and it checks every cell.
// Usage: node frictionless.mjs <datapackage.json>...
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { Transform } from 'node:stream';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const { Package } = require('datapackage');
const { Table } = require('tableschema');

/** A byte stream of the file without a leading UTF-8 BOM. */
function withoutBom(file) {
  let first = true;
  return fs.createReadStream(file).pipe(new Transform({
    transform(chunk, _encoding, done) {
      if (first && chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      first = false;
      done(null, chunk);
    },
  }));
}

/** Reads every row with cast, collecting errors instead of stopping at the first. */
async function castAll(iterator, fail) {
  let rows = 0;
  for await (const row of iterator) {
    if (row instanceof Error) fail(messages(row));
    else rows += 1;
  }
  return rows;
}

const MaxErrors = 20; // messages kept per resource; every error is counted

function messages(error) {
  const inner = error.errors && error.errors.length ? error.errors : [error];
  return inner.map(e => `${e.rowNumber !== undefined ? `row ${e.rowNumber}: ` : ''}${e.message}`);
}

async function check(descriptor) {
  const report = { descriptor, valid: false, errors: [], resources: [] };
  let dataPackage;
  try {
    dataPackage = await Package.load(descriptor, { strict: false });
  } catch (error) {
    report.errors.push(`load: ${error.message}`);
    return report;
  }
  report.valid = dataPackage.valid;
  report.errors.push(...dataPackage.errors.map(e => e.message));
  for (const resource of dataPackage.resources) {
    const result = { name: resource.name, path: resource.descriptor.path, valid: resource.valid, opened: false, rows: 0, errorCount: 0, errors: [] };
    const fail = list => {
      result.errorCount += list.length;
      for (const m of list) if (result.errors.length < MaxErrors) result.errors.push(m);
    };
    if (!resource.valid) fail(resource.errors.map(e => `descriptor: ${e.message}`));
    const asIs = [];
    try {
      const iterator = await resource.iter({ cast: true, forceCast: true });
      result.opened = true;
      result.rowsAsIs = await castAll(iterator, list => asIs.push(...list));
      result.bomInFirstHeader = (resource.headers ?? [])[0]?.startsWith('\uFEFF') ?? false;
    } catch (error) {
      fail(messages(error));
    }
    result.asIsErrorCount = asIs.length;
    result.asIs = asIs.slice(0, MaxErrors);
    if (result.opened) {
      try {
        const dialect = resource.descriptor.dialect ?? {};
        const table = await Table.load(() => withoutBom(resource.source), {
          schema: resource.descriptor.schema,
          delimiter: dialect.delimiter,
        });
        result.rows = await castAll(await table.iter({ cast: true, forceCast: true }), fail);
        const fields = resource.schema ? resource.schema.fieldNames : [];
        result.headers = table.headers;
        if (JSON.stringify(table.headers) !== JSON.stringify(fields))
          fail([`header ${JSON.stringify(table.headers)} is not the schema's fields ${JSON.stringify(fields)}`]);
        if (resource.descriptor['rs:rows'] !== undefined && resource.descriptor['rs:rows'] !== result.rows)
          fail([`rs:rows says ${resource.descriptor['rs:rows']}, the file has ${result.rows} rows`]);
      } catch (error) {
        fail(messages(error));
      }
    }
    report.resources.push(result);
  }
  return report;
}

const reports = [];
for (const descriptor of process.argv.slice(2)) reports.push(await check(path.resolve(descriptor)));
process.stdout.write(JSON.stringify(reports, null, 1) + '\n');
