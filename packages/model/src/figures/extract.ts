import type { ArticleDocument } from '../article/document.js';
import { explain, type RuleId } from '../explain/rules.js';
import type { FigureKind } from '../types.js';
import { classify, type ClassifyContext, type Shared } from './classify.js';
import { dayOf, isoOfDay, yyyymmddOfDay } from './calendar-math.js';
import { readCore, isClock, type Core } from './core.js';
import { CurrencyContext } from './currencies.js';
import { readDates } from './dates.js';
import type { FigureDraft } from './draft.js';
import { isCodeLike, isOrdinal, markQuotedTitles } from './exclusions.js';
import { readFraction } from './fractions.js';
import { UnitLender } from './lending.js';
import { readPartner, readScore, readYearPair, sharedScale } from './pairs.js';
import { qualifierBefore, type Qualifier } from './qualifiers.js';
import { ReferenceTracker } from './references.js';
import { mayStartFigure } from './starters.js';
import { TokenView } from './token-view.js';
import { readUnitAndHalf } from './unit-and-half.js';

/** Scans an article's tokens once, left to right, and returns its figures in reading order. */
export function extractDrafts(doc: ArticleDocument): FigureDraft[] {
  return new FigureScanner(doc).scan();
}

class FigureScanner {
  private readonly view: TokenView;
  private readonly anchor: number | undefined;
  private readonly quotedTitles: Uint8Array;
  private readonly lender: UnitLender;
  private readonly context: ClassifyContext;
  private readonly drafts: FigureDraft[] = [];
  /** First token not yet part of a figure: qualifiers and dates may not reach back past it. */
  private floor = 0;
  /** The day of the last date read, for `del mismo mes`. */
  private lastDate: number | undefined;

  constructor(doc: ArticleDocument) {
    const view = new TokenView(doc);
    this.view = view;
    this.anchor = dayOf(doc.date);
    this.quotedTitles = markQuotedTitles(view);
    this.lender = new UnitLender(view);
    this.context = {
      view,
      currencies: new CurrencyContext(view, doc.dateline, doc.title, doc.date),
      references: new ReferenceTracker(view),
    };
  }

  scan(): FigureDraft[] {
    const view = this.view;
    let i = 0;
    while (i < view.length) {
      if (!mayStartFigure(view, i)) {
        i++;
        continue;
      }
      const end = this.quotedTitles[i]
        ? undefined
        : (this.readDatesAt(i) ??
          this.readFractionAt(i) ??
          this.readUnitAndHalfAt(i) ??
          this.readFigureAt(i));
      if (end !== undefined && end > i) {
        i = end;
        this.floor = end;
      } else i++;
    }
    return this.drafts;
  }

  private readDatesAt(i: number): number | undefined {
    if (this.anchor === undefined) return undefined;
    const found = readDates(this.view, i, {
      anchor: this.anchor,
      floor: this.floor,
      previous: this.lastDate,
    });
    if (!found) return undefined;
    for (const date of found.dates) {
      this.lastDate = date.day;
      this.drafts.push({
        first: date.first,
        end: date.end,
        kind: 'DATE',
        value: yyyymmddOfDay(date.day),
        approximate: false,
        date: isoOfDay(date.day),
        explanation: explain('figure.date.calendar'),
      });
    }
    return found.end;
  }

  private readFractionAt(i: number): number | undefined {
    const fraction = readFraction(this.view, i);
    return (
      fraction && this.pushWhole(fraction, 'NUMBER', fraction.value, 'fraction', 'figure.number.fraction')
    );
  }

  private readUnitAndHalfAt(i: number): number | undefined {
    const found = readUnitAndHalf(this.view, i);
    return found && this.pushWhole(found, 'DURATION', 1.5, found.unit, 'figure.duration.unit-and-half');
  }

  /** A figure read whole by its own reader, with any qualifier before it; returns the token after it. */
  private pushWhole(
    span: { first: number; end: number },
    kind: FigureKind,
    value: number,
    unit: string,
    rule: RuleId,
  ): number {
    const qualifier = this.qualifierBefore(span.first);
    this.drafts.push({
      first: qualifier?.start ?? span.first,
      end: span.end,
      kind,
      value,
      unit,
      approximate: qualifier !== undefined,
      ...(qualifier && { qualifier: qualifier.text }),
      explanation: explain(rule),
    });
    return span.end;
  }

  /** Reads the figure (or the two figures of a range) at token i; returns the token after them. */
  private readFigureAt(i: number): number | undefined {
    const view = this.view;
    const core = readCore(view, i);
    if (!core) return undefined;
    const n = core.number;
    if (n.hasDigits) {
      if (isOrdinal(view, n.end)) return n.end + 1;
      const pair = readYearPair(view, core);
      if (pair) {
        for (const { first, end, value } of pair.years)
          this.drafts.push({
            first,
            end,
            kind: 'YEAR',
            value,
            approximate: false,
            explanation: explain('figure.year.pair'),
          });
        return pair.end;
      }
      if (isCodeLike(view, core.first, n.end)) return n.end;
    }
    if (isClock(view, core)) return core.end;
    const score = readScore(view, core);
    if (score !== undefined) return score;

    let shared: Shared = { scale: 1 };
    // The range first: its second number's scale outranks the money before (`entre 20 mil y 40 mil millones`).
    const partner = core.unit
      ? undefined
      : readPartner(view, core, this.quotedTitles, (other) => this.lender.lendMoney(other));
    if (partner) {
      shared = {
        ...(partner.unit && { unit: partner.unit }),
        ...(partner.prefixCode && { prefixCode: partner.prefixCode }),
        scale: sharedScale(n, partner.number),
      };
    } else if (!core.unit) {
      this.lender.lendAll(core);
    }
    // A bare `un` is an article: leave it to the qualifier of what follows (`hasta un 30%`).
    if (n.articleOnly && !core.unit && !core.prefixCode && !partner) return undefined;
    const first = classify(this.context, core, shared, this.qualifierBefore(core.first));
    if (first) this.push(first, core);
    if (partner) {
      const second = classify(this.context, partner, { scale: 1 }, undefined);
      if (second) {
        if (first?.subject) second.subject = first.subject;
        // `de 16 y 17 años`: the age the first names is what the second names too.
        if (first?.kind === 'AGE' && second.kind === 'DURATION' && second.unit === 'year') {
          second.kind = 'AGE';
          second.explanation = explain('figure.age.range-partner');
        }
        this.push(second, partner);
      }
      return second ? second.end : partner.end;
    }
    return first ? first.end : core.end;
  }

  private push(draft: FigureDraft, core: Core): void {
    this.drafts.push(draft);
    this.lender.remember(draft, core);
  }

  private qualifierBefore(first: number): Qualifier | undefined {
    const qualifier = qualifierBefore(this.view, first);
    return qualifier && qualifier.start >= this.floor ? qualifier : undefined;
  }
}
