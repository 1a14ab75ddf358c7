// SVG to PNG with resvg compiled to WebAssembly: no native build step, no system fonts.
// DejaVu Sans (from npm) draws Vietnamese; the module and font load once.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { initWasm, Resvg } from "@resvg/resvg-wasm";

const require = createRequire(import.meta.url);
let ready: Promise<Uint8Array> | null = null;

function load(): Promise<Uint8Array> {
  ready ??= (async () => {
    await initWasm(readFile(require.resolve("@resvg/resvg-wasm/index_bg.wasm")));
    return readFile(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf"));
  })();
  return ready;
}

export async function renderPng(svg: string): Promise<Buffer> {
  const font = await load();
  const image = new Resvg(svg, {
    font: { fontBuffers: [font], defaultFontFamily: "DejaVu Sans", loadSystemFonts: false },
  }).render();
  return Buffer.from(image.asPng());
}
