// Create or edit a counter: number, name, zone, the series it serves (with weights), and the
// order in which it calls (FIFO, priority first, or N:1 interleave).
import { html, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Counter, OrderingPolicy } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { EditorElement } from '../ui/editor-element.js';
import { checkbox, localizedInputs, numberInput, select, textInput } from '../ui/form.js';
import { loc } from '../ui/text.js';

const POLICIES: OrderingPolicy[] = ['fifo', 'strict', 'interleave'];

@customElement('luot-counter-editor')
export class CounterEditor extends EditorElement {
  @property({ attribute: false }) counter: Counter | null = null;
  @state() private draft: Counter | null = null;

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('counter') || !this.draft) && this.env?.site) {
      const counters = this.env.site.config.counters;
      const number = counters.reduce((m, c) => Math.max(m, c.number), 0) + 1;
      this.draft = this.counter
        ? structuredClone(this.counter)
        : {
            id: '',
            number,
            name: { vi: `Quầy ${number}`, en: `Counter ${number}` },
            zone: '',
            series: [],
            policy: 'strict',
          };
    }
  }

  private patch(p: Partial<Counter>): void {
    if (this.draft) this.draft = { ...this.draft, ...p };
  }

  private toggleSeries(seriesId: string, on: boolean): void {
    const d = this.draft;
    if (!d) return;
    const series = on ? [...d.series, { seriesId }] : d.series.filter((s) => s.seriesId !== seriesId);
    this.patch({ series });
  }

  private setWeight(seriesId: string, weight: number | undefined): void {
    const d = this.draft;
    if (!d) return;
    this.patch({
      series: d.series.map((s) =>
        s.seriesId === seriesId ? (weight && weight !== 1 ? { seriesId, weight } : { seriesId }) : s,
      ),
    });
  }

  private save(): void {
    const d = this.draft;
    if (!d) return;
    const { id, ...body } = d;
    if (body.policy !== 'interleave') delete body.interleaveRatio;
    if (!body.retired) delete body.retired;
    void this.saveItem('counters', this.counter ? id : null, body);
  }

  protected override renderPage(env: AdminEnv) {
    const d = this.draft;
    const config = env.site?.config;
    if (!d || !config) return nothing;
    const t = this.t;
    return html`<div class="grid" data-testid="counter-editor">
        ${numberInput({
          label: t('counters.number'),
          testid: 'counter-number',
          required: true,
          min: 1,
          max: 999,
          value: d.number,
          onInput: (v) => this.patch({ number: v ?? 0 }),
        })}
        ${textInput({ label: t('counters.zone'), testid: 'counter-zone', value: d.zone, maxLength: 40, onInput: (v) => this.patch({ zone: v }) })}
        ${select<OrderingPolicy>({
          label: t('counters.policy'),
          testid: 'counter-policy',
          value: d.policy,
          options: POLICIES.map((p) => ({ value: p, label: t(`counters.policy.${p}` as AdminKey) })),
          onChange: (v) => this.patch({ policy: v }),
        })}
        ${
          d.policy === 'interleave'
            ? numberInput({
                label: t('counters.ratio'),
                testid: 'counter-ratio',
                min: 1,
                max: 20,
                value: d.interleaveRatio ?? 3,
                onInput: (v) => this.patch({ interleaveRatio: v }),
              })
            : nothing
        }
        ${localizedInputs({
          label: t('counters.name'),
          testid: 'counter-name',
          required: true,
          labels: this.langLabels,
          value: d.name,
          onChange: (v) => this.patch({ name: v }),
        })}
        <fieldset class="wide">
          <legend>${t('counters.series')}</legend>
          <table>
            <tbody>
              ${config.series.map((s) => {
                const served = d.series.find((x) => x.seriesId === s.id);
                return html`<tr>
                  <td>
                    ${checkbox({
                      label: `${s.prefix || '#'} – ${loc(s.name, this.locale)}`,
                      testid: `counter-series-${s.id}`,
                      checked: Boolean(served),
                      onChange: (on) => this.toggleSeries(s.id, on),
                    })}
                  </td>
                  <td>
                    ${
                      served
                        ? html`<label
                          >${t('counters.weight')}
                          <input
                            type="number"
                            min="0.1"
                            max="10"
                            step="0.1"
                            style="width: 90px"
                            data-testid=${`counter-weight-${s.id}`}
                            .value=${String(served.weight ?? 1)}
                            @input=${(e: Event) => this.setWeight(s.id, Number((e.target as HTMLInputElement).value) || undefined)}
                        /></label>`
                        : nothing
                    }
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>
        </fieldset>
        <div class="wide">
          ${checkbox({ label: t('common.retire'), testid: 'counter-retired', checked: d.retired === true, onChange: (v) => this.patch({ retired: v }) })}
        </div>
      </div>
      ${this.renderProblems()} ${this.renderButtons(() => this.save(), 'counter')}`;
  }
}
