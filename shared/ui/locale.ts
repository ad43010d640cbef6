// The current language of an app, and a Lit controller that re-renders on change. The locale
// comes from ?lang= (a device is configured by its URL), else the saved choice, else Vietnamese.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../domain/model.js';
import { LOCALES } from '../domain/model.js';
import { commonMessages } from '../i18n/common-messages.js';
import { type Messages, mergeMessages, type Params } from '../i18n/messages.js';

type Listener = (locale: Locale) => void;

const listeners = new Set<Listener>();
let current: Locale = 'vi';

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function initialLocale(storageKey: string): Locale {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (isLocale(fromUrl)) return fromUrl;
  try {
    const saved = localStorage.getItem(storageKey);
    if (isLocale(saved)) return saved;
  } catch {
    // storage may be disabled on a locked-down kiosk
  }
  return 'vi';
}

export function getLocale(): Locale {
  return current;
}

export function setLocale(locale: Locale, storageKey?: string): void {
  if (locale === current) return;
  current = locale;
  document.documentElement.lang = locale;
  if (storageKey) {
    try {
      localStorage.setItem(storageKey, locale);
    } catch {
      // ignore
    }
  }
  for (const l of listeners) l(locale);
}

/** t() for a component: common words + the app's own dictionary, in the current locale. */
export class I18nController<K extends string> implements ReactiveController {
  private readonly messages: Messages<K | keyof typeof commonMessages.vi>;
  private readonly onChange = () => this.host.requestUpdate();

  constructor(
    private readonly host: ReactiveControllerHost,
    appMessages: Messages<K>,
  ) {
    this.messages = mergeMessages(commonMessages, appMessages);
    host.addController(this);
  }

  get locale(): Locale {
    return current;
  }

  t(key: K | keyof typeof commonMessages.vi, params?: Params): string {
    return this.messages.t(current, key, params);
  }

  /** The message of an API error code, or a generic one. */
  error(code: string | undefined): string {
    const key = `error.${code ?? 'internal'}`;
    return this.messages.has(key)
      ? this.messages.t(current, key)
      : this.messages.t(current, 'error.internal');
  }

  hostConnected(): void {
    listeners.add(this.onChange);
  }

  hostDisconnected(): void {
    listeners.delete(this.onChange);
  }
}
