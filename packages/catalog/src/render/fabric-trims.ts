/**
 * Fabric signatures that survive at 64 px, where a fine texture alone blurs; each fabric's is its
 * own kind of mark in its own place. Along the outline: denim's orange topstitching, canvas's
 * bound edges, leather's dark glossy edges, fleece's white bobbles. Past the hems: lace's small
 * light scallops, crochet's big scallops with see-through holes. Inside the hems: rib's ribbed
 * hems. Panels: jersey lace's light lace yoke across the chest, softshell's dark bonded side and
 * sleeve panels, mesh jersey's see-through mesh lower panel. Seams: hardshell's taped yoke and
 * side seams, sweat's raglan flatlock seams in contrast thread. Across the body: jersey's drape
 * folds (also under jersey lace and mesh jersey). All over (fabrics.ts): mesh and crochet are
 * open, with see-through holes; lace is a light diamond trellis.
 */
import { SEE_THROUGH, tile } from "./fabrics.ts";
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
 * Edge treatments of `fabric` on one piece (`edges`: its hems and cuffs), drawn over the outline
 * and over category bands: lace and crochet scallops hang past the hem.
 */
export function fabricEdges(fabric: string | null, edges: readonly Edge[]): string {
  if (fabric === "Lace") return edges.map((e) => scallops(e, 2, false)).join("");
  if (fabric === "Crocheted") return edges.map((e) => scallops(e, 3.4, true)).join("");
  return "";
}

