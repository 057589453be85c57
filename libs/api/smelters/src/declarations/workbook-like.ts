// The part of a workbook the declaration reader uses: cells by address, rows,
// sheets by name. exceljs's Workbook has this shape, and so has the sparse
// workbook the streaming reader builds from only the parts it needs; one
// reader (declaration-reader.ts) serves both, so their results are identical.

export interface CellLike {
  /** As exceljs gives it: string, number, boolean, Date, { richText }, { formula | sharedFormula, result }, { error }, { text, hyperlink }. */
  readonly value: unknown;
  /** exceljs's ValueType (VALUE_TYPE). */
  readonly type: number;
  readonly address: string;
}

export interface RowLike {
  getCell(column: string | number): CellLike;
}

export interface SheetLike {
  readonly rowCount: number;
  readonly columnCount: number;
  getCell(address: string): CellLike;
  getRow(row: number): RowLike;
  /** Rows holding at least one value, in order. */
  eachRow(callback: (row: RowLike, rowNumber: number) => void): void;
}

export interface WorkbookLike {
  getWorksheet(name: string): SheetLike | undefined;
}

/** exceljs's ValueType numbers, without loading exceljs. */
export const VALUE_TYPE = { Null: 0, Merge: 1, Number: 2, String: 3, Date: 4, Hyperlink: 5, Formula: 6, SharedString: 7, RichText: 8, Boolean: 9, Error: 10 } as const;
