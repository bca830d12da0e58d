// The session's turn tree as the chat shows it: paths, children, and stored manipulations.
import type {
  TurnFieldsFragment,
  TurnNodeFragment,
  TurnPageFragment,
} from "./generated/graphql.ts";

/** A turn with its ranked products. */
export type Turn = TurnFieldsFragment;
/** A turn's place in the tree and what it changed, without its products. */
export type TurnNode = TurnNodeFragment;

/** The session's tree as loaded: every node, and the turns whose products are loaded. */
export interface TurnTreeState {
  readonly nodes: ReadonlyMap<string, TurnNode>;
  readonly loaded: ReadonlyMap<string, Turn>;
}

/** The tree state of a session's turns (products not loaded yet). */
export function treeOf(turns: Iterable<TurnNode>): TurnTreeState {
  return { nodes: new Map([...turns].map((t) => [t.id, t] as const)), loaded: new Map() };
}

/**
 * Every turn of a session: the first page as loaded, then the next pages through `nextPage`
 * (null when the session is gone meanwhile).
 *
 * @example
 * const nodes = await allTurns(result.turns, (after) => fetchPage(token, after));
 */
export async function allTurns(
  first: TurnPageFragment,
  nextPage: (after: string) => Promise<TurnPageFragment | null>,
): Promise<TurnNode[]> {
  const nodes = first.edges.map((e) => e.node);
  let page: TurnPageFragment | null = first;
  while (page?.pageInfo.hasNextPage && page.pageInfo.endCursor) {
    page = await nextPage(page.pageInfo.endCursor);
    for (const edge of page?.edges ?? []) nodes.push(edge.node);
  }
  return nodes;
}

/** `tree` with `turn` (and its products) added. */
export function withTurn<T extends TurnTreeState>(tree: T, turn: Turn): T {
  return {
    ...tree,
    nodes: new Map(tree.nodes).set(turn.id, turn),
    loaded: new Map(tree.loaded).set(turn.id, turn),
  };
}

export interface Change {
  readonly attribute: string;
  readonly remove?: string | null;
  readonly add?: string | null;
}

/** The attribute changes a turn stored (its `{ reference }` entry left out). */
export function changesOf(manipulations: unknown): Change[] {
  if (!Array.isArray(manipulations)) return [];
  return manipulations.filter(
    (m): m is Change =>
      typeof m === "object" && m !== null && typeof (m as Change).attribute === "string",
  );
}

/**
 * The turns from the root to `turnId`, root first.
 *
 * @example
 * pathTo(turns, current.id).map((t) => t.kind); // ["START", "MANIPULATE", "UNDO"]
 */
export function pathTo(turns: ReadonlyMap<string, TurnNode>, turnId: string | null): TurnNode[] {
  const path: TurnNode[] = [];
  let at = turnId ? turns.get(turnId) : undefined;
  while (at) {
    path.unshift(at);
    at = at.parentId ? turns.get(at.parentId) : undefined;
  }
  return path;
}

/** A short label of a change: "Color: Navy", "no Collar: Hood", "Sleeve: Short -> Long". */
export function changeLabel(change: Change): string {
  if (change.add && change.remove) return `${change.attribute}: ${change.remove} → ${change.add}`;
  if (change.add) return `${change.attribute}: ${change.add}`;
  if (change.remove) return `${change.attribute}: not ${change.remove}`;
  return change.attribute;
}

/** What a turn did, in words, for its chat bubble. */
export function turnSummary(turn: TurnNode): string {
  switch (turn.kind) {
    case "START":
      return "Started the session";
    case "MANIPULATE":
      return turn.text ?? changesOf(turn.manipulations).map(changeLabel).join(", ");
    case "UNDO":
      return "Undo";
    case "REFERENCE":
      return turn.text ?? "Use as reference";
    default: {
      const unreachable: never = turn.kind;
      return unreachable;
    }
  }
}
