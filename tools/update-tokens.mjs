// Copies the Digital Agency design tokens (npm @digital-go-jp/design-tokens, MIT) into the theme.
// The copy is committed so that building the site needs only .NET; a test checks it is current.
import { readFileSync, writeFileSync } from "node:fs";
const pkg = JSON.parse(readFileSync("node_modules/@digital-go-jp/design-tokens/package.json", "utf8"));
const css = readFileSync("node_modules/@digital-go-jp/design-tokens/dist/tokens.css", "utf8");
const header = `/* @digital-go-jp/design-tokens ${pkg.version} (MIT, Digital Agency). Copied by tools/update-tokens.mjs; do not edit. */\n`;
writeFileSync("theme/css/10-tokens.css", header + css);
console.log(`theme/css/10-tokens.css <- design-tokens ${pkg.version}`);
