import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: "Atelier",
  description: "Refine an outfit in conversation",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <a className="brand" href="/">
            Atelier
          </a>
          <nav aria-label="Main">
            <a href="/">Shop</a>
            <a href="/console">Console</a>
          </nav>
        </header>
        <main id="main">{children}</main>
      </body>
    </html>
  );
}
