// A shopper's conversation in a real browser against the real API: start from a product, four
// turns (text, text, "use as reference", text) with one undo, each checked against what it asked;
// branches, edited chips, undo from another branch, and events recorded after a reload.
import { gzipSync } from "node:zlib";
import { assignVariant } from "@atelier/experiments";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXPERIMENT } from "./api-server.ts";
import { accessibilityViolations, launchBrowser, screenshot } from "./browser.ts";

const FIRST_LOAD_BUDGET = 200 * 1024;

let browser: Browser;
let page: Page;
const jsBytes = { raw: 0, gzip: 0 };

/** A shopper id the running experiment assigns to the MANN arm, so the rankings reproduce. */
function mannShopper(): string {
  for (let i = 0; ; i++) {
    const id = `shopper-e2e-${i}`;
    if (assignVariant(EXPERIMENT.key, id, EXPERIMENT.variants) === "a-mann") return id;
  }
}

const results = (p: Page) =>
  p.$$eval("[data-testid=results] article", (cards) =>
    cards.map((card) => ({
      id: card.getAttribute("data-product-id") ?? "",
      title: card.getAttribute("data-title") ?? "",
      why: card.querySelector("[data-testid=why]")?.textContent ?? "",
    })),
  );
const resultsTurn = (p: Page) =>
  p.getAttribute("[data-testid=results]", "data-turn-id", { timeout: 30_000 });

/** Waits until the results grid shows a turn other than `before`. */
async function nextResults(p: Page, before: string | null) {
  await p.waitForFunction(
    (old) => {
      const grid = document.querySelector("[data-testid=results]");
      return grid && grid.getAttribute("data-turn-id") !== old && !grid.closest("[aria-busy=true]");
    },
    before,
    { timeout: 30_000 },
  );
  return results(p);
}

