// Runs the JavaScript Frictionless client (datapackage + tableschema, from package.json) over
// data package descriptors, as a reader of our downloads would, and prints one JSON report:
// for each descriptor, whether it is valid, and for each resource whether it opens and which
// rows do not cast against its schema. Every file is read as the client reads it, with the
// resource's own encoding, dialect and schema.
// Usage: node frictionless.mjs <datapackage.json>...
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(path.join(process.cwd(), 'package.json'));
const { Package } = require('datapackage');

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
    try {
      const iterator = await resource.iter({ cast: true, forceCast: true });
      result.opened = true;
      result.rows = await castAll(iterator, fail);
      const fields = resource.schema ? resource.schema.fieldNames : [];
      result.headers = resource.headers;
      if (JSON.stringify(resource.headers) !== JSON.stringify(fields))
        fail([`header ${JSON.stringify(resource.headers)} is not the schema's fields ${JSON.stringify(fields)}`]);
      if (resource.descriptor['rs:rows'] !== undefined && resource.descriptor['rs:rows'] !== result.rows)
        fail([`rs:rows says ${resource.descriptor['rs:rows']}, the file has ${result.rows} rows`]);
    } catch (error) {
      fail(messages(error));
    }
    report.resources.push(result);
  }
  return report;
}

const reports = [];
for (const descriptor of process.argv.slice(2)) reports.push(await check(path.resolve(descriptor)));
process.stdout.write(JSON.stringify(reports, null, 1) + '\n');
