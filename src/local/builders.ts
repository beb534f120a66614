/**
 * Local stand-ins for SpreadsheetApp.newDataValidation() and newConditionalFormatRule().
 * They implement the narrowed builder and rule interfaces of src/addon/gas.ts; the shell
 * only passes a built rule back to setDataValidation / setConditionalFormatRules.
 */
import type {
  ConditionalFormatRule,
  ConditionalFormatRuleBuilder,
  DataValidation,
  DataValidationBuilder,
  Range,
} from '../addon/gas';
import type { Validation } from './cell-model';
import { LocalRange } from './workbook';

export class LocalDataValidation implements DataValidation {
  constructor(readonly rule: Validation) {}
  /** Google's default for a new rule is true (a warning, not a rejection). */
  getAllowInvalid(): boolean {
    return this.rule.kind === 'list' ? this.rule.allowInvalid : true;
  }
  getHelpText(): string {
    return this.rule.kind === 'list' ? (this.rule.helpText ?? '') : '';
  }
}

export class LocalDataValidationBuilder implements DataValidationBuilder {
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

export type RuleCondition =
  | { readonly kind: 'textEqualTo' | 'textContains'; readonly text: string }
  | { readonly kind: 'notEmpty' };

export class LocalConditionalRule implements ConditionalFormatRule {
  readonly ranges: readonly { sheet: string; a1: string; row: number; column: number; numRows: number; numColumns: number }[];
  readonly background?: string;
  readonly fontColor?: string;
  readonly bold?: boolean;

  constructor(
    private readonly rangeList: readonly LocalRange[],
    readonly condition: RuleCondition,
    format: { background?: string | undefined; fontColor?: string | undefined; bold?: boolean | undefined },
  ) {
    // Read without counting: the rule keeps its ranges, Apps Script makes no call for that.
    this.ranges = rangeList.map((r) => {
      const { a1, row, column, numRows, numColumns } = r.bounds;
      return { sheet: r.sheetName, a1, row, column, numRows, numColumns };
    });
    if (format.background) this.background = format.background;
    if (format.fontColor) this.fontColor = format.fontColor;
    if (format.bold !== undefined) this.bold = format.bold;
  }

  getRanges(): LocalRange[] {
    return [...this.rangeList];
  }
}

/** The local backend only ever sees its own ranges; anything else is a programming error. */
function localRange(range: Range): LocalRange {
  if (!(range instanceof LocalRange)) throw new Error('Not a range of the local workbook.');
  return range;
}

export class LocalConditionalFormatRuleBuilder implements ConditionalFormatRuleBuilder {
  private ranges: LocalRange[] = [];
  private condition: RuleCondition = { kind: 'notEmpty' };
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

  setBackground(color: string | null): this {
    this.background = color ?? undefined;
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

  setRanges(ranges: Range[]): this {
    this.ranges = ranges.map(localRange);
    return this;
  }

  build(): LocalConditionalRule {
    return new LocalConditionalRule(this.ranges, this.condition, {
      background: this.background,
      fontColor: this.fontColor,
      bold: this.bold,
    });
  }
}
