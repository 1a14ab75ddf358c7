// A Word or Excel file is a zip of XML parts (an OOXML package). Only the parts a plan
// reader asks for are inflated, each checked against the limits from the sizes the zip's
// directory declares before a byte is inflated, and then held to that declared size.
import type { PlanLimits } from "../domain/limits.ts";
import { xmlTree, type XmlNode } from "../formats/xml-stream.ts";
import { readEntry, zipEntries, type ZipEntry } from "../formats/zip.ts";
import { type Budget, refuse } from "./budget.ts";
import type { ReadErrorCode } from "./document.ts";
import { flatKind, flatOpcParts } from "./flat-package.ts";

const ZIP = Buffer.from("PK\x03\x04", "latin1");

export interface Relationship {
  id: string;
  /** The last segment of the relationship type: "officeDocument", "styles", "worksheet". */
  type: string;
  /** The part it points to, as a path in the zip. */
  target: string;
}

export interface OoxmlPackage {
  /** A part's bytes, or null when the package has no such part. */
  part(path: string): Buffer | null;
  /** The relationships of a part ("" for the package's own). */
  relationships(path: string): Relationship[];
  /** A small part as a tree of elements. */
  tree(path: string): XmlNode | null;
}

/** "word/document.xml" + "media/a.png" → "word/media/a.png"; "/xl/x.xml" → "xl/x.xml". */
function resolveTarget(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const p of target.split("/")) {
    if (p === "..") parts.pop();
    else if (p !== "." && p !== "") parts.push(p);
  }
  return parts.join("/");
}

function relsPath(path: string): string {
  const slash = path.lastIndexOf("/");
  return `${path.slice(0, slash + 1)}_rels/${path.slice(slash + 1)}.rels`;
}

/**
 * `within`: the budget of the document the package is part of (a workbook embedded in a Word file), which counts its
 * inflated parts with the document's own.
 */
export function openPackage(
  buffer: Buffer,
  limits: PlanLimits,
  unreadable: ReadErrorCode,
  within?: Budget,
): OoxmlPackage {
  if (buffer.length > limits.maxBytes) refuse("plan-too-large", "file size");
  // One-file XML documents hold the same parts (flat-package.ts): Word's package its parts as they are, a flat
  // OpenDocument both content.xml's and styles.xml's elements.
  const flat = buffer.subarray(0, 4).equals(ZIP) ? null : flatKind(buffer);
  if (flat === "word") {
    const parts = flatOpcParts(buffer, limits, unreadable);
    return packageOf((path) => parts.get(path) ?? null, limits);
  }
  if (flat) return packageOf((path) => (path === "content.xml" || path === "styles.xml" ? buffer : null), limits);
  const entries = zipEntries(buffer);
  if (!entries) refuse(unreadable, "no zip directory");
  if (entries.length > limits.maxEntries) refuse("plan-too-complex", "zip entries");
  const byName = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (byName.has(entry.name)) refuse(unreadable, `duplicate entry ${entry.name}`);
    byName.set(entry.name, entry);
  }
  let inflated = 0;
  const part = (path: string): Buffer | null => {
    const entry = byName.get(path);
    if (!entry) return null;
    if (entry.inflated > limits.maxPartBytes) refuse("plan-too-large", `part ${path}`);
    inflated += entry.inflated;
    if (inflated > limits.maxInflatedBytes) refuse("plan-too-large", "inflated parts");
    within?.unpacked(entry.inflated);
    const read = readEntry(buffer, entry);
    if (!read.ok) refuse(unreadable, `${path}: ${read.problem}`);
    return read.data;
  };
  return packageOf(part, limits);
}

/** A package's trees and relationships, from its parts' bytes. */
function packageOf(part: (path: string) => Buffer | null, limits: PlanLimits): OoxmlPackage {
  const tree = (path: string): XmlNode | null => {
    const data = part(path);
    return data ? xmlTree(data, { maxDepth: limits.maxXmlDepth, maxNodes: limits.maxBlocks * 4 }) : null;
  };
  const known = new Map<string, Relationship[]>();
  const relationships = (path: string): Relationship[] => {
    if (known.has(path)) return known.get(path)!;
    const root = tree(path === "" ? "_rels/.rels" : relsPath(path));
    const list = root?.children.find((c) => c.name === "rel:Relationships")?.children ?? [];
    const found = list.flatMap((r) => {
      const { Id: id, Type: type, Target: target, TargetMode: mode } = r.attrs;
      if (r.name !== "rel:Relationship" || !id || !type || !target || mode === "External") return [];
      return [{ id, type: type.slice(type.lastIndexOf("/") + 1), target: resolveTarget(path, target) }];
    });
    known.set(path, found);
    return found;
  };
  return { part, relationships, tree };
}

/** The package's main part (word/document.xml, xl/workbook.xml), by its relationship or its usual name. */
export function mainPart(pkg: OoxmlPackage, usual: string): string {
  return pkg.relationships("").find((r) => r.type === "officeDocument")?.target ?? usual;
}
