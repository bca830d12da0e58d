// The service as an HTTP server: the GraphQL-over-HTTP audits of graphql-http, the limits on
// operations and inputs (each refused with a clear error, nothing changed), and the pictures.
import { serverAudits } from "graphql-http";
import { describe, expect, it } from "vitest";
import { QUERY_LIMITS, startApiServer } from "../src/index.ts";
import { START, type TestApi, useTestApi } from "./support.ts";

let api: TestApi;

describe("the HTTP server", () => {
  useTestApi((started) => {
    api = started;
  });

  it("passes every MUST audit of graphql-http", async () => {
    const audits = serverAudits({ url: () => api.server.url, fetchFn: fetch });
    const failed: string[] = [];
    let must = 0;
    for (const audit of audits) {
      const result = await audit.fn();
      if (!audit.name.startsWith("MUST")) continue;
      must++;
      if (result.status !== "ok") failed.push(`${audit.id} ${audit.name}: ${result.reason}`);
    }
    expect(must).toBeGreaterThan(10);
    expect(failed).toEqual([]);
  }, 60_000);

  it("refuses operations deeper, costlier or with more aliases than the limits", async () => {
    const aliases = Array.from(
      { length: QUERY_LIMITS.maxAliases + 1 },
      (_, i) => `a${i}: vocabulary { name }`,
    );
    const manyAliases = await api.request(`{ ${aliases.join(" ")} }`);
    expect(manyAliases.errors?.[0]?.message).toMatch(/aliases/i);
    expect(manyAliases.data).toBeUndefined();

    // The schema has no cycles, so the default depth (10) holds every real query; a server with
    // narrower limits shows both checks at work.
    const narrow = await startApiServer({
      db: api.db,
      runtime: api.runtime,
      port: 0,
      limits: { maxDepth: 3, maxCost: 15 },
    });
    const post = async (query: string) =>
      (await (
        await fetch(narrow.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ query }),
        })
      ).json()) as { data?: unknown; errors?: { message: string }[] };
    try {
      expect((await post("{ vocabulary { name } }")).errors).toBeUndefined();
      // A named fragment costs what the same fields inline cost: no extra level.
      const fragment =
        "{ products(first: 1) { edges { ...Edge } } } fragment Edge on ProductEdge { cursor }";
      expect((await post(fragment)).errors).toBeUndefined();
      const deep = await post("{ products(first: 1) { edges { node { id } } } }");
      expect(deep.errors?.[0]?.message).toMatch(/depth/i);
      const costly = await post(
        `{ vocabulary { name label values } products { totalCount } product(id: "x") { id title price category gender inStock imageUrl } }`,
      );
      expect(costly.errors?.map((e) => e.message).join(" ")).toMatch(/cost/i);
    } finally {
      await narrow.stop();
    }
  });

  it("refuses oversized inputs with an error that names them, and stores nothing", async () => {
    const before = await api.db.prisma.chatSession.count();
    const long = await api.request(START, { input: { text: "navy ".repeat(200) } });
    expect(long.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(long.errors?.[0]?.message).toMatch(/text may have at most 500 characters/);
    const huge = await api.request(START, { input: { productId: "p".repeat(5000) } });
    expect(huge.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(huge.errors?.[0]?.message).toMatch(/input\.productId may have at most 2000/);
    const attributes = Array.from({ length: 30 }, () => ({ attribute: "color", value: "Navy" }));
    const many = await api.request(START, { input: { attributes } });
    expect(many.errors?.[0]?.message).toMatch(/attributes may have at most 24 entries/);
    const body = await fetch(api.server.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "{ vocabulary { name } }", pad: "x".repeat(100_000) }),
    });
    expect(body.status).toBe(413);
    expect(await api.db.prisma.chatSession.count()).toBe(before);
  });

  it("serves each product's garment as SVG, and 404 for an unknown one", async () => {
    const id = api.runtime.productIdAt(3);
    const origin = new URL(api.server.url).origin;
    const svg = await fetch(`${origin}/images/${id}.svg`);
    expect(svg.status).toBe(200);
    expect(svg.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
    expect(await svg.text()).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);
    const missing = await fetch(`${origin}/images/nope.svg`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('"nope"');
  });
});
