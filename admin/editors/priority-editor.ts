// Create or edit a priority category (NĐ 118/2025/NĐ-CP): name, legal wording shown at the kiosk,
// age threshold, and whether the counter confirms it.
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { PriorityCategory } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import { EditorElement } from '../ui/editor-element.js';
import { checkbox, localizedInputs, numberInput, optionalText } from '../ui/form.js';

@customElement('luot-priority-editor')
export class PriorityEditor extends EditorElement {
  @property({ attribute: false }) category: PriorityCategory | null = null;
  @state() private draft: PriorityCategory = { id: '', name: { vi: '' }, requiresConfirmation: true };

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('category')) {
      this.draft = this.category
        ? structuredClone(this.category)
        : { id: '', name: { vi: '' }, requiresConfirmation: true };
    }
  }

  private patch(p: Partial<PriorityCategory>): void {
    this.draft = { ...this.draft, ...p };
  }

  private save(): void {
    const { id, legalBasis, ageThreshold, ...rest } = this.draft;
    const body: Omit<PriorityCategory, 'id'> = { ...rest };
    const legal = optionalText(legalBasis);
    if (legal) body.legalBasis = legal;
    if (ageThreshold) body.ageThreshold = ageThreshold;
    void this.saveItem('priority-categories', this.category ? id : null, body);
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    const t = this.t;
    return html`<div class="grid" data-testid="priority-editor">
        ${localizedInputs({ label: t('priority.name'), testid: 'priority-name', required: true, labels: this.langLabels, value: d.name, onChange: (v) => this.patch({ name: v }) })}
        ${localizedInputs({ label: t('priority.legal'), testid: 'priority-legal', labels: this.langLabels, value: d.legalBasis, multiline: true, onChange: (v) => this.patch({ legalBasis: v }) })}
        ${numberInput({ label: t('priority.age'), testid: 'priority-age', min: 1, max: 120, value: d.ageThreshold, onInput: (v) => this.patch({ ageThreshold: v }) })}
        <div>
          ${checkbox({ label: t('priority.confirm'), testid: 'priority-confirm', checked: d.requiresConfirmation, onChange: (v) => this.patch({ requiresConfirmation: v }) })}
        </div>
      </div>
      ${this.renderProblems()} ${this.renderButtons(() => this.save(), 'priority')}`;
  }
}
