import type { ReactNode } from "react";

/** A column heading; `{ hidden }` is read by screen readers only (e.g. a column of buttons). */
export type Column = string | { readonly hidden: string };

export interface DataTableProps {
  readonly testId: string;
  readonly columns: readonly Column[];
  /** Read by screen readers only. */
  readonly caption?: string;
  /** The body's rows. */
  readonly children: ReactNode;
}

/**
 * The console's tables: scrolling sideways on narrow screens, headings scoped to their columns.
 *
 * @example
 * <DataTable testId="sessions" columns={["Created", { hidden: "Show" }]}>{rows}</DataTable>
 */
export function DataTable({ testId, columns, caption, children }: DataTableProps) {
  return (
    <div className="table-wrap">
      <table data-testid={testId}>
        {caption ? <caption className="visually-hidden">{caption}</caption> : null}
        <thead>
          <tr>
            {columns.map((column) =>
              typeof column === "string" ? (
                <th key={column} scope="col">
                  {column}
                </th>
              ) : (
                <th key={column.hidden} scope="col">
                  <span className="visually-hidden">{column.hidden}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
