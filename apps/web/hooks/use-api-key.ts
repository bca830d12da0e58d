"use client";
// The console's API key: pasted by the analyst, kept in sessionStorage, shared through context.
import { createContext, useContext } from "react";

export interface ApiKeyState {
  readonly apiKey: string | null;
  setApiKey(key: string | null): void;
}

export const ApiKeyContext = createContext<ApiKeyState>({ apiKey: null, setApiKey: () => {} });

export const useApiKey = (): ApiKeyState => useContext(ApiKeyContext);
