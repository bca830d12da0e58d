// The product-team console in a real browser: the API key gate, the sessions list and its
// filters, a session's replay turn by turn, experiments with their plots, the offline report.

import { assignVariant } from "@atelier/experiments";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { EXPERIMENT } from "./api-server.ts";
import { accessibilityViolations, launchBrowser, screenshot } from "./browser.ts";

let browser: Browser;
let page: Page;
let sessionId: string;

// biome-ignore lint/suspicious/noExplicitAny: the test reads arbitrary GraphQL response JSON
async function gql(query: string, variables: Record<string, unknown>): Promise<any> {
  const response = await fetch(`${inject("apiUrl")}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: unknown; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

const TURN = `mutation ($input: SendTurnInput!) { sendTurn(input: $input) { __typename
  ... on TurnPayload { exposureId turn { products { id } } } ... on Failure { message } } }`;

const EVENT = `mutation ($input: RecordEventInput!) { recordEvent(input: $input) { __typename } }`;

/** Shoppers of each arm who click `i + 1` results and add `i % 2` to the cart, so the arms differ. */
async function armTraffic(arm: string, shoppers: number) {
  for (let n = 0, made = 0; made < shoppers; n++) {
    const userId = `console-e2e-${arm}-${n}`;
    if (assignVariant(EXPERIMENT.key, userId, EXPERIMENT.variants) !== arm) continue;
    const { startSession } = await gql(
      `mutation ($input: StartSessionInput!) { startSession(input: $input) {
        ... on StartSessionPayload { token } } }`,
      { input: { text: "a black jacket", userId, k: 12 } },
    );
    const { token } = startSession;
    const { sendTurn } = await gql(TURN, { input: { token, text: "red instead" } });
    const products: { id: string }[] = sendTurn.turn.products;
    const exposureId = sendTurn.exposureId;
    for (const [i, product] of products.slice(0, made + 1).entries()) {
      await gql(EVENT, { input: { token, exposureId, kind: "CLICK", productId: product.id } });
      if ((i + made) % 2 === 0 && arm === "b-adde-m") {
        await gql(EVENT, {
          input: { token, exposureId, kind: "ADD_TO_CART", productId: product.id },
        });
      }
    }
    made++;
  }
}

/** A shopper's session through the API: start, two turns, an add-to-cart and an undo. */
async function shopperSession(userId: string): Promise<string> {
  const { startSession } = await gql(
    `mutation ($input: StartSessionInput!) { startSession(input: $input) {
      ... on StartSessionPayload { token session { id } } } }`,
    { input: { text: "a red dress", userId, k: 12 } },
  );
  const { token } = startSession;
  await gql(TURN, { input: { token, text: "navy instead" } });
  const { sendTurn } = await gql(TURN, { input: { token, text: "sleeveless" } });
  if (sendTurn.__typename !== "TurnPayload") throw new Error(JSON.stringify(sendTurn));
  await gql(`mutation ($input: RecordEventInput!) { recordEvent(input: $input) { __typename } }`, {
    input: {
      token,
      exposureId: sendTurn.exposureId,
      kind: "ADD_TO_CART",
      productId: sendTurn.turn.products[0].id,
    },
  });
  await gql(`mutation ($t: String!) { undo(token: $t) { __typename } }`, { t: token });
  return startSession.session.id;
}

describe("the product-team console", () => {
  beforeAll(async () => {
    sessionId = await shopperSession("console-e2e-shopper");
    await shopperSession("console-e2e-other");
    await armTraffic("a-mann", 3);
    await armTraffic("b-adde-m", 3);
    browser = await launchBrowser();
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it("asks for an API key and refuses a wrong one", async () => {
    await page.goto(`${inject("webUrl")}/console`);
    await page.getByLabel("API key (analyst or admin)").fill("atk_wrong");
    await page.getByRole("button", { name: "Use key" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/not valid/);
    await page.getByRole("button", { name: "Forget key" }).click();
    await page.getByLabel("API key (analyst or admin)").fill(inject("analystKey"));
    await page.getByRole("button", { name: "Use key" }).click();
    await page.waitForSelector(`[data-testid=sessions] tr[data-session-id="${sessionId}"]`);
  });

  it("filters the sessions list", async () => {
    await page.getByLabel("Min turns").fill("4");
    await page.getByLabel("Manipulated attribute").selectOption("sleevelen");
    await page.getByLabel("Outcome").selectOption("ADDED_TO_CART");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect
      .poll(() => page.locator("[data-testid=sessions] tbody tr").count(), { timeout: 15_000 })
      .toBe(2);
    await page.getByLabel("Min turns").fill("5");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect
      .poll(() => page.locator("[data-testid=sessions] tbody tr").count(), { timeout: 15_000 })
      .toBe(0);
    await page.getByRole("button", { name: "Clear" }).click();
    await page.waitForSelector(`[data-testid=sessions] tr[data-session-id="${sessionId}"]`);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "console-sessions");
  });

  it("replays a session turn by turn", async () => {
    await page
      .locator(`[data-testid=sessions] tr[data-session-id="${sessionId}"]`)
      .getByRole("link")
      .click();
    await page.waitForSelector("[data-testid=replay-turns] tbody tr");
    const kinds = await page
      .locator("[data-testid=replay-turns] tbody tr")
      .evaluateAll((rows) => rows.map((r) => r.getAttribute("data-kind")));
    expect(kinds).toEqual(["START", "MANIPULATE", "MANIPULATE", "UNDO"]);
    // The variant by its key, as the experiments page names it.
    expect(await page.getByText(/^Shopper /).textContent()).toMatch(/variant (a-mann|b-adde-m)\b/);
    const step = page.getByTestId("replay-step");
    await expect.poll(() => step.getByRole("heading").textContent()).toBe("Turn 1 of 4: start");
    await page.getByRole("button", { name: "Next turn" }).click();
    await expect.poll(() => step.textContent()).toMatch(/navy instead.*color/i);
    await page.getByRole("button", { name: "Show turn 3" }).click();
    await expect.poll(() => step.textContent()).toMatch(/add_to_cart/i);
    await expect.poll(() => step.getByRole("img").count()).toBe(12);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "console-replay");
  });

  it("shows experiments with per-variant results, intervals and traffic", async () => {
    await page.getByRole("link", { name: "Experiments" }).click();
    await page.waitForSelector("[data-testid=variant-results] tbody tr");
    const variants = await page.locator("[data-testid=variant-results] tbody th").allTextContents();
    expect(variants).toEqual(["a-mann (control)", "b-adde-m"]);
    await expect.poll(() => page.getByRole("img", { name: /Exposures per day/ }).count()).toBe(1);
    expect(await page.getByRole("img", { name: /difference from control/ }).count()).toBe(2);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "console-experiments");
  });

  it("shows the offline evaluation report", async () => {
    await page.getByRole("link", { name: "Offline evaluation" }).click();
    await page.waitForSelector("[data-testid=offline-results] tbody tr");
    expect(await page.getByRole("heading", { name: "Task: single" }).count()).toBe(1);
    expect(await page.getByText("MANN (thesis)").count()).toBeGreaterThan(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshot(page, "console-evaluation");
  });
});
