/**
 * Local stand-ins for SpreadsheetApp.newDataValidation() and newConditionalFormatRule().
 * Only the builder methods the add-on uses exist; the result is cast to Google's type at
 * the boundary, since the shell only passes it back to setDataValidation / setConditionalFormatRules.
 */
import type { Validation } from './cell-model';
import type { LocalRange } from './workbook';

export class LocalDataValidation {
  constructor(readonly rule: Validation) {}
}

export class LocalDataValidationBuilder {
  private rule: Validation = { kind: 'list', values: [], allowInvalid: true };
  private help: string | undefined;

  requireValueInList(values: string[], _showDropdown?: boolean): this {
    this.rule = { kind: 'list', values: [...values], allowInvalid: this.rule.kind === 'list' ? this.rule.allowInvalid : true };
    return this;
  }

  requireCheckbox(): this {
    this.rule = { kind: 'checkbox' };
    return this;
  }

  setAllowInvalid(allow: boolean): this {
    if (this.rule.kind === 'list') this.rule = { ...this.rule, allowInvalid: allow };
    return this;
  }

  setHelpText(text: string): this {
    this.help = text;
    return this;
  }

  build(): LocalDataValidation {
    return new LocalDataValidation(this.rule.kind === 'list' && this.help ? { ...this.rule, helpText: this.help } : this.rule);
  }
}

export interface LocalConditionalRule {
  readonly ranges: readonly { sheet: string; a1: string; row: number; column: number; numRows: number; numColumns: number }[];
  readonly condition: { readonly kind: 'textEqualTo' | 'textContains'; readonly text: string } | { readonly kind: 'notEmpty' };
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;
}

export class LocalConditionalFormatRuleBuilder {
  private ranges: LocalRange[] = [];
  private condition: LocalConditionalRule['condition'] = { kind: 'notEmpty' };
  private background: string | undefined;
  private fontColor: string | undefined;
  private bold: boolean | undefined;

  whenTextEqualTo(text: string): this {
    this.condition = { kind: 'textEqualTo', text };
    return this;
  }

  whenTextContains(text: string): this {
    this.condition = { kind: 'textContains', text };
    return this;
  }

  whenCellNotEmpty(): this {
    this.condition = { kind: 'notEmpty' };
    return this;
  }

  setBackground(color: string): this {
    this.background = color;
    return this;
  }

  setFontColor(color: string): this {
    this.fontColor = color;
    return this;
  }

  setBold(bold: boolean): this {
    this.bold = bold;
    return this;
  }

  setRanges(ranges: LocalRange[]): this {
    this.ranges = [...ranges];
    return this;
  }

  build(): LocalConditionalRule {
    return {
      ranges: this.ranges.map((r) => ({
        sheet: r.sheetName, a1: r.getA1Notation(), row: r.getRow(), column: r.getColumn(), numRows: r.getNumRows(), numColumns: r.getNumColumns(),
      })),
      condition: this.condition,
      ...(this.background ? { background: this.background } : {}),
      ...(this.fontColor ? { fontColor: this.fontColor } : {}),
      ...(this.bold !== undefined ? { bold: this.bold } : {}),
    };
  }
}