/**
 * Panels, seams and edge finishes of `fabric` on one piece, drawn inside the piece's clip:
 * `parts` are its outlines (an edge finish is a stroke along them, half of it inside), `edges`
 * its hems and cuffs, `box` its body (a top's chest from the neck to the hem, a bottom's hips
 * from the waist to the hem). Panels reach past the box: the clip trims them to the garment.
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
  const { x0, y0, x1, y1 } = box;
  const w = x1 - x0;
  const h = y1 - y0;
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
    case "Fleece": {
      // Fuzzy bobbles all round the outline, white with a dark rim: a pile, not a line.
      const bobbles = { "stroke-dasharray": "0 4.6", "stroke-linecap": "round" };
      return (
        along("#000", 5, { "stroke-opacity": 0.4, ...bobbles }) +
        along("#fff", 3.8, { "stroke-opacity": 0.9, ...bobbles })
      );
    }
    case "Sweat": {
      // Raglan seams from the neck to under the arms, flatlocked: a light band of contrast
      // thread with dark stitches across it.
      const ah = Math.min(h * 0.3, 16);
      const d = `M${fmt(x0 + w * 0.33)} ${fmt(y0 - 2)}L${fmt(x0 - 8)} ${fmt(y0 + ah + 3)}M${fmt(x1 - w * 0.33)} ${fmt(y0 - 2)}L${fmt(x1 + 8)} ${fmt(y0 + ah + 3)}`;
      return (
        seam(d, "#fff", 3, 0.85) +
        seam(d, "#000", 2.2, 0.5, "0.6 0.7") +
        // The same flatlock down the sides.
        seam(
          `M${fmt(x0 + 1.5)} ${fmt(y0 + ah)}V${fmt(y1)}M${fmt(x1 - 1.5)} ${fmt(y0 + ah)}V${fmt(y1)}`,
          "#fff",
          1.4,
          0.8,
        )
      );
    }
    case "Jersey":
      return folds(box);
    case "Jersey Lace": {
      // A lace yoke across the chest and shoulders: a light veil, a ring net and a scalloped
      // lower edge, on a jersey body.
      const yb = y0 + Math.min(h * 0.3, 15);
      const scallop = "a2.5 2.5 0 0 0 5 0".repeat(Math.ceil((w + 90) / 5));
      const veil = `M${fmt(x0 - 45)} -10V${fmt(yb)}${scallop}V-10Z`;
      return (
        folds(box) +
        `<defs>${tile(`${id}l`, "Lace")}</defs>` +
        el("path", { d: veil, fill: "#fff", "fill-opacity": 0.6 }) +
        el("path", { d: veil, fill: `url(#${id}l)` }) +
        seam(veil, "#000", 0.8, 0.5)
      );
    }
    case "Mesh Jersey": {
      // A jersey top half over a see-through mesh lower panel.
      const ym = y0 + h * 0.55;
      return (
        folds(box) +
        `<defs>${tile(`${id}m`, "Mesh")}</defs>` +
        el("rect", { x: 0, y: ym, width: 100, height: 100, fill: "#000", "fill-opacity": 0.2 }) +
        el("rect", { x: 0, y: ym, width: 100, height: 100, fill: `url(#${id}m)` }) +
        seam(`M0 ${fmt(ym)}H100`, "#fff", 1.6, 0.8)
      );
    }
    case "Hardshell": {
      // Taped seams: a shoulder yoke and a seam down each side.
      const y = y0 + h * 0.2;
      const xl = x0 + w * 0.25;
      const xr = x1 - w * 0.25;
      return seam(
        `M${fmt(x0 - 20)} ${fmt(y)}H${fmt(x1 + 20)}M${fmt(xl)} ${fmt(y)}V${fmt(y1)}M${fmt(xr)} ${fmt(y)}V${fmt(y1)}`,
        "#000",
        2.2,
        0.5,
      );
    }
    case "Softshell": {
      // Bonded panels in a dark contrast over the sides and sleeves, edged by a light welded seam.
      const side = (xa: number, dir: number) => {
        const curve = `M${fmt(xa + dir * w * 0.3)} ${fmt(y0 - 5)}Q${fmt(xa + dir * w * 0.08)} ${fmt(y0 + h * 0.5)} ${fmt(xa + dir * w * 0.2)} ${fmt(y1 + 5)}`;
        return (
          el("path", {
            d: `${curve}H${fmt(xa - dir * 40)}V${fmt(y0 - 5)}Z`,
            fill: "#000",
            "fill-opacity": 0.4,
          }) + seam(curve, "#fff", 2, 0.8)
        );
      };
      return side(x0, 1) + side(x1, -1);
    }
    case "Rib":
      // Deep ribbed hems and cuffs, over the all-over rib texture.
      return edges
        .map(
          (e) =>
            stitch(e, 4.5, "#000", 0.9, undefined, 0.55) +
            stitch(e, 2.2, "#fff", 3.5, "0.7 0.9", 0.35),
        )
        .join("");
    default:
      return "";
  }
}

// An open stroke: seams, tapes, flatlocks.
function seam(d: string, color: string, width: number, opacity: number, dash?: string): string {
  return el("path", {
    d,
    fill: "none",
    stroke: color,
    "stroke-opacity": opacity,
    "stroke-width": width,
    ...(dash ? { "stroke-dasharray": dash } : {}),
  });
}

// Jersey drapes: soft diagonal folds across the body, a shadow with a lit edge.
function folds({ x0, y0, x1, y1 }: Box): string {
  const w = x1 - x0;
  const h = y1 - y0;
  const fold = (t: number) =>
    `M${fmt(x0 + w * t)} ${fmt(y0 + h * 0.2)}Q${fmt(x0 + w * (t + 0.12))} ${fmt(y0 + h * 0.5)} ${fmt(x0 + w * (t + 0.32))} ${fmt(y0 + h * 0.85)}`;
  const d = [0.12, 0.48].map(fold).join("");
  return (
    el("path", {
      d,
      fill: "none",
      stroke: "#000",
      "stroke-opacity": 0.3,
      "stroke-width": 3,
      "stroke-linecap": "round",
    }) +
    el("path", {
      d,
      fill: "none",
      stroke: "#fff",
      "stroke-opacity": 0.4,
      "stroke-width": 1,
      "stroke-linecap": "round",
      transform: "translate(1.8 -0.6)",
    })
  );
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

// Discs along an edge, half hanging outwards: lace and crochet trims, light and outlined. A
// crochet shell has a see-through hole in its outer half.
function scallops(e: Edge, r: number, holed: boolean): string {
  const dx = e.b[0] - e.a[0];
  const dy = e.b[1] - e.a[1];
  const length = Math.hypot(dx, dy);
  const n = Math.max(2, Math.round(length / (2 * r)));
  const [ix, iy] = e.inward;
  let d = "";
  let holes = "";
  for (let k = 0; k < n; k++) {
    const t = (k + 0.5) / n;
    const x = e.a[0] + dx * t - ix * 0.2;
    const y = e.a[1] + dy * t - iy * 0.2;
    d += `M${fmt(x + r)} ${fmt(y)}a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(-2 * r)} 0a${fmt(r)} ${fmt(r)} 0 1 0 ${fmt(2 * r)} 0`;
    const hx = x - ix * r * 0.4;
    const hy = y - iy * r * 0.4;
    if (holed)
      holes += `M${fmt(hx + r * 0.42)} ${fmt(hy)}a${fmt(r * 0.42)} ${fmt(r * 0.42)} 0 1 0 ${fmt(-0.84 * r)} 0a${fmt(r * 0.42)} ${fmt(r * 0.42)} 0 1 0 ${fmt(0.84 * r)} 0`;
  }
  return (
    el("path", {
      d,
      fill: "#fff",
      "fill-opacity": 0.9,
      stroke: "#000",
      "stroke-opacity": 0.5,
      "stroke-width": 0.5,
    }) +
    (holes
      ? el("path", {
          d: holes,
          fill: SEE_THROUGH,
          stroke: "#000",
          "stroke-opacity": 0.5,
          "stroke-width": 0.5,
        })
      : "")
  );
}
