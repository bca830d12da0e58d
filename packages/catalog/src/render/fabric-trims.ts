/**
 * Fabric signatures that survive at 64 px, where a fine texture alone blurs: edge finishes
 * (denim's orange topstitching, canvas's bound edges, leather's dark glossy edges, fleece's fuzz,
 * mesh's taped edges, lace and crochet scallops, rib's deep ribbed hems) and panels or seams
 * (hardshell's taped seams, softshell's bonded panels, sweat's flatlock seams, jersey's drape
 * folds, mesh jersey's mesh side panels).
 */
import { tile } from "./fabrics.ts";
import { el, fmt, type Pt } from "./svg.ts";

/** An edge of a garment (hem, cuff) with the unit normal pointing into the garment. */
export interface Edge {
  readonly a: Pt;
  readonly b: Pt;
  readonly inward: Pt;
}

/** Bounding box of a piece's body: where panel seams and mesh panels go. */
export interface Box {
  readonly x0: number;
  readonly y0: number;
  readonly x1: number;
  readonly y1: number;
}

/**
 * Edge treatments of `fabric` on one piece (`edges`: its hems and cuffs), drawn over the outline:
 * lace and crochet scallops hang past the hem.
 */
export function fabricEdges(fabric: string | null, edges: readonly Edge[]): string {
  switch (fabric) {
    case "Lace":
    case "Jersey Lace":
    case "Crocheted":
      return edges
        .map((e) => scallops(e, fabric === "Crocheted" ? 2.8 : 1.8, fabric === "Crocheted"))
        .join("");
    default:
      return "";
  }
}

/**
 * Panels, seams and edge finishes of `fabric` on one piece, drawn inside the piece's clip:
 * `parts` are its outlines (an edge finish is a stroke along them, half of it inside), `edges`
 * its hems and cuffs, `box` its body. These are the fabric's signature at 64 px, where a fine
 * texture alone blurs: denim's orange topstitching, canvas's bound edges, leather's dark glossy
 * edges, fleece's fuzz, sweat's flatlock seams, jersey's drape folds, rib's ribbed hems.
 */
