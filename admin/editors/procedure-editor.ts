// Create or edit one procedure: mã TTHC (checked leniently by the server), names in vi/en/km,
// field, series, processing time, fee, the required documents (one per line, per language) and
// the words citizens type for it at the kiosk (keywords, comma separated).
import { html } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { LocalizedText, Procedure } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { EditorElement } from '../ui/editor-element.js';
import {
  checkbox,
  localizedInputs,
  numberInput,
  optionalText,
  select,
  textArea,
  textInput,
} from '../ui/form.js';
import { loc } from '../ui/text.js';

type Unit = NonNullable<Procedure['processingTime']>['unit'] | '';
const UNITS: Unit[] = ['', 'working_days', 'days', 'hours', 'same_day'];

function docLines(docs: LocalizedText[] | undefined, key: 'vi' | 'en' | 'km'): string {
  return (docs ?? []).map((d) => d[key] ?? '').join('\n');
}

@customElement('luot-procedure-editor')
export class ProcedureEditor extends EditorElement {
  @property({ attribute: false }) procedure: Procedure | null = null;
  @state() private draft: Procedure | null = null;
  @state() private docs = { vi: '', en: '', km: '' };
  @state() private keywords = '';

  override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('procedure') || !this.draft) && this.env?.site) {
      const config = this.env.site.config;
      const field = config.fields.find((f) => !f.retired);
      this.draft = this.procedure
        ? structuredClone(this.procedure)
        : {
            id: '',
            code: '',
            name: { vi: '' },
            fieldId: field?.id ?? '',
            seriesId:
              config.procedures.find((p) => p.fieldId === field?.id)?.seriesId ?? config.series[0]?.id ?? '',
          };
      const docs = this.draft.documents;
      this.docs = { vi: docLines(docs, 'vi'), en: docLines(docs, 'en'), km: docLines(docs, 'km') };
      this.keywords = (this.draft.keywords ?? []).join(', ');
    }
  }

  private patch(patch: Partial<Procedure>): void {
    if (this.draft) this.draft = { ...this.draft, ...patch };
  }

  private documents(): LocalizedText[] | undefined {
    const split = (v: string) => v.split('\n');
    const [vi, en, km] = [split(this.docs.vi), split(this.docs.en), split(this.docs.km)];
    const docs = vi.flatMap((line, i) => {
      const text = line.trim();
      if (!text) return [];
      const d: LocalizedText = { vi: text };
      if (en[i]?.trim()) d.en = en[i].trim();
      if (km[i]?.trim()) d.km = km[i].trim();
      return [d];
    });
    return docs.length > 0 ? docs : undefined;
  }

  private save(): void {
    const d = this.draft;
    if (!d) return;
    const { id, documents: _d, keywords: _k, fee, processingTime, ...rest } = d;
    const body: Omit<Procedure, 'id'> & { id?: string } = { ...rest };
    const keywords = [
      ...new Set(
        this.keywords
          .split(/[,;\n]/)
          .map((k) => k.trim())
          .filter(Boolean),
      ),
    ];
    if (keywords.length > 0) body.keywords = keywords;
    const docs = this.documents();
    if (docs) body.documents = docs;
    const feeText = optionalText(fee);
    if (feeText) body.fee = feeText;
    if (processingTime) body.processingTime = processingTime;
    if (!body.retired) delete body.retired;
    void this.saveItem('procedures', this.procedure ? id : null, body);
  }

  protected override renderPage(env: AdminEnv) {
    const d = this.draft;
    const config = env.site?.config;
    if (!d || !config) return html``;
    const t = this.t;
    const unit: Unit = d.processingTime?.unit ?? '';
    const labels = this.langLabels;
    return html`<div class="grid" data-testid="procedure-editor">
        ${textInput({
          label: t('procedures.code'),
          testid: 'procedure-code',
          value: d.code,
          placeholder: '1.001193.000.00.00.H59',
          onInput: (v) => this.patch({ code: v.trim() }),
        })}
        ${select({
          label: t('procedures.field'),
          testid: 'procedure-field',
          required: true,
          value: d.fieldId,
          options: config.fields.map((f) => ({
            value: f.id,
            label: `${f.code} – ${loc(f.name, this.locale)}`,
          })),
          onChange: (v) => this.patch({ fieldId: v }),
        })}
        ${select({
          label: t('procedures.series'),
          testid: 'procedure-series',
          required: true,
          value: d.seriesId,
          options: config.series.map((s) => ({
            value: s.id,
            label: `${s.prefix || '#'} – ${loc(s.name, this.locale)}`,
          })),
          onChange: (v) => this.patch({ seriesId: v }),
        })}
        ${localizedInputs({
          label: t('procedures.name'),
          testid: 'procedure-name',
          required: true,
          labels,
          value: d.name,
          onChange: (v) => this.patch({ name: v }),
        })}
        ${numberInput({
          label: t('procedures.timeValue'),
          testid: 'procedure-time-value',
          value: d.processingTime?.value,
          max: 1000,
          step: 0.5,
          onInput: (v) =>
            this.patch({
              processingTime: unit
                ? { unit, value: v ?? 0 }
                : v === undefined
                  ? undefined
                  : { unit: 'working_days', value: v },
            }),
        })}
        ${select<Unit>({
          label: t('procedures.timeUnit'),
          testid: 'procedure-time-unit',
          value: unit,
          options: UNITS.map((u) => ({ value: u, label: t(`procedures.unit.${u || 'none'}` as AdminKey) })),
          onChange: (u) =>
            this.patch({ processingTime: u ? { unit: u, value: d.processingTime?.value ?? 0 } : undefined }),
        })}
        ${localizedInputs({
          label: t('procedures.fee'),
          testid: 'procedure-fee',
          labels,
          value: d.fee,
          onChange: (v) => this.patch({ fee: v }),
        })}
        <div class="lt">
        ${(['vi', 'en', 'km'] as const).map((key) =>
          textArea({
            label: `${t('procedures.documents')} (${labels[key]})`,
            testid: `procedure-docs-${key}`,
            hint: t('procedures.documentsHint'),
            value: this.docs[key],
            rows: 4,
            onInput: (v) => {
              this.docs = { ...this.docs, [key]: v };
            },
          }),
        )}
        </div>
        <div class="wide">
          ${textInput({
            label: t('procedures.keywords'),
            testid: 'procedure-keywords',
            value: this.keywords,
            placeholder: t('procedures.keywordsHint'),
            onInput: (v) => {
              this.keywords = v;
            },
          })}
        </div>
        <div class="wide">
          ${checkbox({
            label: t('common.retire'),
            testid: 'procedure-retired',
            checked: d.retired === true,
            onChange: (v) => this.patch({ retired: v }),
          })}
        </div>
      </div>
      ${this.renderProblems()} ${this.renderButtons(() => this.save(), 'procedure')}`;
  }
}
