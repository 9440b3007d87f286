// Copies the app's picture set (pictures.json) from the OpenMoji npm package into wwwroot/lib/pictures,
// named by key, and rasterises each one for the PDF documents, which PDFsharp cannot draw from SVG.
// Run at build time; nothing is fetched at run time.
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { Resvg } from "@resvg/resvg-js";
import jpeg from "jpeg-js";

// 400 px stays sharp at the 3.2 cm the easy read PDF prints a picture (3.2 cm at 300 dpi is 378 px).
const Width = 400;
// JPEG, not PNG: PDFsharp copies a JPEG into the PDF as it is, where a PNG is decoded and compressed again on
// every render (about 15 ms a picture, most of a 20-item document's time). On a white background, as printed.
const Quality = 90;

const { pictures } = JSON.parse(readFileSync("pictures.json", "utf8"));
mkdirSync("wwwroot/lib/pictures/pdf", { recursive: true });
for (const { key, code } of pictures) {
  const svg = `node_modules/openmoji/color/svg/${code}.svg`;
  copyFileSync(svg, `wwwroot/lib/pictures/${key}.svg`);
  const image = new Resvg(readFileSync(svg), { fitTo: { mode: "width", value: Width }, background: "white" }).render();
  const encoded = jpeg.encode({ data: image.pixels, width: image.width, height: image.height }, Quality);
  writeFileSync(`wwwroot/lib/pictures/pdf/${key}.jpg`, encoded.data);
}
console.log(`Copied and rasterised ${pictures.length} pictures.`);
