import type { ReactNode } from "react";
import { ConsoleShell } from "../../components/console-shell.tsx";

export const metadata = { title: "Atelier console" };

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return <ConsoleShell>{children}</ConsoleShell>;
}
