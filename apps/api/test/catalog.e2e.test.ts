// What the chat page reads: the served catalog (grid, search, product, vocabulary), a preview of
// a turn, why each result matched, and read-only share links.
import { describe, expect, it } from "vitest";
import { type Json, SEND, START, type TestApi, useTestApi } from "./support.ts";

let api: TestApi;

const gql = (query: string, variables: Record<string, unknown> = {}) => api.data(query, variables);

const PRODUCTS = `query ($first: Int, $after: String, $search: String, $category: String) {
  products(first: $first, after: $after, search: $search, category: $category) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id title price category gender inStock imageUrl attributes { attribute value } } } } }`;
const PREVIEW = `query ($input: PreviewTurnInput!) { previewTurn(input: $input) { __typename
  ... on TurnPreview { manipulations { attribute remove add } command understood reply } } }`;

const attributeValue = (product: Json, attribute: string) =>
  product.attributes.find((a: Json) => a.attribute === attribute)?.value;

describe("catalog, previews and share links over GraphQL", () => {
  useTestApi((started) => {
    api = started;
  });

  it("pages through the served catalog and searches it by chat words", async () => {
    const first = (await gql(PRODUCTS, { first: 24 })).products;
    expect(first.totalCount).toBe(300);
    expect(first.edges).toHaveLength(24);
    const second = (await gql(PRODUCTS, { first: 24, after: first.pageInfo.endCursor })).products;
    const ids = [...first.edges, ...second.edges].map((e: Json) => e.node.id);
    expect(new Set(ids).size).toBe(48);
    expect(ids[0]).toBe(api.runtime.productIdAt(0));
    // Three pages of 100 are the whole catalog: the last says there is no next.
    let after: string | null = null;
    const pages: Json[] = [];
    for (let i = 0; i < 3; i++) {
      const page: Json = (await gql(PRODUCTS, { first: 100, after })).products;
      pages.push(page);
      after = page.pageInfo.endCursor;
    }
    expect(pages.map((p) => [p.edges.length, p.pageInfo.hasNextPage])).toEqual([
      [100, true],
      [100, true],
      [100, false],
    ]);

    const row = await api.db.prisma.product.findUniqueOrThrow({ where: { id: ids[0] } });
    const product = first.edges[0].node;
    expect(product.price).toBe(row.priceCents / 100);
    expect(product.inStock).toBe(row.stock > 0);
    expect(product.imageUrl).toBe(`/images/${ids[0]}.svg`);
    const labels = api.runtime.labelsOf(0);
    expect(product.category).toBe(labels.category);
    for (const { attribute, value } of product.attributes) expect(labels[attribute]).toBe(value);

    const navy = (await gql(PRODUCTS, { first: 100, search: "dark blue" })).products;
    expect(navy.totalCount).toBeGreaterThan(0);
    for (const { node } of navy.edges) expect(attributeValue(node, "color")).toBe("Navy");
    const category = product.category as string;
    const byCategory = (await gql(PRODUCTS, { first: 100, category: category.toLowerCase() }))
      .products;
    for (const { node } of byCategory.edges) expect(node.category).toBe(category);
    const bad = await api.request(PRODUCTS, { after: "not-a-cursor" });
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");

    const vocabulary = (await gql("{ vocabulary { name label values } }")).vocabulary;
    expect(vocabulary).toHaveLength(12);
    expect(vocabulary.find((a: Json) => a.name === "color").values).toContain("Navy");
    expect((await gql(`{ product(id: "nope") { id } }`)).product).toBeNull();
  });

  it("previews a turn without storing it, then says why each result matched", async () => {
    const productId = api.runtime.productIdAt(5);
    const started = (await gql(START, { input: { productId } })).startSession;
    const { token } = started;
    const preview = (await gql(PREVIEW, { input: { token, text: "navy, and no pockets" } }))
      .previewTurn;
    expect(preview.__typename).toBe("TurnPreview");
    expect(preview.manipulations).toContainEqual(expect.objectContaining({ add: "Navy" }));
    expect(preview.understood.length).toBeGreaterThan(0);
    expect((await gql(PREVIEW, { input: { token, text: "undo" } })).previewTurn.command).toBe(
      "undo",
    );
    expect(
      (await gql(PREVIEW, { input: { token, text: "qwzx blorp" } })).previewTurn.reply,
    ).toBeTruthy();
    expect(await api.db.prisma.turn.count({ where: { session: { id: started.session.id } } })).toBe(
      1,
    );

    const manipulations = preview.manipulations.map(({ attribute, remove, add }: Json) => ({
      attribute,
      ...(remove && { remove }),
      ...(add && { add }),
    }));
    const sent = (
      await gql(
        `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { ... on TurnPayload {
          turn { requested { attribute value } products { id has { attribute value }
            lacks { attribute value } product { attributes { attribute value } } } } } } }`,
        { input: { token, manipulations } },
      )
    ).sendTurn.turn;
    expect(sent.requested).toContainEqual({ attribute: "color", value: "Navy" });
    for (const ranked of sent.products) {
      expect(ranked.has.length + ranked.lacks.length).toBe(sent.requested.length);
      for (const want of ranked.has) {
        const value = attributeValue(ranked.product, want.attribute) ?? "none";
        expect(value).toBe(want.value);
      }
      for (const want of ranked.lacks) {
        expect(attributeValue(ranked.product, want.attribute) ?? "none").not.toBe(want.value);
      }
    }
    // The manipulation moved the ranking toward navy: more navy products than the start's.
    const navyIn = (ids: string[]) =>
      ids.filter((id) => api.runtime.labelsOf(api.runtime.positionOf(id) ?? -1).color === "Navy")
        .length;
    const startIds = started.session.currentTurn.products.map((p: Json) => p.id);
    const turnIds = sent.products.map((p: Json) => p.id);
    expect(navyIn(turnIds)).toBeGreaterThan(navyIn(startIds));
    expect(turnIds.filter((_: string, i: number) => sent.products[i].has.length > 0).length).toBe(
      navyIn(turnIds),
    );
  });

  it("opens a session read-only by its id, and nothing else", async () => {
    const started = (await gql(START, { input: { productId: api.runtime.productIdAt(7) } }))
      .startSession;
    const color = api.runtime.labelsOf(7).color === "Navy" ? "Black" : "Navy";
    const sent = await gql(SEND, {
      input: { token: started.token, manipulations: [{ attribute: "color", add: color }] },
    });
    expect(sent.sendTurn.__typename).toBe("TurnPayload");
    const SHARED = `query ($id: ID!) { sharedSession(id: $id) { __typename
      ... on Session { id turnCount turns { totalCount } } } }`;
    const shared = (await gql(SHARED, { id: started.session.id })).sharedSession;
    expect(shared).toMatchObject({ __typename: "Session", turnCount: 2, turns: { totalCount: 2 } });
    expect((await gql(SHARED, { id: "nope" })).sharedSession.__typename).toBe("SessionNotFound");
    // The id opens no write: turns need the token.
    const refused = (await gql(SEND, { input: { token: started.session.id, text: "navy" } }))
      .sendTurn;
    expect(refused.__typename).toBe("SessionNotFound");
  });

  it("ranks only the products a filter allows, keeps k, and carries the filter to later turns", async () => {
    const FILTERED = `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename
      ... on TurnPayload { turn { id filter { category inStock maxPrice }
        products { product { category inStock price } } } } } }`;
    const START_FILTERED = `mutation ($input: StartSessionInput!) { startSession(input: $input) {
      ... on StartSessionPayload { token session { currentTurn { id filter { category inStock }
        products { product { category inStock } } } } } } }`;
    const reference = api.runtime.labelsOf(9);
    const category = reference.category === "Dress" ? "Shirt" : "Dress";
    const eligible = Array.from({ length: api.runtime.productCount }, (_, p) => p).filter(
      (p) =>
        api.runtime.labelsOf(p).category === category && api.runtime.catalog.product(p).stock > 0,
    ).length;
    const started = (
      await gql(START_FILTERED, {
        input: {
          productId: api.runtime.productIdAt(9),
          k: 30,
          filter: { category: category.toLowerCase(), inStock: true },
        },
      })
    ).startSession;
    const first = started.session.currentTurn;
    expect(first.filter).toEqual({ category, inStock: true });
    expect(first.products).toHaveLength(Math.min(30, eligible));
    for (const { product } of first.products) {
      expect(product).toEqual({ category, inStock: true });
    }
    // A later turn without a filter keeps it; a new one replaces it; an empty one clears it.
    const kept = (await gql(FILTERED, { input: { token: started.token, text: "black", k: 30 } }))
      .sendTurn.turn;
    expect(kept.filter).toEqual({ category, inStock: true, maxPrice: null });
    for (const { product } of kept.products) expect(product.category).toBe(category);
    const cheap = (
      await gql(FILTERED, {
        input: { token: started.token, text: "navy", filter: { maxPrice: 40 } },
      })
    ).sendTurn.turn;
    expect(cheap.filter).toEqual({ category: null, inStock: null, maxPrice: 40 });
    for (const { product } of cheap.products) expect(product.price).toBeLessThanOrEqual(40);
    const cleared = (
      await gql(FILTERED, { input: { token: started.token, text: "red", filter: {} } })
    ).sendTurn.turn;
    expect(cleared.filter).toBeNull();
    expect(cleared.products).toHaveLength(20);

    const turns = await api.db.prisma.turn.count();
    for (const [filter, argument] of [
      [{ category: "spaceship" }, "filter.category"],
      [{ minPrice: 50, maxPrice: 10 }, "filter.minPrice"],
      [{ maxPrice: -1 }, "filter.maxPrice"],
    ] as const) {
      const refused = await api.request(FILTERED, {
        input: { token: started.token, text: "navy", filter },
      });
      expect(refused.errors?.[0]?.extensions).toMatchObject({
        code: "BAD_USER_INPUT",
        argument,
      });
    }
    expect(await api.db.prisma.turn.count()).toBe(turns);
  });

  it("reads one turn, stores display text beside edited chips, and undoes another branch", async () => {
    const { token, session } = (
      await gql(START, { input: { productId: api.runtime.productIdAt(11) } })
    ).startSession;
    const TURN_OF = `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename
      ... on TurnPayload { turn { id parentId text manipulations } } } }`;
    const color = api.runtime.labelsOf(11).color === "Navy" ? "Black" : "Navy";
    const edited = (
      await gql(TURN_OF, {
        input: {
          token,
          displayText: "navy and no pockets",
          manipulations: [{ attribute: "color", add: color }],
        },
      })
    ).sendTurn.turn;
    expect(edited.text).toBe("navy and no pockets");
    expect(edited.manipulations).toEqual([{ attribute: "color", add: color }]);
    const both = await api.request(TURN_OF, {
      input: { token, text: "red", displayText: "red", manipulations: [] },
    });
    expect(both.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      argument: "displayText",
    });

    // A branch from the start turn, then an undo of the first branch's turn (not the current).
    const first = session.currentTurn.id;
    const branch = (
      await gql(TURN_OF, {
        input: {
          token,
          parentTurnId: first,
          manipulations: [{ attribute: "pattern", add: "Striped" }],
        },
      })
    ).sendTurn.turn;
    expect(branch.parentId).toBe(first);
    const UNDO = `mutation ($t: String!, $id: ID) { undo(token: $t, turnId: $id) { __typename
      ... on TurnPayload { turn { kind parentId } } ... on Failure { message } } }`;
    const undone = (await gql(UNDO, { t: token, id: edited.id })).undo;
    expect(undone).toEqual({ __typename: "TurnPayload", turn: { kind: "UNDO", parentId: first } });
    expect((await gql(UNDO, { t: token, id: "nope" })).undo.__typename).toBe("UnknownTurn");
    expect((await gql(UNDO, { t: token, id: first })).undo.__typename).toBe("NothingToUndo");

    const ONE = `query ($t: String!, $id: ID!) { session(token: $t) { ... on Session {
      turn(id: $id) { id text } } } }`;
    expect((await gql(ONE, { t: token, id: edited.id })).session.turn).toEqual({
      id: edited.id,
      text: "navy and no pockets",
    });
    expect((await gql(ONE, { t: token, id: "nope" })).session.turn).toBeNull();
    const product = (await gql(`{ product(id: "${api.runtime.productIdAt(1)}") { currency } }`))
      .product;
    expect(product.currency).toBe("EUR");
  });
});
