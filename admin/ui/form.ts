// Small form pieces as template functions: a labelled input, number, checkbox, select and the
// vi/en/km trio of a LocalizedText. Each reports its new value through a callback.
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizedText } from '../../shared/domain/model.js';

interface Base {
  label: string;
  testid: string;
  required?: boolean;
  hint?: string;
  wide?: boolean;
}

const hintOf = (hint?: string) => (hint ? html`<span class="muted">${hint}</span>` : nothing);

export function textInput(
  o: Base & { value: string; onInput: (v: string) => void; maxLength?: number; placeholder?: string },
): TemplateResult {
  return html`<label class="field ${o.wide ? 'wide' : ''}">
    ${o.label}${o.required ? ' *' : ''}
    <input
      data-testid=${o.testid}
      .value=${o.value}
      ?required=${o.required}
      maxlength=${o.maxLength ?? 500}
      placeholder=${o.placeholder ?? ''}
      @input=${(e: Event) => o.onInput((e.target as HTMLInputElement).value)}
    />
    ${hintOf(o.hint)}
  </label>`;
}

export function textArea(
  o: Base & { value: string; onInput: (v: string) => void; rows?: number },
): TemplateResult {
  return html`<label class="field ${o.wide ? 'wide' : ''}">
    ${o.label}
    <textarea
      data-testid=${o.testid}
      rows=${o.rows ?? 3}
      .value=${o.value}
      @input=${(e: Event) => o.onInput((e.target as HTMLTextAreaElement).value)}
    ></textarea>
    ${hintOf(o.hint)}
  </label>`;
}

export function numberInput(
  o: Base & {
    value: number | undefined;
    onInput: (v: number | undefined) => void;
    min?: number;
    max?: number;
    step?: number;
  },
): TemplateResult {
  return html`<label class="field">
    ${o.label}${o.required ? ' *' : ''}
    <input
      type="number"
      data-testid=${o.testid}
      .value=${o.value === undefined ? '' : String(o.value)}
      min=${o.min ?? 0}
      max=${o.max ?? 1_000_000}
      step=${o.step ?? 1}
      @input=${(e: Event) => {
        const raw = (e.target as HTMLInputElement).value;
        o.onInput(raw === '' ? undefined : Number(raw));
      }}
    />
    ${hintOf(o.hint)}
  </label>`;
}

export function checkbox(o: Base & { checked: boolean; onChange: (v: boolean) => void }): TemplateResult {
  return html`<label class="check">
    <input
      type="checkbox"
      data-testid=${o.testid}
      .checked=${o.checked}
      @change=${(e: Event) => o.onChange((e.target as HTMLInputElement).checked)}
    />
    ${o.label}
  </label>`;
}

export function select<T extends string>(
  o: Base & { value: T; options: { value: T; label: string }[]; onChange: (v: T) => void },
): TemplateResult {
  return html`<label class="field">
    ${o.label}${o.required ? ' *' : ''}
    <select
      data-testid=${o.testid}
      @change=${(e: Event) => o.onChange((e.target as HTMLSelectElement).value as T)}
    >
      ${o.options.map((opt) => html`<option value=${opt.value} ?selected=${opt.value === o.value}>${opt.label}</option>`)}
    </select>
    ${hintOf(o.hint)}
  </label>`;
}

/** Vietnamese (required), English and Khmer side by side. */
export function localizedInputs(
  o: Base & {
    value: LocalizedText | undefined;
    onChange: (v: LocalizedText) => void;
    labels: { vi: string; en: string; km: string };
    multiline?: boolean;
  },
): TemplateResult {
  const value = o.value ?? { vi: '' };
  const set = (key: 'vi' | 'en' | 'km', text: string) => {
    const next: LocalizedText = { ...value, [key]: text };
    if (key !== 'vi' && text === '') delete next[key];
    o.onChange(next);
  };
  const one = (key: 'vi' | 'en' | 'km') =>
    o.multiline
      ? textArea({
          label: `${o.label} (${o.labels[key]})`,
          testid: `${o.testid}-${key}`,
          value: value[key] ?? '',
          onInput: (v) => set(key, v),
          rows: 2,
        })
      : textInput({
          label: `${o.label} (${o.labels[key]})`,
          testid: `${o.testid}-${key}`,
          required: key === 'vi' && o.required,
          value: value[key] ?? '',
          onInput: (v) => set(key, v),
        });
  return html`<div class="lt">${one('vi')}${one('en')}${one('km')}</div>`;
}

/** Drops an optional LocalizedText whose Vietnamese text is empty. */
export function optionalText(value: LocalizedText | undefined): LocalizedText | undefined {
  return value && value.vi.trim() !== '' ? value : undefined;
}
