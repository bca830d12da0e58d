"use client";
import { type FormEvent, useState } from "react";
import type { Chat } from "../hooks/use-chat.ts";
import { useTurnPreview } from "../hooks/use-turn-preview.ts";
import type { Vocabulary } from "../hooks/use-vocabulary.ts";
import type { Change } from "../lib/turns.ts";
import { ManipulationChips } from "./manipulation-chips.tsx";

export interface ComposerProps {
  readonly chat: Chat;
  readonly token: string;
  readonly parentTurnId: string;
  readonly vocabulary: Vocabulary;
  readonly onShowMore: () => void;
}

/**
 * The chat input: what the text would change shows as chips (editable) before sending; typed
 * commands (undo, start over, show more, use item N as reference) work too.
 */
export function Composer({ chat, token, parentTurnId, vocabulary, onShowMore }: ComposerProps) {
  const [text, setText] = useState("");
  const [edited, setEdited] = useState<Change[] | null>(null);
  const [reply, setReply] = useState<string | null>(null);
  const { state, resolve } = useTurnPreview(token, text, parentTurnId);
  const busy = chat.pending !== null;
  const chips = edited ?? state.preview?.manipulations ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy || !text.trim()) return;
    setReply(null);
    const preview = await resolve();
    let outcome: Awaited<ReturnType<Chat["send"]>> = { ok: true };
    switch (preview?.command ?? null) {
      case "undo":
        outcome = await chat.undo();
        break;
      case "start-over":
        chat.startOver();
        break;
      case "show-more":
        onShowMore();
        break;
      default:
        if (edited) {
          outcome =
            edited.length > 0
              ? await chat.send({ manipulations: edited, displayText: text.trim() })
              : { ok: false, reply: "Every change was removed: add one or type a new message." };
        } else {
          outcome = await chat.send({ text: text.trim() });
        }
    }
    if (outcome.ok) {
      setText("");
      setEdited(null);
    } else {
      setReply(outcome.reply);
    }
  };

  return (
    <form className="composer stack" onSubmit={submit} aria-label="Refine the results">
      <label htmlFor="message">What should change?</label>
      <div className="row">
        <input
          id="message"
          name="message"
          type="text"
          autoComplete="off"
          placeholder="e.g. navy instead, no pockets"
          value={text}
          maxLength={500}
          style={{ flex: 1, minWidth: 0 }}
          onChange={(event) => {
            setText(event.target.value);
            setEdited(null);
          }}
        />
        <button type="submit" className="primary" disabled={busy || !text.trim()}>
          Send
        </button>
      </div>
      <div aria-live="polite" className="stack" style={{ minHeight: 32 }}>
        {state.loading ? <span className="notice">Reading your message…</span> : null}
        {!state.loading && state.preview?.command ? (
          <span className="notice">Command: {state.preview.command.replace("-", " ")}</span>
        ) : null}
        {!state.loading && state.preview?.reply && chips.length === 0 ? (
          <span className="notice">{state.preview.reply}</span>
        ) : null}
        {state.error ? <span className="notice">{state.error}</span> : null}
        <ManipulationChips
          changes={chips}
          label="Changes this message will make"
          vocabulary={vocabulary}
          disabled={busy}
          onChange={setEdited}
        />
      </div>
      {reply ? (
        <p className="panel" role="status" data-testid="assistant-reply">
          {reply}
        </p>
      ) : null}
    </form>
  );
}
