// The satisfaction scale: 3, 4 or 5 levels with their words, which levels ask for reasons and
// which count as satisfied, the reasons offered, and the phone rating window.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { RatingSettings } from '../../shared/protocol/config-schemas.js';
import type { AdminEnv } from '../env.js';
import { localizedInputs, numberInput, select, textInput } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';

type Scale = RatingSettings['scale'];

@customElement('luot-rating-form')
export class RatingForm extends SectionForm<RatingSettings> {
  protected readonly path = '/settings/rating';

  protected saved(env: AdminEnv) {
    return env.site?.settings.rating ?? null;
  }

  private setScale(scale: Scale): void {
    const d = this.draft;
    if (!d) return;
    const levels = Array.from({ length: scale }, (_, i) => {
      const level = scale - i;
      return d.levels.find((l) => l.level === level) ?? { level, label: { vi: `Mức ${level}` } };
    });
    const keep = (xs: number[]) => xs.filter((x) => x <= scale);
    this.patch({ scale, levels, lowLevels: keep(d.lowLevels), satisfiedLevels: keep(d.satisfiedLevels) });
  }

  private toggle(key: 'lowLevels' | 'satisfiedLevels', level: number, on: boolean): void {
    const d = this.draft;
    if (!d) return;
    const set = new Set(d[key]);
    if (on) set.add(level);
    else set.delete(level);
    this.patch({ [key]: [...set].sort((a, b) => b - a) });
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    return html`<div class="grid">
        ${select<'3' | '4' | '5'>({
          label: t('rating.scale'),
          testid: 'rating-scale',
          value: String(d.scale) as '3' | '4' | '5',
          options: ['3', '4', '5'].map((v) => ({ value: v as '3' | '4' | '5', label: v })),
          onChange: (v) => this.setScale(Number(v) as Scale),
        })}
        ${numberInput({ label: t('rating.phoneWindow'), testid: 'rating-phone-window', min: 0, max: 1440, value: d.phoneWindowMinutes, onInput: (v) => this.patch({ phoneWindowMinutes: v ?? 0 }) })}
        ${numberInput({ label: t('rating.closeAfter'), testid: 'rating-close-after', min: 5, max: 300, value: d.closeAfterSeconds, onInput: (v) => this.patch({ closeAfterSeconds: v ?? 30 }) })}
      </div>
      <h3>${t('rating.levels')}</h3>
      <table data-testid="rating-levels">
        <tbody>
          ${d.levels.map(
            (l, i) => html`<tr>
              <th scope="row">${t('rating.level', { n: l.level })}</th>
              <td>
                <div class="grid">
                  ${localizedInputs({
                    label: t('common.name'),
                    testid: `rating-level-${l.level}`,
                    required: true,
                    labels: this.langLabels,
                    value: l.label,
                    onChange: (v) =>
                      this.patch({ levels: d.levels.map((x, j) => (j === i ? { ...x, label: v } : x)) }),
                  })}
                </div>
              </td>
              <td>
                <label class="check"
                  ><input type="checkbox" data-testid=${`rating-low-${l.level}`} .checked=${d.lowLevels.includes(l.level)} @change=${(e: Event) => this.toggle('lowLevels', l.level, (e.target as HTMLInputElement).checked)} />
                  ${t('rating.low')}</label
                ><br />
                <label class="check"
                  ><input type="checkbox" data-testid=${`rating-satisfied-${l.level}`} .checked=${d.satisfiedLevels.includes(l.level)} @change=${(e: Event) => this.toggle('satisfiedLevels', l.level, (e.target as HTMLInputElement).checked)} />
                  ${t('rating.satisfied')}</label
                >
              </td>
            </tr>`,
          )}
        </tbody>
      </table>
      <h3>${t('rating.reasons')}</h3>
      <table data-testid="rating-reasons">
        <tbody>
          ${d.reasons.map(
            (r, i) => html`<tr>
              <td style="width: 160px">
                ${textInput({ label: t('common.code'), testid: `rating-reason-id-${i}`, value: r.id, maxLength: 64, onInput: (v) => this.patch({ reasons: d.reasons.map((x, j) => (j === i ? { ...x, id: v.trim() } : x)) }) })}
              </td>
              <td>
                <div class="grid">
                  ${localizedInputs({ label: t('common.name'), testid: `rating-reason-${i}`, required: true, labels: this.langLabels, value: r.label, onChange: (v) => this.patch({ reasons: d.reasons.map((x, j) => (j === i ? { ...x, label: v } : x)) }) })}
                </div>
              </td>
              <td><button class="small danger" @click=${() => this.patch({ reasons: d.reasons.filter((_, j) => j !== i) })}>${t('rating.removeReason')}</button></td>
            </tr>`,
          )}
        </tbody>
      </table>
      <div class="toolbar">
        <button class="small" data-testid="rating-add-reason" ?disabled=${d.reasons.length >= 20} @click=${() => this.patch({ reasons: [...d.reasons, { id: `ly-do-${d.reasons.length + 1}`, label: { vi: '' } }] })}>
          + ${t('rating.addReason')}
        </button>
      </div>
      ${this.saveBar('rating')}`;
  }
}
