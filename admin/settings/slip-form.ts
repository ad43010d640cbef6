// The printed slip: paper width, which lines are printed, header and footer text, with a live
// preview rendered by the server exactly as the printer would print it.
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { LOCALES, type Locale } from '../../shared/domain/model.js';
import type { SlipLayout } from '../../shared/protocol/config-schemas.js';
import { errorParts, postForBlobUrl, sitePath } from '../admin-api.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { checkbox, select, textInput } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';

const LINES: (keyof SlipLayout['show'])[] = [
  'centre',
  'ward',
  'field',
  'procedure',
  'counters',
  'ahead',
  'time',
  'qr',
  'footer',
  'priority',
];

@customElement('luot-slip-form')
export class SlipForm extends SectionForm<SlipLayout> {
  static override styles = [
    ...SectionForm.styles,
    css`
      .layout {
        display: grid;
        grid-template-columns: minmax(0, 1fr) auto;
        gap: 24px;
        align-items: start;
      }
      .preview {
        background: var(--luot-surface);
        padding: 12px;
        border-radius: 8px;
        text-align: center;
      }
      .preview img {
        width: 288px;
        background: #fff;
        box-shadow: 0 1px 4px rgb(0 0 0 / 25%);
      }
    `,
  ];

  protected readonly path = '/settings/slip';
  @state() private previewUrl = '';
  @state() private previewError = '';
  @state() private language: Locale = 'vi';
  @state() private priority = false;
  private previewTimer: ReturnType<typeof setTimeout> | null = null;
  private previewJson = '';

  protected saved(env: AdminEnv) {
    return env.site?.settings.slip ?? null;
  }

  protected override body(d: SlipLayout): unknown {
    const { headerText, footerText, ...rest } = d;
    return { ...rest, ...(headerText ? { headerText } : {}), ...(footerText ? { footerText } : {}) };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
  }

  protected override updated(): void {
    const d = this.draft;
    if (!d || !this.env) return;
    const json = JSON.stringify([this.body(d), this.language, this.priority, this.env.siteId]);
    if (json === this.previewJson) return;
    this.previewJson = json;
    if (this.previewTimer) clearTimeout(this.previewTimer);
    this.previewTimer = setTimeout(() => void this.preview(d), 300);
  }

  private async preview(d: SlipLayout): Promise<void> {
    try {
      const url = await postForBlobUrl(sitePath(this.e.siteId, '/slip-preview'), {
        layout: this.body(d),
        language: this.language,
        priority: this.priority,
      });
      if (this.previewUrl) URL.revokeObjectURL(this.previewUrl);
      this.previewUrl = url;
      this.previewError = '';
    } catch (error) {
      this.previewError = this.i18n.error(errorParts(error).code);
    }
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    return html`<div class="layout">
      <div>
        <div class="grid">
          ${select<'80' | '58'>({
            label: t('slip.paperWidth'),
            testid: 'slip-paper',
            value: String(d.paperWidth) as '80' | '58',
            options: [
              { value: '80', label: t('slip.paper80') },
              { value: '58', label: t('slip.paper58') },
            ],
            onChange: (v) => this.patch({ paperWidth: v === '58' ? 58 : 80 }),
          })}
          ${textInput({ label: t('slip.header'), testid: 'slip-header', value: d.headerText ?? '', maxLength: 200, onInput: (v) => this.patch({ headerText: v }) })}
          ${textInput({ label: t('slip.footer'), testid: 'slip-footer', value: d.footerText ?? '', maxLength: 300, onInput: (v) => this.patch({ footerText: v }) })}
        </div>
        <fieldset style="margin-top: 12px">
          <legend>${t('slip.show')}</legend>
          <div class="grid">
            ${LINES.map((line) =>
              checkbox({
                label: t(`slip.show.${line}` as AdminKey),
                testid: `slip-show-${line}`,
                checked: d.show[line],
                onChange: (v) => this.patch({ show: { ...d.show, [line]: v } }),
              }),
            )}
          </div>
        </fieldset>
        ${this.saveBar('slip')}
      </div>
      <div class="preview">
        <h3>${t('slip.preview')}</h3>
        <div class="toolbar" style="justify-content: center">
          ${select<Locale>({
            label: t('slip.previewLanguage'),
            testid: 'slip-preview-language',
            value: this.language,
            options: LOCALES.map((l) => ({ value: l, label: t(`lang.${l}`) })),
            onChange: (v) => (this.language = v),
          })}
          ${checkbox({ label: t('slip.previewPriority'), testid: 'slip-preview-priority', checked: this.priority, onChange: (v) => (this.priority = v) })}
        </div>
        ${this.previewError ? html`<p class="issues">${this.previewError}</p>` : nothing}
        ${this.previewUrl ? html`<img data-testid="slip-preview" src=${this.previewUrl} alt=${t('slip.previewAlt')} />` : nothing}
      </div>
    </div>`;
  }
}
