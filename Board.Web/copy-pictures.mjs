// Copies the app's picture set (pictures.json) from the OpenMoji npm package into wwwroot/lib/pictures,
// named by key, and rasterises each one to PNG for the PDF documents (PDFsharp cannot draw SVG).
// Run at build time; nothing is fetched at run time.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";

// 400 px stays sharp at the 3.2 cm the easy read PDF prints a picture (3.2 cm at 300 dpi is 378 px).
const PngWidth = 400;

const { pictures } = JSON.parse(readFileSync("pictures.json", "utf8"));
mkdirSync("wwwroot/lib/pictures/png", { recursive: true });
for (const { key, code } of pictures) {
  const svg = `node_modules/openmoji/color/svg/${code}.svg`;
  copyFileSync(svg, `wwwroot/lib/pictures/${key}.svg`);
  // A white background, not transparency: the PDF then needs no soft mask, which keeps it smaller and faster to write.
  const image = new Resvg(readFileSync(svg), { fitTo: { mode: "width", value: PngWidth }, background: "white" }).render();
  writeFileSync(`wwwroot/lib/pictures/png/${key}.png`, image.asPng());
}
console.log(`Copied and rasterised ${pictures.length} pictures.`);
