import { describe, expect, it } from "vitest";
import { formatPercent } from "./percent.ts";

describe("formatPercent", () => {
  it("prints the thesis's 4822 hits out of 14,361 queries as 33.58", () => {
    expect(formatPercent(4822, 14_361)).toBe("33.58");
  });

  it("rounds half up on the exact ratio and pads decimals", () => {
    expect(formatPercent(1, 16)).toBe("6.25");
    expect(formatPercent(1, 16, 1)).toBe("6.3");
    expect(formatPercent(1, 3)).toBe("33.33");
    expect(formatPercent(2, 3)).toBe("66.67");
    expect(formatPercent(0, 7)).toBe("0.00");
    expect(formatPercent(7, 7)).toBe("100.00");
    expect(formatPercent(1, 200, 0)).toBe("1");
  });

  it("refuses counts that are not a share, naming them", () => {
    expect(() => formatPercent(1, 0)).toThrow("total must be an integer >= 1, got 0");
    expect(() => formatPercent(5, 4)).toThrow("hits must be an integer from 0 to 4, got 5");
    expect(() => formatPercent(1.5, 4)).toThrow("got 1.5");
    expect(() => formatPercent(1, 4, -1)).toThrow("digits must be an integer from 0 to 10");
  });
});
