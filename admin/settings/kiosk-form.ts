// The kiosk's timings, whether it offers the priority button, and its visit tiles ("Nhận kết
// quả", "Bổ sung hồ sơ", "Hỏi thông tin"): on or off, their words in vi/en/km, the procedure (and
// so the series) each issues in, and their order. Saved in one PUT of settings.kiosk, which the
// server validates with the kiosk settings schema (and the procedures against the catalogue).
import { css, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { localized } from '../../shared/i18n/messages.js';
import type { KioskSettings } from '../../shared/protocol/config-schemas.js';
import type { AdminEnv } from '../env.js';
import { checkbox, localizedInputs, numberInput } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';
import { moveRow, rowsMissingProcedure, type VisitRow, visitRows, visitsOf } from './kiosk-visits.js';
import { visitsMessages } from './kiosk-visits-i18n.js';

@customElement('luot-kiosk-form')
export class KioskForm extends SectionForm<KioskSettings> {
  static override styles = [
    ...SectionForm.styles,
    css`
      .visit-row {
        display: grid;
        gap: 8px;
        min-width: 0;
      }
      .visit-row select {
        width: 100%;
        min-width: 0;
      }
      .visit-row .moves {
        display: flex;
        gap: 8px;
      }
    `,
  ];

  protected readonly path = '/settings/kiosk';
  @state() private rows: VisitRow[] = [];
  private visitsJson = '';

  protected saved(env: AdminEnv) {
    return env.site?.settings.kiosk ?? null;
  }

  override willUpdate(changed: Map<string, unknown>): void {
    super.willUpdate(changed);
    const saved = this.env?.site?.settings.kiosk;
    if (!saved) return;
    const json = JSON.stringify(saved.visits ?? null);
    if (json !== this.visitsJson) {
      this.visitsJson = json;
      this.rows = visitRows(saved.visits);
    }
  }

  protected override body(draft: KioskSettings): unknown {
    return { ...draft, visits: visitsOf(this.rows) };
  }

  protected override async save(): Promise<void> {
    const missing = rowsMissingProcedure(this.rows);
    if (missing.length > 0) {
      this.errorText = missing
        .map((kind) => this.v('visits.needProcedure', { name: this.kindName(kind) }))
        .join(' ');
      return;
    }
    await super.save();
  }

  private v(key: Parameters<typeof visitsMessages.t>[1], params?: Record<string, string>): string {
    return visitsMessages.t(this.locale, key, params);
  }

  private kindName(kind: VisitRow['kind']): string {
    return this.v(`visits.kind.${kind}`);
  }

  private setRow(index: number, patch: Partial<VisitRow>): void {
    this.errorText = '';
    this.rows = this.rows.map((r, i) => (i === index ? { ...r, ...patch } : r));
  }

  private renderVisit(env: AdminEnv, row: VisitRow, index: number) {
    const config = env.site?.config;
    const loc = this.locale;
    const seriesName = (id: string) => {
      const s = config?.series.find((x) => x.id === id);
      return s ? `${s.prefix || localized(s.name, loc)}` : id;
    };
    const name = this.kindName(row.kind);
    const id = `visit-${row.kind}`;
    return html`<fieldset class="visit-row" data-testid="${id}-row">
      <legend>${index + 1}. ${name}</legend>
      ${checkbox({ label: this.v('visits.show'), testid: `${id}-on`, checked: row.on, onChange: (on) => this.setRow(index, { on }) })}
      ${localizedInputs({
        label: this.v('visits.label'),
        testid: `${id}-label`,
        value: row.label,
        labels: { vi: 'vi', en: 'en', km: 'km' },
        onChange: (label) => this.setRow(index, { label }),
      })}
      <label class="field">
        ${this.v('visits.procedure')}
        <select data-testid="${id}-procedure" @change=${(e: Event) => this.setRow(index, { procedureId: (e.target as HTMLSelectElement).value })}>
          <option value="" ?selected=${row.procedureId === ''}>${this.v('visits.choose')}</option>
          ${(config?.procedures ?? []).map(
            (p) => html`<option value=${p.id} ?selected=${p.id === row.procedureId}>
              ${localized(p.name, loc)} (${seriesName(p.seriesId)})
            </option>`,
          )}
        </select>
      </label>
      <div class="moves">
        <button type="button" data-testid="${id}-up" ?disabled=${index === 0}
          aria-label=${this.v('visits.moveUp', { name })} @click=${() => {
            this.rows = moveRow(this.rows, index, -1);
          }}>↑ ${this.v('visits.up')}</button>
        <button type="button" data-testid="${id}-down" ?disabled=${index === this.rows.length - 1}
          aria-label=${this.v('visits.moveDown', { name })} @click=${() => {
            this.rows = moveRow(this.rows, index, 1);
          }}>↓ ${this.v('visits.down')}</button>
      </div>
    </fieldset>`;
  }

  protected override renderPage(env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    const t = this.t;
    return html`<div class="grid">
        ${numberInput({ label: t('kiosk.idle'), testid: 'kiosk-idle', min: 10, max: 600, value: d.idleSeconds, onInput: (v) => this.patch({ idleSeconds: v ?? 60 }) })}
        ${numberInput({ label: t('kiosk.ticketScreen'), testid: 'kiosk-ticket', min: 5, max: 300, value: d.ticketScreenSeconds, onInput: (v) => this.patch({ ticketScreenSeconds: v ?? 20 }) })}
        <div class="wide">
          ${checkbox({ label: t('kiosk.showPriority'), testid: 'kiosk-priority', checked: d.showPriority, onChange: (v) => this.patch({ showPriority: v }) })}
        </div>
      </div>
      <h3>${this.v('visits.title')}</h3>
      <p class="muted">${this.v('visits.help')}</p>
      ${this.rows.map((row, i) => this.renderVisit(env, row, i))}
      ${this.saveBar('kiosk')}`;
  }
}
