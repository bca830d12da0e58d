"use client";
import { useEffect, useId, useRef, useState } from "react";
import type { Vocabulary } from "../hooks/use-vocabulary.ts";
import { type Change, changeLabel } from "../lib/turns.ts";

export interface ManipulationChipsProps {
  readonly changes: readonly Change[];
  /** What the list is, for screen readers ("Changes in this message"). */
  readonly label: string;
  readonly vocabulary?: Vocabulary;
  /** Editable when given: removing or changing a chip calls it with the new list. */
  readonly onChange?: (changes: Change[]) => void;
  readonly disabled?: boolean;
}

const NONE = "__none__";

/** Manipulations as chips; editable chips can be removed or given another value. */
export function ManipulationChips(props: ManipulationChipsProps) {
  const { changes, label, vocabulary = [], onChange, disabled = false } = props;
  const [editing, setEditing] = useState<number | null>(null);
  const id = useId();
  const select = useRef<HTMLSelectElement>(null);
  // Keyboard users land on the value list they opened.
  useEffect(() => {
    if (editing !== null) select.current?.focus();
  }, [editing]);
  if (changes.length === 0) return null;
  const labelOf = (attribute: string) =>
    vocabulary.find((a) => a.name === attribute)?.label ?? attribute;

  const replace = (index: number, value: string) => {
    const old = changes[index];
    if (!old || !onChange) return;
    const next: Change =
      value === NONE
        ? { attribute: old.attribute, remove: old.add ?? old.remove ?? null, add: null }
        : { attribute: old.attribute, remove: old.remove ?? null, add: value };
    onChange(changes.map((c, i) => (i === index ? next : c)));
    setEditing(null);
  };

  return (
    <ul className="chips" aria-label={label}>
      {changes.map((change, index) => {
        const text = changeLabel({ ...change, attribute: labelOf(change.attribute) });
        const values = vocabulary.find((a) => a.name === change.attribute)?.values ?? [];
        return (
          <li
            key={`${change.attribute}:${change.remove ?? ""}:${change.add ?? ""}`}
            className="chip"
          >
            <span>{text}</span>
            {onChange && editing === index && values.length > 0 ? (
              <>
                <label className="visually-hidden" htmlFor={`${id}-${index}`}>
                  New value for {labelOf(change.attribute)}
                </label>
                <select
                  ref={select}
                  id={`${id}-${index}`}
                  value={change.add ?? NONE}
                  disabled={disabled}
                  onChange={(event) => replace(index, event.target.value)}
                  onKeyDown={(event) => event.key === "Escape" && setEditing(null)}
                >
                  <option value={NONE}>none (remove it)</option>
                  {values.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>
              </>
            ) : null}
            {onChange ? (
              <>
                <button
                  type="button"
                  disabled={disabled || values.length === 0}
                  aria-expanded={editing === index}
                  aria-label={`Change ${text}`}
                  onClick={() => setEditing(editing === index ? null : index)}
                >
                  ✎
                </button>
                <button
                  type="button"
                  disabled={disabled}
                  aria-label={`Remove ${text}`}
                  onClick={() => onChange(changes.filter((_, i) => i !== index))}
                >
                  ×
                </button>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
