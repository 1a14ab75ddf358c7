// The part of an OpenDocument XML file that comes before its body, as a tree of elements without text: content.xml's
// font faces and automatic styles precede its office:body, which is streamed (odt/body.ts), never held as a tree. The
// tree stops at the body's opening, and holds no more elements than `maxNodes`.
import { streamXml, XmlError, type XmlNode } from "../../formats/xml-stream.ts";

/** Thrown to stop reading where the body begins; never leaves `prelude`. */
class Reached extends Error {}

/** The part as a tree up to the first element named `stop` (the whole part when null). */
export function prelude(data: Buffer, limits: { maxDepth: number; maxNodes: number }, stop: string | null): XmlNode {
  const root: XmlNode = { name: "", attrs: {}, isSelfClosing: false, children: [] };
  const stack = [root];
  let count = 0;
  try {
    streamXml(
      data,
      {
        open(el) {
          if (el.name === stop) throw new Reached();
          if (++count > limits.maxNodes) throw new XmlError("too-many");
          const node = { ...el, children: [] };
          stack.at(-1)!.children.push(node);
          stack.push(node);
        },
        close() {
          stack.pop();
        },
        text() {},
      },
      limits.maxDepth,
    );
  } catch (error) {
    if (!(error instanceof Reached)) throw error;
  }
  return root;
}
