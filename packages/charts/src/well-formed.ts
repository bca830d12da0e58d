// A check for tests of SVG writers (here and in the apps that draw charts).

/**
 * Throws unless `xml` is one well-formed element tree (tags balanced and nested, attributes
 * quoted, only the five predefined entities). No XML parser is installed in the workspace;
 * this covers what the SVG writer emits.
 */
export function checkWellFormed(xml: string): void {
  const stack: string[] = [];
  let roots = 0;
  const rest = xml.replace(
    /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>/g,
    (...m) => {
      const [, closing, name, , selfClosing] = m as string[];
      if (closing === "/") {
        const open = stack.pop();
        if (open !== name) throw new Error(`</${name}> closes <${open ?? "nothing"}>`);
      } else if (selfClosing !== "/") {
        if (stack.length === 0) roots++;
        stack.push(name as string);
      } else if (stack.length === 0) roots++;
      return "";
    },
  );
  if (stack.length > 0) throw new Error(`unclosed <${stack.join("> <")}>`);
  if (roots !== 1) throw new Error(`${roots} root elements`);
  if (/[<>]/.test(rest))
    throw new Error(`a tag was not understood near "${rest.match(/[<>].{0,40}/)?.[0]}"`);
  const entity = rest.match(/&(?!(?:amp|lt|gt|quot|apos);)/);
  if (entity)
    throw new Error(`a bare & near "${rest.slice(entity.index, (entity.index ?? 0) + 20)}"`);
}
