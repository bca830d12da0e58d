/** Case- and space-insensitive form used for every name lookup. */
export function normalizeName(name: string): string {
  return name.trim().toLowerCase();
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/**
 * Candidates close to `input`: within a few typos, or containing it / contained in it
 * ("light" -> "Light blue"). Best first, at most `limit`.
 */
export function nearMatches(input: string, candidates: readonly string[], limit = 3): string[] {
  const wanted = normalizeName(input);
  if (wanted === "") return [];
  const budget = Math.max(1, Math.floor(wanted.length / 3));
  const scored: { candidate: string; score: number }[] = [];
  for (const candidate of candidates) {
    const name = normalizeName(candidate);
    const typos = editDistance(wanted, name);
    if (typos <= budget) scored.push({ candidate, score: typos });
    else if (
      Math.min(name.length, wanted.length) >= 3 &&
      (name.includes(wanted) || wanted.includes(name))
    ) {
      scored.push({ candidate, score: budget + 1 });
    }
  }
  scored.sort((x, y) => x.score - y.score);
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** Quotes and joins names for error messages: `"Red", "Navy"`. */
export function quoteList(names: readonly string[]): string {
  return names.map((n) => JSON.stringify(n)).join(", ");
}