export function fabricTrims(
  fabric: string | null,
  parts: readonly string[],
  edges: readonly Edge[],
  box: Box,
  id: string,
): string {
  const along = (stroke: string, width: number, extra: Record<string, string | number> = {}) =>
    parts
      .map((d) =>
        el("path", {
          d,
          fill: "none",
          stroke,
          "stroke-width": width,
          "stroke-linejoin": "round",
          ...extra,
        }),
      )
      .join("");
  const w = box.x1 - box.x0;
  const h = box.y1 - box.y0;
  switch (fabric) {
    case "Denim":
      return along("#e08a2c", 3.2, { "stroke-dasharray": "1.4 0.9" });
    case "Canvas":
      return (
        along("#000", 3.6, { "stroke-opacity": 0.3 }) +
        along("#fff", 1.4, { "stroke-opacity": 0.5, "stroke-dasharray": "1 0.8" })
      );
    case "Leather":
      return along("#000", 4, { "stroke-opacity": 0.4 });
    case "Fleece":
      return along("#fff", 3.4, {
        "stroke-opacity": 0.55,
        "stroke-dasharray": "0.5 1",
        "stroke-linecap": "round",
      });
    case "Sweat": {
      // Flatlock seams: zigzags down the sides of the body.
      const zig = (x: number) => {
        let d = `M${fmt(x)} ${fmt(box.y0 + h * 0.15)}`;
        for (let y = box.y0 + h * 0.15, k = 0; y < box.y1; y += 1.6, k++)
          d += `L${fmt(x + (k % 2 ? 1.2 : -1.2))} ${fmt(y)}`;
        return d;
      };
      return `<path d="${zig(box.x0 + w * 0.2)}${zig(box.x1 - w * 0.2)}" fill="none" stroke="#fff" stroke-opacity="0.7" stroke-width="0.7"/>`;
    }
    case "Jersey":
    case "Mesh Jersey":
    case "Jersey Lace": {
      // Jersey drapes: soft diagonal folds across the body, a shadow with a lit edge.
      const fold = (t: number) =>
        `M${fmt(box.x0 + w * t)} ${fmt(box.y0 + h * 0.2)}Q${fmt(box.x0 + w * (t + 0.12))} ${fmt(box.y0 + h * 0.5)} ${fmt(box.x0 + w * (t + 0.32))} ${fmt(box.y0 + h * 0.85)}`;
      const folds = [0.12, 0.48].map(fold).join("");
      const hems =
        el("path", {
          d: folds,
          fill: "none",
          stroke: "#000",
          "stroke-opacity": 0.28,
          "stroke-width": 2.6,
          "stroke-linecap": "round",
        }) +
        el("path", {
          d: folds,
          fill: "none",
          stroke: "#fff",
          "stroke-opacity": 0.35,
          "stroke-width": 0.9,
          "stroke-linecap": "round",
          transform: "translate(1.6 -0.6)",
        });
      if (fabric !== "Mesh Jersey") return hems;
      // Mesh side panels on a jersey body.
      const panel = w * 0.3;
      const mesh = tile(`${id}m`, "Mesh");
      const side = (x: number) =>
        el("rect", { x, y: box.y0 + h * 0.15, width: panel, height: h, fill: `url(#${id}m)` });
      return `<defs>${mesh}</defs>${side(box.x0)}${side(box.x1 - panel)}${hems}`;
    }
    case "Hardshell": {
      // Taped seams: a shoulder yoke and a seam down each side.
      const y = box.y0 + h * 0.2;
      const xl = box.x0 + w * 0.25;
      const xr = box.x1 - w * 0.25;
      return `<path d="M${fmt(box.x0)} ${fmt(y)}H${fmt(box.x1)}M${fmt(xl)} ${fmt(y)}V${fmt(box.y1)}M${fmt(xr)} ${fmt(y)}V${fmt(box.y1)}" fill="none" stroke="#000" stroke-opacity="0.45" stroke-width="1.6"/>`;
    }
    case "Softshell": {
      // Curved bonded panels from the shoulders to the hem.
      const curve = (x0: number, dir: number) =>
        `M${fmt(x0)} ${fmt(box.y0)}Q${fmt(x0 - dir * w * 0.2)} ${fmt(box.y0 + h * 0.5)} ${fmt(x0 + dir * w * 0.05)} ${fmt(box.y1)}`;
      return `<path d="${curve(box.x0 + w * 0.3, 1)}${curve(box.x1 - w * 0.3, -1)}" fill="none" stroke="#fff" stroke-opacity="0.55" stroke-width="1.4"/>`;
    }
    case "Rib":
      // Deep ribbed hems and cuffs.
      return edges
        .map(
          (e) =>
            stitch(e, 4.5, "#000", 0.9, undefined, 0.55) +
            stitch(e, 2.2, "#fff", 3.5, "0.7 0.9", 0.35),
        )
        .join("");
    case "Mesh":
      // Mesh sportswear: edges bound with a solid tape.
      return (
        along("#fff", 3, { "stroke-opacity": 0.8 }) + along("#000", 1.2, { "stroke-opacity": 0.5 })
      );
    default:
      return "";
  }
}

// A line parallel to an edge, `inset` units inside it.
function stitch(
  e: Edge,
  inset: number,
  color: string,
  width: number,
  dash = "1.2 0.8",
  opacity = 0.95,
): string {
  const [ix, iy] = e.inward;
  const a = [e.a[0] + ix * inset, e.a[1] + iy * inset];
  const b = [e.b[0] + ix * inset, e.b[1] + iy * inset];
  return `<path d="M${fmt(a[0] ?? 0)} ${fmt(a[1] ?? 0)}L${fmt(b[0] ?? 0)} ${fmt(b[1] ?? 0)}" stroke="${color}" stroke-opacity="${opacity}" stroke-width="${fmt(width)}" stroke-dasharray="${dash}"/>`;
}

// Half-discs along an edge, hanging outwards: lace and crochet trims. Drawn light, outlined.
function scallops(e: Edge, r: number, holed: boolean): string {
  const dx = e.b[0] - e.a[0];
  const dy = e.b[1] - e.a[1];
  const length = Math.hypot(dx, dy);
  const n = Math.max(2, Math.round(length / (2 * r)));
  const [ix, iy] = e.inward;
  let d = "";
  for (let k = 0; k < n; k++) {
    const t = (k + 0.5) / n;
    const x = e.a[0] + dx * t - ix * 0.2;
    const y = e.a[1] + dy * t - iy * 0.2;
    d += `M${fmt(x + r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0`;
    // Crochet scallops are open shells: a hole in each.
    if (holed)
      d += `M${fmt(x + r * 0.4)} ${fmt(y)}a${fmt(r * 0.4)} ${fmt(r * 0.4)} 0 1 1 ${fmt(-0.8 * r)} 0a${fmt(r * 0.4)} ${fmt(r * 0.4)} 0 1 1 ${fmt(0.8 * r)} 0`;
  }
  return `<path d="${d}" fill="#fff" fill-rule="evenodd" fill-opacity="0.85" stroke="#000" stroke-opacity="0.5" stroke-width="0.5"/>`;
}
