// Create or edit a ticket series: prefix or numeric block, range, step, digits, daily cap, what
// happens when the numbers run out, and the target wait (service level).
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Series } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import { EditorElement } from '../ui/editor-element.js';
import { localizedInputs, numberInput, select, textInput } from '../ui/form.js';

const EMPTY: Series = {
  id: '',
  name: { vi: '' },
  prefix: '',
  start: 1,
  end: 999,
  step: 1,
  padding: 3,
  dailyCap: 0,
  onExhausted: 'wrap',
  targetWaitMinutes: 15,
};

export function seriesExample(s: Series): string {
  return `${s.prefix}${String(s.start).padStart(s.padding, '0')}`;
}

@customElement('luot-series-editor')
export class SeriesEditor extends EditorElement {
  @property({ attribute: false }) series: Series | null = null;
  @state() private draft: Series = { ...EMPTY };

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('series')) this.draft = this.series ? structuredClone(this.series) : { ...EMPTY };
  }

  private patch(p: Partial<Series>): void {
    this.draft = { ...this.draft, ...p };
  }

  private save(): void {
    const { id, ...body } = this.draft;
    void this.saveItem('series', this.series ? id : null, body);
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    const t = this.t;
    const num = (key: keyof Series, label: string, min: number, max: number) =>
      numberInput({
        label,
        testid: `series-${key}`,
        min,
        max,
        value: d[key] as number,
        onInput: (v) => this.patch({ [key]: v ?? 0 }),
      });
    return html`<div class="grid" data-testid="series-editor">
        ${textInput({
          label: t('series.prefix'),
          testid: 'series-prefix',
          maxLength: 2,
          value: d.prefix,
          hint: t('series.example', { example: seriesExample(d) }),
          onInput: (v) => this.patch({ prefix: v.toUpperCase() }),
        })}
        ${num('start', t('series.start'), 0, 999_999)} ${num('end', t('series.end'), 0, 999_999)}
        ${num('step', t('series.step'), 1, 1000)} ${num('padding', t('series.padding'), 0, 6)}
        ${num('dailyCap', t('series.dailyCap'), 0, 100_000)}
        ${select<Series['onExhausted']>({
          label: t('series.onExhausted'),
          testid: 'series-onExhausted',
          value: d.onExhausted,
          options: [
            { value: 'wrap', label: t('series.onExhausted.wrap') },
            { value: 'refuse', label: t('series.onExhausted.refuse') },
          ],
          onChange: (v) => this.patch({ onExhausted: v }),
        })}
        ${num('targetWaitMinutes', t('series.target'), 1, 600)}
        ${localizedInputs({
          label: t('common.name'),
          testid: 'series-name',
          required: true,
          labels: this.langLabels,
          value: d.name,
          onChange: (v) => this.patch({ name: v }),
        })}
      </div>
      ${this.renderProblems()} ${this.renderButtons(() => this.save(), 'series')}${nothing}`;
  }
}
