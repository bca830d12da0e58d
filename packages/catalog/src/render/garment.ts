/**
 * Labels in, a product picture out: the garment's pieces painted in its colour, pattern and
 * fabric, with its category trims, neckline, collar, pockets, fastening and sport badge, on a
 * light background, with seeded pose, scale, shade and light.
 */
import { seededRandom } from "@atelier/random";
import type { LabelInput } from "@atelier/schema";
import type { BottomOutline } from "./bottoms.ts";
import { collarDepth, collarSvg } from "./collars.ts";
import { palette } from "./colours.ts";
import { emblem } from "./emblems.ts";
import { type Box, fabricEdges, fabricTrims } from "./fabric-trims.ts";
import { fabricDefs } from "./fabrics.ts";
import { bottomFastening, topFastening } from "./fastenings.ts";
import { necklineDepth, necklineSvg } from "./necklines.ts";
import { type DrawContext, paintPiece, shadeGradient } from "./paint.ts";
import { patternDefs, patternMotif } from "./patterns.ts";
import { bottomPocket, topPocket } from "./pockets.ts";
import { type Piece, pieces } from "./silhouettes.ts";
import { sleeveFolds } from "./sleeves.ts";
import { type GarmentSpec, garmentSpec } from "./spec.ts";
import { el, fmt, line } from "./svg.ts";
import { fitScale, NECK_SCALE } from "./top-shape.ts";
import type { TopOutline } from "./tops.ts";
import { bottomEdges, bottomTrims, topEdges, topTrims } from "./trims.ts";

/** Options of `renderGarmentSvg`. */
export interface GarmentSvgOptions {
  /** Seed of the small variations (pose, offset, scale, shade, light). */
  readonly seed: number;
}

const BACKGROUND = "#f1efeb";
/** Categories drawn as a top and a bottom: the top carries fastening and badge. */
const SETS = new Set(["Suit", "Pyjamas", "Tracksuit"]);

/**
 * The product picture of a garment as SVG (viewBox 0 0 100 100). Same labels and seed, same
 * bytes. Labels are validated (`SchemaError` for unknown attributes or values); values that do
 * not apply to the category are ignored.
 *
 * @example
 * renderGarmentSvg({ category: "Shirt", color: "Light blue", collar: "Buttondown" }, { seed: 1 });
 */
export function renderGarmentSvg(labels: LabelInput, options: GarmentSvgOptions): string {
  return garmentSvg(garmentSpec(labels), options.seed, "g");
}

/** `renderGarmentSvg` for a resolved spec, with every id prefixed by `id` (contact sheets). */
export function garmentSvg(spec: GarmentSpec, seed: number, id: string): string {
  const random = seededRandom(seed);
  const pal = palette(spec.color, random);
  const pose = {
    // Small on purpose: enough that equal labels never give equal pixels, not so much that a
    // 64 px model must learn every detail at many positions.
    dx: (random() - 0.5) * 3,
    dy: (random() - 0.5) * 2,
    rotate: (random() - 0.5) * 3,
    scale: fitScale(spec.fit) * (0.975 + random() * 0.05),
    tilt: (random() - 0.5) * 4,
  };
  const fabric = fabricDefs(spec.fabric, `${id}f`);
  const pattern = patternDefs(spec.pattern, `${id}p`, pal);
  const defs = [pal.defs, fabric.defs, pattern.defs, shadeGradient(`${id}s`, random)];
  const ctx: DrawContext = {
    spec,
    palette: pal,
    id,
    background: BACKGROUND,
    patternFill: pattern.fill,
    fabricFills: fabric.fills,
    shadeFill: `url(#${id}s)`,
    defs,
    clips: 0,
  };
  const body = pieces(spec, pose.tilt)
    .map((piece) => drawPiece(ctx, piece))
    .join("");
  const transform = `translate(${fmt(50 + pose.dx)} ${fmt(50 + pose.dy)}) rotate(${fmt(pose.rotate)}) scale(${Math.round(pose.scale * 1000) / 1000}) translate(-50 -50)`;
  return (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="100" height="100">' +
    `<defs>${defs.join("")}</defs>` +
    el("rect", { width: 100, height: 100, fill: BACKGROUND }) +
    el("g", { transform }, body) +
    "</svg>"
  );
}

function drawPiece(ctx: DrawContext, piece: Piece): string {
  const svg =
    piece.kind === "top"
      ? drawTop(ctx, piece.top, null)
      : piece.kind === "bottom"
        ? drawBottom(ctx, piece.bottom, !SETS.has(ctx.spec.category ?? ""))
        : drawTop(ctx, piece.top, piece.bottom);
  const { x, y, k } = piece.at;
  return x === 0 && y === 0 && k === 1
    ? svg
    : el("g", { transform: `translate(${fmt(x)} ${fmt(y)}) scale(${k})` }, svg);
}

