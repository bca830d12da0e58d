// What the browser keeps: the shopper's id and session history (localStorage), reactions kept
// locally when no experiment records them, and the console's API key (sessionStorage only).

const USER_KEY = "atelier.userId";
const HISTORY_KEY = "atelier.sessions";
const API_KEY = "atelier.apiKey";
const reactionsKey = (sessionId: string) => `atelier.reactions.${sessionId}`;

export interface HistoryEntry {
  readonly token: string;
  readonly sessionId: string;
  readonly startedAt: string;
  /** What the session started from: a product title or the shopper's text. */
  readonly label: string;
}

export type Reaction = "like" | "dislike" | "cart";
/** productId -> the reactions the shopper gave it in a session. */
export type Reactions = Readonly<Record<string, readonly Reaction[]>>;

function readJson(storage: Storage, key: string): unknown {
  try {
    return JSON.parse(storage.getItem(key) ?? "null");
  } catch {
    return null;
  }
}

/** The shopper's id, generated once per browser. */
export function shopperId(): string {
  let id = localStorage.getItem(USER_KEY);
  if (!id) {
    id = `shopper-${crypto.randomUUID()}`;
    localStorage.setItem(USER_KEY, id);
  }
  return id;
}

const isEntry = (value: unknown): value is HistoryEntry =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as HistoryEntry).token === "string" &&
  typeof (value as HistoryEntry).sessionId === "string" &&
  typeof (value as HistoryEntry).startedAt === "string" &&
  typeof (value as HistoryEntry).label === "string";

/** Sessions this browser started, newest first. */
export function readHistory(): HistoryEntry[] {
  const value = readJson(localStorage, HISTORY_KEY);
  return Array.isArray(value) ? value.filter(isEntry) : [];
}

export function rememberSession(entry: HistoryEntry): void {
  const rest = readHistory().filter((e) => e.token !== entry.token);
  localStorage.setItem(HISTORY_KEY, JSON.stringify([entry, ...rest].slice(0, 50)));
}

export function forgetSession(token: string): void {
  const rest = readHistory().filter((e) => e.token !== token);
  localStorage.setItem(HISTORY_KEY, JSON.stringify(rest));
}

export function readReactions(sessionId: string): Reactions {
  const value = readJson(localStorage, reactionsKey(sessionId));
  return value && typeof value === "object" ? (value as Reactions) : {};
}

export function writeReactions(sessionId: string, reactions: Reactions): void {
  localStorage.setItem(reactionsKey(sessionId), JSON.stringify(reactions));
}

export function readApiKey(): string | null {
  return sessionStorage.getItem(API_KEY);
}

export function writeApiKey(key: string | null): void {
  if (key) sessionStorage.setItem(API_KEY, key);
  else sessionStorage.removeItem(API_KEY);
}
