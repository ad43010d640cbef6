// The centre's details: names of centre, ward/commune and province (vi/en/km), agency code,
// time zone and the message shown outside opening hours.
import { html, nothing } from 'lit';
import { customElement } from 'lit/decorators.js';
import type { Site } from '../../shared/domain/model.js';
import type { AdminEnv } from '../env.js';
import { localizedInputs, optionalText, textInput } from '../ui/form.js';
import { SectionForm } from '../ui/section-form.js';

@customElement('luot-site-form')
export class SiteForm extends SectionForm<Site> {
  protected readonly path = '/config/site';

  protected saved(env: AdminEnv): Site | null {
    return env.site?.config.site ?? null;
  }

  protected override body(d: Site): unknown {
    const { id: _id, closedMessage, agencyCode, ...rest } = d;
    const closed = optionalText(closedMessage);
    return { ...rest, ...(closed ? { closedMessage: closed } : {}), ...(agencyCode ? { agencyCode } : {}) };
  }

  protected override renderPage(_env: AdminEnv) {
    const d = this.draft;
    if (!d) return nothing;
    return html`${siteFields(this, d, (p) => this.patch(p))} ${this.saveBar('site')}`;
  }
}

/** The fields of a site, shared by the edit form and the new-centre form. */
export function siteFields(
  host: {
    t: (
      k:
        | 'site.name'
        | 'site.ward'
        | 'site.province'
        | 'site.agencyCode'
        | 'site.timeZone'
        | 'site.closedMessage',
    ) => string;
    langLabels: { vi: string; en: string; km: string };
  },
  d: Site,
  patch: (p: Partial<Site>) => void,
) {
  const labels = host.langLabels;
  return html`<div class="grid">
    ${localizedInputs({ label: host.t('site.name'), testid: 'site-name', required: true, labels, value: d.name, onChange: (v) => patch({ name: v }) })}
    ${localizedInputs({ label: host.t('site.ward'), testid: 'site-ward', required: true, labels, value: d.ward, onChange: (v) => patch({ ward: v }) })}
    ${localizedInputs({ label: host.t('site.province'), testid: 'site-province', required: true, labels, value: d.province, onChange: (v) => patch({ province: v }) })}
    ${textInput({ label: host.t('site.agencyCode'), testid: 'site-agency', value: d.agencyCode ?? '', maxLength: 40, placeholder: '000.00.00.H59', onInput: (v) => patch({ agencyCode: v.trim() || undefined }) })}
    ${textInput({ label: host.t('site.timeZone'), testid: 'site-timezone', required: true, value: d.timeZone, maxLength: 60, onInput: (v) => patch({ timeZone: v.trim() }) })}
    ${localizedInputs({ label: host.t('site.closedMessage'), testid: 'site-closed', labels, value: d.closedMessage, multiline: true, onChange: (v) => patch({ closedMessage: v }) })}
  </div>`;
}
