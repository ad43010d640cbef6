// Quầy: counters (zone, series served, call order), ticket series and priority categories.
import { html, nothing, type TemplateResult } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import '../editors/counter-editor.js';
import '../editors/priority-editor.js';
import { seriesExample } from '../editors/series-editor.js';
import type { AdminEnv } from '../env.js';
import type { AdminKey } from '../i18n.js';
import { AdminElement } from '../ui/admin-page.js';
import { tabs } from '../ui/tabs.js';
import { loc } from '../ui/text.js';

type Tab = 'counters' | 'series' | 'priority';

@customElement('luot-counters-page')
export class CountersPage extends AdminElement {
  @state() private tab: Tab = 'counters';
  @state() private editing: string | null = null;

  private table<T extends { id: string }>(
    testid: string,
    headers: string[],
    items: T[],
    cells: (item: T) => TemplateResult,
    editor: (item: T | null) => TemplateResult,
    retired: (item: T) => boolean = () => false,
  ) {
    const t = this.t;
    return html`
      <div class="toolbar">
        <span class="muted">${t('common.count', { n: items.length })}</span>
        <span class="grow"></span>
        <button class="primary" data-testid=${`${testid}-new`} @click=${() => (this.editing = 'new')}>+ ${t('common.new')}</button>
      </div>
      ${this.editing === 'new' ? html`<div class="panel">${editor(null)}</div>` : nothing}
      <table data-testid=${`${testid}-table`}>
        <thead>
          <tr>
            ${headers.map((h) => html`<th>${h}</th>`)}
            <th>${t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          ${items.map((item) =>
            this.editing === item.id
              ? html`<tr class="editing"><td colspan=${headers.length + 1}>${editor(item)}</td></tr>`
              : html`<tr class=${retired(item) ? 'retired' : ''} data-testid=${`${testid}-row-${item.id}`}>
                  ${cells(item)}
                  <td>
                    <button class="small" data-testid=${`${testid}-edit-${item.id}`} @click=${() => (this.editing = item.id)}>
                      ${t('common.edit')}
                    </button>
                  </td>
                </tr>`,
          )}
        </tbody>
      </table>
    `;
  }

  private renderTab(env: AdminEnv) {
    const config = env.site?.config;
    if (!config) return html`<p class="muted">${this.t('common.loading')}</p>`;
    const t = this.t;
    const done = () => (this.editing = null);
    const seriesLabel = (id: string) => config.series.find((s) => s.id === id)?.prefix || '#';
    switch (this.tab) {
      case 'counters':
        return this.table(
          'counter',
          [
            t('counters.number'),
            t('counters.name'),
            t('counters.zone'),
            t('counters.series'),
            t('counters.policy'),
          ],
          [...config.counters].sort((a, b) => a.number - b.number),
          (c) => html`<td class="num"><strong>${c.number}</strong></td>
            <td>${loc(c.name, this.locale)} ${c.retired ? html`<span class="tag">${t('common.retired')}</span>` : nothing}</td>
            <td>${c.zone}</td>
            <td>${c.series.map((s) => html`<span class="tag">${seriesLabel(s.seriesId)}${s.weight && s.weight !== 1 ? ` ×${s.weight}` : ''}</span> `)}</td>
            <td>
              ${t(`counters.policy.${c.policy}` as AdminKey)}${c.policy === 'interleave' ? ` (${c.interleaveRatio ?? 3}:1)` : ''}
            </td>`,
          (c) => html`<luot-counter-editor .env=${env} .counter=${c} @done=${done}></luot-counter-editor>`,
          (c) => c.retired === true,
        );
      case 'series':
        return this.table(
          'series',
          [t('series.prefix'), t('common.name'), t('series.range'), t('series.dailyCap'), t('series.target')],
          config.series,
          (
            s,
          ) => html`<td><strong>${s.prefix || '#'}</strong> <span class="muted">${seriesExample(s)}</span></td>
            <td>${loc(s.name, this.locale)}</td>
            <td class="num">${s.start}–${s.end}</td>
            <td class="num">${s.dailyCap || '∞'}</td>
            <td class="num">${t('common.minutesShort', { n: s.targetWaitMinutes })}</td>`,
          (s) => html`<luot-series-editor .env=${env} .series=${s} @done=${done}></luot-series-editor>`,
        );
      case 'priority':
        return this.table(
          'priority',
          [t('priority.name'), t('priority.legal'), t('priority.age'), t('priority.confirm')],
          config.priorityCategories,
          (c) => html`<td><span class="tag priority">★</span> ${loc(c.name, this.locale)}</td>
            <td class="muted">${loc(c.legalBasis, this.locale)}</td>
            <td class="num">${c.ageThreshold ?? ''}</td>
            <td>${c.requiresConfirmation ? t('common.yes') : t('common.no')}</td>`,
          (c) => html`<luot-priority-editor .env=${env} .category=${c} @done=${done}></luot-priority-editor>`,
        );
    }
  }

  protected override renderPage(env: AdminEnv) {
    const t = this.t;
    return html`
      <h1>${t('nav.counters')}</h1>
      ${tabs<Tab>(
        [
          { id: 'counters', label: t('counters.tab.counters') },
          { id: 'series', label: t('counters.tab.series') },
          { id: 'priority', label: t('counters.tab.priority') },
        ],
        this.tab,
        (id) => {
          this.tab = id;
          this.editing = null;
        },
        'counters-tab',
      )}
      ${this.renderTab(env)}
    `;
  }
}
