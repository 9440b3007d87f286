// Copies the app's picture set (pictures.json) from the OpenMoji npm package into wwwroot/lib/pictures,
// named by key. Run at build time; nothing is fetched at run time.
import { readFileSync, mkdirSync, copyFileSync } from "node:fs";

const { pictures } = JSON.parse(readFileSync("pictures.json", "utf8"));
mkdirSync("wwwroot/lib/pictures", { recursive: true });
for (const { key, code } of pictures) {
  copyFileSync(`node_modules/openmoji/color/svg/${code}.svg`, `wwwroot/lib/pictures/${key}.svg`);
}
console.log(`Copied ${pictures.length} pictures.`);
