// Queue rules: recalls, start on call, no-show window, where transfers go, the starvation guard
// for normal tickets behind priority ones, and the service-time estimate.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { QueueRules } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { checkbox, numberInput, select } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';

@customElement('luot-rules-form')
export class RulesForm extends SectionForm<QueueRules> {
  protected readonly path = '/config/rules';

  protected saved(env: AdminEnv) {
    return env.site?.config.rules ?? null;
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    const num = (key: keyof QueueRules, label: AdminKey, min: number, max: number, step = 1) =>
      numberInput({
        label: t(label),
        testid: `rules-${key}`,
        min,
        max,
        step,
        value: d[key] as number,
        onInput: (v) => this.patch({ [key]: v ?? min }),
      });
    return html`<div class="grid">
        ${num('recallLimit', 'rules.recallLimit', 0, 20)} ${num('noShowReactivateMinutes', 'rules.noShowMinutes', 0, 600)}
        ${select<QueueRules['transferPlacement']>({
          label: t('rules.transferPlacement'),
          testid: 'rules-placement',
          value: d.transferPlacement,
          options: (['keep', 'front', 'back'] as const).map((p) => ({
            value: p,
            label: t(`rules.placement.${p}`),
          })),
          onChange: (v) => this.patch({ transferPlacement: v }),
        })}
        ${num('starvationGuardMinutes', 'rules.starvation', 0, 600)} ${num('etaSampleSize', 'rules.etaSample', 1, 500)}
        ${num('defaultServiceMinutes', 'rules.defaultService', 0.5, 240, 0.5)}
        <div class="wide">
          ${checkbox({ label: t('rules.startOnCall'), testid: 'rules-start-on-call', checked: d.startOnCall, onChange: (v) => this.patch({ startOnCall: v }) })}
          ${checkbox({ label: t('rules.noShowAfterRecall'), testid: 'rules-no-show-after-recall', checked: d.noShowAfterRecall ?? false, onChange: (v) => this.patch({ noShowAfterRecall: v }) })}
        </div>
      </div>
      ${this.saveBar('rules')}`;
  }
}
