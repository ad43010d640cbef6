// Create or edit one field (lĩnh vực): its code, names in vi/en/km, icon, retired.
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Field } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import { EditorElement } from '../ui/editor-element.js';
import { checkbox, localizedInputs, textInput } from '../ui/form.js';

@customElement('luot-field-editor')
export class FieldEditor extends EditorElement {
  @property({ attribute: false }) field: Field | null = null;
  @state() private draft: Field = { id: '', code: '', name: { vi: '' } };

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('field'))
      this.draft = this.field ? structuredClone(this.field) : { id: '', code: '', name: { vi: '' } };
  }

  private patch(p: Partial<Field>): void {
    this.draft = { ...this.draft, ...p };
  }

  private save(): void {
    const { id, ...body } = this.draft;
    if (!body.icon) delete body.icon;
    if (!body.retired) delete body.retired;
    void this.saveItem('fields', this.field ? id : null, body);
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    const t = this.t;
    return html`<div class="grid" data-testid="field-editor">
        ${textInput({
          label: t('fields.code'),
          testid: 'field-code',
          required: true,
          maxLength: 20,
          value: d.code,
          onInput: (v) => this.patch({ code: v.trim() }),
        })}
        ${textInput({
          label: t('fields.icon'),
          testid: 'field-icon',
          maxLength: 16,
          value: d.icon ?? '',
          onInput: (v) => this.patch({ icon: v }),
        })}
        ${localizedInputs({
          label: t('fields.name'),
          testid: 'field-name',
          required: true,
          labels: this.langLabels,
          value: d.name,
          onChange: (v) => this.patch({ name: v }),
        })}
        <div class="wide">
          ${checkbox({
            label: t('common.retire'),
            testid: 'field-retired',
            checked: d.retired === true,
            onChange: (v) => this.patch({ retired: v }),
          })}
        </div>
      </div>
      ${this.renderProblems()} ${this.renderButtons(() => this.save(), 'field')}`;
  }
}
