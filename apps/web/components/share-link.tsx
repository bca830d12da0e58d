"use client";
import { useState } from "react";

/** The read-only link to a session (/s/<id>), with a copy button. */
export function ShareLink({ sessionId }: { sessionId: string }) {
  const [copied, setCopied] = useState(false);
  const href = `/s/${sessionId}`;
  return (
    <span className="row">
      <a href={href} data-testid="share-link">
        Read-only link
      </a>
      <button
        type="button"
        onClick={() => {
          void navigator.clipboard
            ?.writeText(new URL(href, window.location.href).toString())
            .then(() => setCopied(true));
        }}
      >
        {copied ? "Copied" : "Copy link"}
      </button>
    </span>
  );
}
