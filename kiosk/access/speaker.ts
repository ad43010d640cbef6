// Spoken guidance on the kiosk: the browser's own voice (speechSynthesis) in the citizen's
// language, one utterance at a time (a new step cancels what is still being said). What was
// said is kept in window.__luotKioskSpoken (the last 20) so a test can check it without audio.
import type { Locale } from '../../shared/domain/model.js';

const LANGS: Record<Locale, string> = { vi: 'vi-VN', en: 'en-US', km: 'km-KH' };

declare global {
  interface Window {
    __luotKioskSpoken?: { text: string; lang: string }[];
  }
}

export function speak(text: string, locale: Locale): void {
  const lang = LANGS[locale];
  if (!window.__luotKioskSpoken) window.__luotKioskSpoken = [];
  const log = window.__luotKioskSpoken;
  log.push({ text, lang });
  if (log.length > 20) log.splice(0, log.length - 20);
  const synth = window.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return;
  synth.cancel();
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = lang;
  utterance.rate = 0.9;
  const voice = synth.getVoices().find((v) => v.lang.replace('_', '-').startsWith(lang.slice(0, 2)));
  if (voice) utterance.voice = voice;
  synth.speak(utterance);
}

export function stopSpeaking(): void {
  window.speechSynthesis?.cancel();
}
