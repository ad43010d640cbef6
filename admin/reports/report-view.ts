// The base of the report sections: the report to show, the filter choices (for names), the
// dictionary and the shared styles.
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import type { LocalizedText } from '../../shared/domain/model.js';
import { localized } from '../../shared/i18n/messages.js';
import type { ReportOptions } from '../../shared/protocol/report-views.js';
import { I18nController } from '../../shared/ui/locale.js';
import { base, tokens } from '../../shared/ui/tokens.js';
import * as fmt from './format.js';
import { reportMessages } from './i18n.js';
import { reportStyles } from './styles.js';

export class ReportView<R> extends LitElement {
  static override styles = [tokens, base, reportStyles];

  @property({ attribute: false }) report: R | null = null;
  @property({ attribute: false }) options: ReportOptions | null = null;

  protected readonly i18n = new I18nController(this, reportMessages);

  protected text(value: LocalizedText | undefined): string {
    return localized(value, this.i18n.locale);
  }
  protected count = (n: number) => fmt.count(n, this.i18n.locale);
  protected min = (ms: number | null) => fmt.minutes(ms, this.i18n.locale);
  protected pct = (p: number | null) => fmt.percent(p, this.i18n.locale);
  protected hrs = (ms: number) => fmt.hours(ms, this.i18n.locale);
  protected weekday = (w: number) => this.i18n.t(`rp.weekday.${w}` as 'rp.weekday.1');
}