/** The session's events per turn, as the console's replay reads them (analyst key). */
async function recordedEvents(sessionId: string) {
  const response = await fetch(`${inject("apiUrl")}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json", "x-api-key": inject("analystKey") },
    body: JSON.stringify({
      query: `query ($id: ID!) { sessionReplay(id: $id) { turns { id
        exposures { events { kind productId } } } } }`,
      variables: { id: sessionId },
    }),
  });
  const body = (await response.json()) as {
    data: {
      sessionReplay: {
        turns: {
          id: string;
          exposures: { events: { kind: string; productId: string | null }[] }[];
        }[];
      };
    };
  };
  return body.data.sessionReplay.turns.flatMap((turn) =>
    turn.exposures.flatMap((e) => e.events.map((event) => ({ turnId: turn.id, ...event }))),
  );
}

const sessionIdOf = async (p: Page) =>
  ((await p.getByTestId("share-link").getAttribute("href")) ?? "").replace("/s/", "");

/** The turns of the conversation (root to the viewed one), by kind. */
const turnKinds = (p: Page) =>
  p.getByTestId("turn").evaluateAll((turns) => turns.map((t) => t.getAttribute("data-kind")));

/** The ranking the "use as reference" turn showed, for the undo from another branch. */
let referencedIds: string[] = [];

const mentioning = (list: { title: string }[], word: string) =>
  list.filter((r) => r.title.toLowerCase().includes(word)).length;

/** Types a message, waits for its preview chips, checks them and sends it. */
async function sendMessage(p: Page, text: string, chip: RegExp) {
  const before = await resultsTurn(p);
  await p.getByLabel("What should change?").fill(text);
  const chips = p.getByRole("list", { name: "Changes this message will make" });
  await expect.poll(() => chips.textContent(), { timeout: 15_000 }).toMatch(chip);
  await p.getByLabel("What should change?").press("Enter");
  return nextResults(p, before);
}

describe("the shopper's chat page", () => {
  beforeAll(async () => {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript((id) => localStorage.setItem("atelier.userId", id), mannShopper());
    // Cumulative layout shift, as Chromium reports it (shifts right after input excluded).
    await context.addInitScript(() => {
      const w = window as unknown as { layoutShift: number };
      w.layoutShift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as unknown as {
          value: number;
          hadRecentInput: boolean;
        }[]) {
          if (!entry.hadRecentInput) w.layoutShift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    page = await context.newPage();
    page.on("response", async (response) => {
      if (response.request().resourceType() !== "script") return;
      const body = await response.body().catch(() => Buffer.alloc(0));
      jsBytes.raw += body.length;
      jsBytes.gzip += gzipSync(body).length;
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("loads the start page under the JavaScript budget", async () => {
    await page.goto(inject("webUrl"), { waitUntil: "networkidle" });
    await page.waitForSelector("[data-testid=catalog] article");
    console.log(
      `[web e2e] chat page first-load JS: ${(jsBytes.gzip / 1024).toFixed(1)} kB gzip ` +
        `(${(jsBytes.raw / 1024).toFixed(1)} kB raw)`,
    );
    expect(jsBytes.gzip).toBeGreaterThan(0);
    expect(jsBytes.gzip).toBeLessThan(FIRST_LOAD_BUDGET);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "chat-start");
  });

  it("refines a product over four turns with one undo and one 'use as reference'", async () => {
    // Start from the catalog: search, then pick the first orange jumpsuit.
    await page.getByLabel("Search the catalog").fill("orange jumpsuit");
    await expect
      .poll(() => page.locator("[data-testid=catalog] h3").first().textContent(), {
        timeout: 15_000,
      })
      .toMatch(/orange/i);
    await page
      .locator("[data-testid=catalog] article")
      .first()
      .getByRole("button", { name: /Start from/ })
      .click();
    const start = await nextResults(page, null);
    expect(start.length).toBeGreaterThan(0);
    expect(await page.getByTestId("turn").count()).toBe(1);

    // Turn 1: a colour. More results are red than before, and the cards say they have Red.
    const red = await sendMessage(page, "red instead", /Red/);
    expect(mentioning(red, "red")).toBeGreaterThan(mentioning(start, "red"));
    expect(red.some((r) => /Has: .*Red/.test(r.why))).toBe(true);
    const redTurn = await resultsTurn(page);

    // Turn 2: a category, on top of the colour.
    const dress = await sendMessage(page, "dress instead", /Dress/);
    expect(mentioning(dress, "dress")).toBeGreaterThan(mentioning(red, "dress"));
    expect(dress.some((r) => /Has: .*Dress/.test(r.why))).toBe(true);
    expect(await page.getByTestId("turn").count()).toBe(3);

    // Undo: back to exactly the red turn's ranking.
    let before = await resultsTurn(page);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    const undone = await nextResults(page, before);
    expect(undone.map((r) => r.id)).toEqual(red.map((r) => r.id));
    expect(await resultsTurn(page)).not.toBe(redTurn);
    expect(await turnKinds(page)).toEqual(["START", "MANIPULATE", "UNDO"]);

    // Turn 3: use item 2 as the new reference; it leaves the results and becomes the reference.
    const chosen = undone[1];
    if (!chosen) throw new Error("fewer than two results");
    before = await resultsTurn(page);
    await page.getByRole("button", { name: `Use as reference: item 2, ${chosen.title}` }).click();
    const referenced = await nextResults(page, before);
    await expect
      .poll(() => page.getByTestId("reference").getAttribute("data-product-id"))
      .toBe(chosen.id);
    expect(referenced.map((r) => r.id)).not.toContain(chosen.id);
    expect(referenced.map((r) => r.id)).not.toEqual(undone.map((r) => r.id));
    referencedIds = referenced.map((r) => r.id);

    // Turn 4: another colour from the new reference.
    const black = await sendMessage(page, "make it black", /Black/);
    expect(mentioning(black, "black")).toBeGreaterThan(mentioning(referenced, "black"));
    expect(await page.getByTestId("turn").last().getAttribute("data-kind")).toBe("MANIPULATE");

    // Prices are in the product's currency (EUR for the procedural catalog).
    const card = page.locator("[data-testid=results] article").first();
    expect(await card.locator(".card-price").textContent()).toMatch(/^€\d+\.\d\d$/);

    // Like and add to cart are recorded on the experiment's exposure of the viewed turn.
    await card.getByRole("button", { name: /^Like: / }).click();
    await card.getByRole("button", { name: /^Add to cart: / }).click();
    await expect
      .poll(() => card.getByRole("button", { name: /^Like: / }).getAttribute("aria-pressed"))
      .toBe("true");
    const [liked, blackTurn, sessionId] = [
      await card.getAttribute("data-product-id"),
      await resultsTurn(page),
      await sessionIdOf(page),
    ];
    await expect
      .poll(async () => (await recordedEvents(sessionId)).filter((e) => e.turnId === blackTurn))
      .toEqual(
        expect.arrayContaining([
          { turnId: blackTurn, kind: "LIKE", productId: liked },
          { turnId: blackTurn, kind: "ADD_TO_CART", productId: liked },
        ]),
      );

    // Results arriving turn after turn did not move the page around.
    const shift = await page.evaluate(
      () => (window as unknown as { layoutShift: number }).layoutShift,
    );
    console.log(`[web e2e] cumulative layout shift over the conversation: ${shift.toFixed(3)}`);
    expect(shift).toBeLessThan(0.1);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "chat-conversation");
  });

  it("branches from an earlier turn and opens the read-only link", async () => {
    await page.getByRole("button", { name: "View turn 2" }).click();
    await expect.poll(() => page.getByTestId("turn").count()).toBe(2);
    const before = await resultsTurn(page);
    await sendMessage(page, "slim fit", /Slim/);
    expect(await resultsTurn(page)).not.toBe(before);
    expect(await page.getByTestId("turn").count()).toBe(3);

    const href = await page.getByTestId("share-link").getAttribute("href");
    const shared = await page.context().newPage();
    await shared.goto(new URL(href ?? "", inject("webUrl")).toString());
    await shared.waitForSelector("[data-testid=results] article");
    expect(await shared.getByRole("button", { name: /^Use as reference/ }).count()).toBe(0);
    expect(await shared.getByLabel("What should change?").count()).toBe(0);
    expect(await accessibilityViolations(shared)).toEqual([]);
    await shared.close();
  });

  it("edits chips before and after sending, and understands typed commands", async () => {
    // Before sending: "blue instead" becomes Color: Red → Blue; the shopper changes it to Green.
    let before = await resultsTurn(page);
    await page.getByLabel("What should change?").fill("blue instead");
    const chips = page.getByRole("list", { name: "Changes this message will make" });
    await expect.poll(() => chips.textContent(), { timeout: 15_000 }).toMatch(/Blue/);
    await chips.getByRole("button", { name: /^Change Color/ }).click();
    await chips.getByLabel("New value for Color").selectOption("Green");
    await expect.poll(() => chips.textContent()).toMatch(/Green/);
    await page.getByRole("button", { name: "Send" }).click();
    await nextResults(page, before);
    const sent = page.getByTestId("turn").last();
    expect(await sent.getByRole("list").textContent()).toMatch(/Green/);
    // The turn keeps what the shopper typed, beside the chips they edited.
    expect(await sent.textContent()).toContain("blue instead");

    // After sending: changing the sent chip to Yellow branches from that turn's parent.
    const turns = await page.getByTestId("turn").count();
    before = await resultsTurn(page);
    await sent.getByRole("button", { name: /^Change Color/ }).click();
    await sent.getByLabel("New value for Color").selectOption("Yellow");
    await nextResults(page, before);
    expect(await page.getByTestId("turn").count()).toBe(turns);
    expect(await page.getByTestId("turn").last().getByRole("list").textContent()).toMatch(/Yellow/);

    // Typed "undo" is the undo command.
    before = await resultsTurn(page);
    await page.getByLabel("What should change?").fill("undo");
    await expect.poll(() => page.getByText("Command: undo").count(), { timeout: 15_000 }).toBe(1);
    await page.getByLabel("What should change?").press("Enter");
    await nextResults(page, before);
    expect(await page.getByTestId("turn").last().getAttribute("data-kind")).toBe("UNDO");
  });

  it("undoes from the viewed turn of another branch", async () => {
    // The current turn is on the "slim fit" branch; view "make it black" on the other one.
    await page.getByText(/^All turns and branches/).click();
    const tree = page.getByRole("navigation", { name: "Turn tree" });
    await tree.getByRole("button", { name: "manipulate: make it black" }).click();
    await expect
      .poll(() => turnKinds(page))
      .toEqual(["START", "MANIPULATE", "UNDO", "REFERENCE", "MANIPULATE"]);
    const before = await resultsTurn(page);
    await page.getByRole("button", { name: "Undo", exact: true }).click();
    const undone = await nextResults(page, before);
    // A step back from "make it black", not from the current turn: its reference's ranking.
    expect(await turnKinds(page)).toEqual(["START", "MANIPULATE", "UNDO", "REFERENCE", "UNDO"]);
    expect(undone.map((r) => r.id)).toEqual(referencedIds);
    expect(await page.getByText("You are looking at an earlier turn").count()).toBe(0);
  });

  it("resumes a session from the history after a reload, and records events again", async () => {
    const turns = await page.getByTestId("turn").count();
    const shown = (await results(page)).map((r) => r.id);
    await page.reload();
    const history = page.getByRole("region", { name: "Your sessions" });
    await history.getByRole("button", { name: "Resume" }).first().click();
    await page.waitForSelector("[data-testid=results] article");
    expect(await page.getByTestId("turn").count()).toBe(turns);
    expect((await results(page)).map((r) => r.id)).toEqual(shown);

    // Still inside the experiment: a like on the resumed turn is recorded on its exposure.
    await expect
      .poll(() => page.getByText("Your likes and cart help us improve results.").count())
      .toBe(1);
    const card = page
      .locator("[data-testid=results] article")
      .filter({ has: page.locator('button[aria-label^="Like: "][aria-pressed=false]') })
      .first();
    const productId = await card.getAttribute("data-product-id");
    await card.getByRole("button", { name: /^Like: / }).click();
    const [turnId, sessionId] = [await resultsTurn(page), await sessionIdOf(page)];
    await expect
      .poll(async () => (await recordedEvents(sessionId)).filter((e) => e.turnId === turnId))
      .toEqual(
        expect.arrayContaining([
          { turnId, kind: "IMPRESSION", productId: null },
          { turnId, kind: "LIKE", productId },
        ]),
      );
  });

  it("starts from a description, and answers text it cannot read", async () => {
    await page.getByRole("button", { name: "New session" }).click();
    await page.getByLabel("Describe what you are looking for").fill("qwxz plorb");
    await page.getByRole("button", { name: "Start", exact: true }).click();
    await expect
      .poll(() => page.getByTestId("assistant-reply").textContent(), { timeout: 15_000 })
      .toBeTruthy();
    // Keyboard only: Enter in the field starts the session.
    await page.getByLabel("Describe what you are looking for").fill("a red dress");
    await page.getByLabel("Describe what you are looking for").press("Enter");
    const first = await nextResults(page, null);
    expect(first.length).toBeGreaterThan(0);
    expect(await page.getByTestId("turn").getAttribute("data-kind")).toBe("START");
  });

  it("says so when the server cannot be reached, and retries", async () => {
    await page.getByRole("button", { name: "New session" }).click();
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.getByLabel("Search the catalog").fill("navy coat");
    const alert = page.getByTestId("catalog-error");
    await expect.poll(() => alert.textContent(), { timeout: 15_000 }).toMatch(/could not reach/);
    await page.unroute("**/graphql");
    await alert.getByRole("button", { name: "Retry" }).click();
    await expect
      .poll(() => page.locator("[data-testid=catalog] h3").first().textContent(), {
        timeout: 15_000,
      })
      .toMatch(/navy coat/i);
  });

  it("opens a session longer than one page of turns in full", async () => {
    const api = async (query: string, variables: Record<string, unknown>) => {
      const response = await fetch(`${inject("apiUrl")}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ query, variables }),
      });
      return ((await response.json()) as { data: Record<string, Record<string, unknown>> }).data;
    };
    const { startSession } = await api(
      `mutation ($input: StartSessionInput!) { startSession(input: $input) {
        ... on StartSessionPayload { token session { id } } } }`,
      { input: { text: "a red dress", k: 4 } },
    );
    const { token, session } = startSession as { token: string; session: { id: string } };
    // 110 turns after the start: more than the API's page of 100.
    for (let i = 0; i < 110; i++) {
      const color = i % 2 === 0 ? "Navy" : "Black";
      await api(`mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename } }`, {
        input: { token, k: 4, manipulations: [{ attribute: "color", add: color }] },
      });
    }
    const shared = await page.context().newPage();
    await shared.goto(new URL(`/s/${session.id}`, inject("webUrl")).toString());
    await shared.waitForSelector("[data-testid=results] article");
    await expect.poll(() => shared.locator("[data-testid=turn]").count()).toBe(111);
    await shared.close();
  });

  it("fits a phone's width without horizontal scrolling", async () => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page
      .getByRole("region", { name: "Your sessions" })
      .getByRole("button", { name: "Resume" })
      .nth(1)
      .click();
    await page.waitForSelector("[data-testid=results] article");
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "chat-phone");
  });
});
