"use client";
// The attribute vocabulary, fetched once per page load, for editing chips.
import { useEffect, useState } from "react";
import { VocabularyDocument, type VocabularyQuery } from "../lib/generated/graphql.ts";
import { request } from "../lib/graphql.ts";

export type Vocabulary = VocabularyQuery["vocabulary"];

let cached: Promise<Vocabulary> | null = null;

/** Every attribute with its values; empty until loaded (or when the request failed). */
export function useVocabulary(): Vocabulary {
  const [vocabulary, setVocabulary] = useState<Vocabulary>([]);
  useEffect(() => {
    cached ??= request(VocabularyDocument, {}).then((data) => data.vocabulary);
    let live = true;
    cached.then(
      (v) => live && setVocabulary(v),
      () => {
        cached = null;
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return vocabulary;
}