// A top, or a one-piece when `legs` is given (the legs hang under the bodice).
function drawTop(ctx: DrawContext, top: TopOutline, legs: BottomOutline | null): string {
  const { spec, palette: p } = ctx;
  const s = top.shape;
  const neck: [number, number] = [s.cx, s.neckY];
  // A strapless or spaghetti bodice has no neck: its neckline is cut into the bodice's top edge.
  const neckline: [number, number] =
    top.bodiceTop !== null && spec.neckline !== "Off-the-shoulder" ? [s.cx, top.bodiceTop] : neck;
  const collar = collarSvg(spec.collar, neck, NECK_SCALE, p);
  const parts = [...top.sleeves.map((sl) => sl.d), ...(legs ? [legs.d] : []), top.body];
  const painted = paintPiece(ctx, parts);
  const edges = topEdges(top);
  const edgeList = [
    ...(edges.hem ? [edges.hem] : []),
    ...edges.cuffs,
    ...(legs ? bottomEdges(legs) : []),
  ];
  const box: Box = {
    x0: s.cx - s.chestHalf,
    y0: top.bodiceTop ?? s.neckY,
    x1: s.cx + s.chestHalf,
    y1: legs ? legs.shape.hemY : s.hemY,
  };
  const inside =
    fabricTrims(spec.fabric, parts, edgeList, box, `${ctx.id}t${ctx.clips}`) +
    topTrims(spec.category, top, p) +
    (legs ? bottomPocket(spec.pocket, legs, p) : "");
  const motifY = legs ? s.armholeY + 8 : (s.armholeY + Math.min(s.hemY, 92)) / 2;
  const neckBottom =
    s.neckY + NECK_SCALE * Math.max(collarDepth(spec.collar), necklineDepth(spec.neckline));
  return (
    collar.behind +
    painted.svg +
    (top.straps ? line(top.straps, p.line, 3) + line(top.straps, p.solid, 1.8) : "") +
    el("g", { "clip-path": `url(#${painted.clip})` }, inside) +
    fabricEdges(spec.fabric, edgeList) +
    top.sleeves.map((sl) => sleeveFolds(sl, p.line)).join("") +
    patternMotif(spec.pattern, [s.cx, motifY], 20, p) +
    // Clipped: a wide neckline (boat, envelope) ends where the garment does.
    el(
      "g",
      { "clip-path": `url(#${painted.clip})` },
      necklineSvg(
        spec.neckline,
        neckline,
        NECK_SCALE,
        { palette: p, shoulderHalf: s.shoulderHalf / NECK_SCALE, background: ctx.background },
        spec.collar === null && top.bodiceTop === null,
      ),
    ) +
    collar.front +
    topPocket(spec.pocket, top, p) +
    topFastening(spec.fastening, top, neckBottom, p) +
    emblem(spec.sport, [s.cx + s.chestHalf * 0.5, s.armholeY + 3], 16)
  );
}

function drawBottom(ctx: DrawContext, bottom: BottomOutline, alone: boolean): string {
  const { spec, palette: p } = ctx;
  const s = bottom.shape;
  const painted = paintPiece(ctx, [bottom.d]);
  const edges = bottomEdges(bottom);
  const box: Box = { x0: s.cx - s.hipHalf, y0: s.waistY, x1: s.cx + s.hipHalf, y1: s.hemY };
  const skirt = s.crotchY === null;
  const motifAt: [number, number] = skirt
    ? [s.cx, s.hipY + 14]
    : [s.cx - s.hipHalf * 0.5, (s.crotchY ?? 0) + 8];
  // In a set, the top carries the collar, sleeves and badge; the bottoms keep their own trims.
  return (
    painted.svg +
    el(
      "g",
      { "clip-path": `url(#${painted.clip})` },
      fabricTrims(spec.fabric, [bottom.d], edges, box, `${ctx.id}b${ctx.clips}`) +
        bottomTrims(spec.category, bottom, p),
    ) +
    fabricEdges(spec.fabric, edges) +
    patternMotif(spec.pattern, motifAt, skirt ? 18 : 13, p) +
    bottomPocket(spec.pocket, bottom, p) +
    bottomFastening(alone ? spec.fastening : null, bottom, p) +
    (alone ? emblem(spec.sport, [s.cx + s.hipHalf * 0.5, s.hipY + 11], 15) : "")
  );
}
